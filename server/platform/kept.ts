import type { PreparedJson } from './prepared';

interface Kept {
  prepared: Promise<PreparedJson>;
  until: number;
}

/**
 * Answers kept ready to send per key for a while (a signed-out profile, a page's HTML), the least
 * recently used dropped past `max`. A writer that changed what a key shows calls forget(key), here and
 * (through a change notice) in the other processes; `recheckMs` is the safety net for a change nobody
 * announced. A read that began before a change committed is kept under its key, so forgetting the
 * key drops it too, never a stale answer kept as current. A failure is not kept.
 */
export class KeptAnswers {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly compute: (key: string) => Promise<PreparedJson>,
    private readonly recheckMs: number,
    private readonly max: number,
  ) {}

  answer(key: string, now = Date.now()): Promise<PreparedJson> {
    const kept = this.kept.get(key);
    this.kept.delete(key); // most recently used last: the first is the one to drop
    if (kept && now < kept.until) {
      this.kept.set(key, kept);
      return kept.prepared;
    }
    const entry: Kept = { prepared: this.compute(key), until: now + this.recheckMs };
    if (this.kept.size >= this.max) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, entry);
    // A failure (an unknown code's 404, say) is not kept: the next read asks again.
    entry.prepared.catch(() => this.kept.get(key) === entry && this.kept.delete(key));
    return entry.prepared;
  }

  /** What the key shows changed (without a key: anything may have): the next read computes it again. */
  forget(key?: string): void {
    if (key === undefined) this.kept.clear();
    else this.kept.delete(key);
  }

  /** How many answers are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }
}

import type { z } from 'zod';
import { PreparedJson } from './prepared';

/** What a miss computes: the answer's JSON text, and when it stops being right even if no data changes (a call opening). */
export interface FreshAnswer {
  text: string;
  /** Epoch milliseconds after which the answer must be computed again; none: it lasts while the data does. */
  expiresAt?: number;
}

/** The answer as the route's response schema would send it (what fastify-type-provider-zod's serializer does). */
export function answerOf<S extends z.ZodType>(schema: S, value: z.input<S>, expiresAt?: number): FreshAnswer {
  return { text: JSON.stringify(schema.parse(value)), expiresAt };
}

interface Kept {
  prepared: Promise<PreparedJson>;
  expiresAt: number;
}

/** The answers of one state of the data, as the fingerprint named it when the state was checked. */
interface Epoch {
  fingerprint: string;
  answers: Map<string, Kept>;
}

export interface AnswerCacheOptions {
  /** How long answers are served without asking the database (a safety net: writes invalidate at once). */
  recheckMs: number;
  /** At most this many answers (per-query variants); past it the least recently used goes. */
  maxAnswers: number;
}

/**
 * Public answers that only change when their data changes, kept ready to send (text and compressed
 * forms, PreparedJson) per key (route and query). A write calls invalidate() here and its domain tells
 * the other processes, whose caches invalidate on the notice (server/platform/changes.ts). After an
 * invalidate(), or once the recheck window has passed, the next read compares the data's fingerprint
 * and drops every answer only when it changed: a write that changed nothing public costs one check.
 *
 * The fingerprint is read before any answer of its epoch is computed, so a write in between leaves
 * answers filed under an epoch the next check replaces, never one kept as current; an invalidate()
 * while a check runs makes the next read check again. Readers of one key share one computation.
 */
export class AnswerCache {
  private epoch: Epoch | null = null;
  private checkedAt = -Infinity;
  private generation = 0;
  /** Told of a change since the last check: readers wait for the next check (they must see the write). */
  private told = false;
  private checking: Promise<Epoch> | null = null;
  /** The generation the running (or queued) check was started for. */
  private checkingFor = -1;

  constructor(
    private fingerprint: () => Promise<string>,
    private options: AnswerCacheOptions,
  ) {}

  /** The data may have changed (here, or in another process that says so): check at the next read. */
  invalidate(): void {
    this.generation++;
    this.told = true;
  }

  /** The answer for `key`: kept, or computed now and kept for this state of the data. */
  async answer(key: string, compute: () => Promise<FreshAnswer>, now = Date.now()): Promise<PreparedJson> {
    const epoch = await this.current(now);
    const kept = epoch.answers.get(key);
    if (kept && now < kept.expiresAt) {
      // Most recently used last: the first in the map is the one to drop when it is full.
      epoch.answers.delete(key);
      epoch.answers.set(key, kept);
      return kept.prepared;
    }
    const entry = { expiresAt: Infinity } as Kept;
    entry.prepared = compute().then((fresh) => {
      entry.expiresAt = fresh.expiresAt ?? Infinity;
      return new PreparedJson(fresh.text);
    });
    epoch.answers.delete(key);
    if (epoch.answers.size >= this.options.maxAnswers) epoch.answers.delete(epoch.answers.keys().next().value!);
    epoch.answers.set(key, entry);
    // A failure (a 404, say) is not kept: the next read computes again.
    entry.prepared.catch(() => epoch.answers.get(key) === entry && epoch.answers.delete(key));
    return entry.prepared;
  }

  /** How many answers the current epoch keeps (for tests). */
  get size(): number {
    return this.epoch?.answers.size ?? 0;
  }

  /**
   * The epoch to answer from. After a change was announced, readers wait for the check. When only the
   * recheck window has passed (the safety net for unannounced changes), they are answered from the
   * kept epoch while the check runs: the database may be busy, and a lag that is allowed for the whole
   * window is allowed for the check's time too.
   */
  private current(now: number): Promise<Epoch> {
    if (this.epoch && !this.told && now - this.checkedAt < this.options.recheckMs) return Promise.resolve(this.epoch);
    // A check that began before the latest announced change may have read the data before it: one more follows it.
    if (!this.checking || (this.told && this.checkingFor !== this.generation)) {
      const run = (this.checking?.catch(() => {}) ?? Promise.resolve()).then(() => this.check(now));
      this.checking = run;
      this.checkingFor = this.generation;
      run.then(
        () => this.checking === run && (this.checking = null),
        () => this.checking === run && (this.checking = null), // failed: the next reader tries again
      );
    }
    return this.epoch && !this.told ? Promise.resolve(this.epoch) : this.checking;
  }

  private async check(now: number): Promise<Epoch> {
    const generation = this.generation;
    const fingerprint = await this.fingerprint();
    if (this.epoch?.fingerprint !== fingerprint) this.epoch = { fingerprint, answers: new Map() };
    this.checkedAt = now;
    // An invalidate() while this ran may name a write the fingerprint missed: check again before answering.
    this.told = generation !== this.generation;
    return this.epoch;
  }
}

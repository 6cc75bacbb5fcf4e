/**
 * Trigram postings over folded keys, with trigrams packed into integers (a–z, 0–9 and the padding
 * space in base 37) so that building the index for ~250k keys and counting shared trigrams for a
 * query stay within a few milliseconds.
 */
const BASE = 37;

function charCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96; // a-z → 1..26
  if (c >= 48 && c <= 57) return c - 21; // 0-9 → 27..36
  return 0; // space
}

/** Distinct packed trigrams of a folded string, padded like pg_trgm ("  w", " wo", ..., "rd "). */
export function trigramCodes(folded: string): number[] {
  const out = new Set<number>();
  for (const word of folded.split(' ')) {
    if (!word) continue;
    let a = 0;
    let b = 0;
    const n = word.length;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? charCode(word.charCodeAt(i)) : 0;
      out.add((a * BASE + b) * BASE + c);
      a = b;
      b = c;
    }
  }
  return [...out];
}

export class TrigramPostings {
  private lists = new Map<number, number[]>();
  private sealed = new Map<number, Int32Array>();
  private owner: number[] = [];
  private size: number[] = [];
  private counts = new Uint8Array(0);
  private touched = new Int32Array(0);

  /** Index one key of an owner (an entry may own several keys: name, Latin name, single words). */
  add(key: string, owner: number): void {
    const id = this.owner.length;
    const codes = trigramCodes(key);
    this.owner.push(owner);
    this.size.push(codes.length);
    for (const g of codes) {
      const list = this.lists.get(g);
      if (list) list.push(id);
      else this.lists.set(g, [id]);
    }
  }

  /** Freeze the lists into typed arrays; call after a batch of add(). */
  seal(): void {
    for (const [g, list] of this.lists) this.sealed.set(g, Int32Array.from(list));
    this.counts = new Uint8Array(this.owner.length);
    this.touched = new Int32Array(this.owner.length);
  }

  /** Call back every (owner, similarity) whose key's Jaccard similarity to q reaches `min`. */
  similar(q: string, min: number, found: (owner: number, sim: number) => void): void {
    const codes = trigramCodes(q);
    const { counts, touched } = this;
    let n = 0;
    for (const g of codes) {
      const list = this.sealed.get(g);
      if (!list) continue;
      for (let j = 0; j < list.length; j++) {
        const id = list[j]!;
        if (counts[id] === 0) touched[n++] = id;
        counts[id]!++;
      }
    }
    for (let j = 0; j < n; j++) {
      const id = touched[j]!;
      const shared = counts[id]!;
      counts[id] = 0;
      const sim = shared / (codes.length + this.size[id]! - shared);
      if (sim >= min) found(this.owner[id]!, sim);
    }
  }
}

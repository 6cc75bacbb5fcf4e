/**
 * Trigram postings over folded keys, with trigrams packed into integers (a–z, 0–9 and the padding
 * space in base 37) so that building the index for ~250k keys and counting shared trigrams for a
 * query stay within a few milliseconds.
 */
const BASE = 37;
/** Every packed trigram is below this, so postings are one flat array indexed by trigram. */
const GRAMS = BASE * BASE * BASE;

function charCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96; // a-z → 1..26
  if (c >= 48 && c <= 57) return c - 21; // 0-9 → 27..36
  return 0; // space
}

/**
 * Write the distinct packed trigrams of a folded string into `out` from `at` (first occurrence
 * order, padded like pg_trgm: "  w", " wo", ..., "rd ") and return how many there are.
 */
function writeCodes(folded: string, out: Int32Array, at: number): number {
  let n = 0;
  let a = 0;
  let b = 0;
  let inWord = false;
  const len = folded.length;
  for (let i = 0; i <= len; i++) {
    const ch = i < len ? folded.charCodeAt(i) : 32;
    if (ch === 32) {
      if (!inWord) continue;
      inWord = false;
      n = pushDistinct(out, at, n, (a * BASE + b) * BASE); // the closing "rd " trigram
      a = 0;
      b = 0;
      continue;
    }
    inWord = true;
    const c = charCode(ch);
    n = pushDistinct(out, at, n, (a * BASE + b) * BASE + c);
    a = b;
    b = c;
  }
  return n;
}

function pushDistinct(out: Int32Array, at: number, n: number, code: number): number {
  for (let j = at; j < at + n; j++) if (out[j] === code) return n;
  out[at + n] = code;
  return n + 1;
}

let scratch = new Int32Array(256);

/** Distinct packed trigrams of a folded string, padded like pg_trgm ("  w", " wo", ..., "rd "). */
export function trigramCodes(folded: string): number[] {
  if (scratch.length < folded.length + 2) scratch = new Int32Array(folded.length * 2 + 2);
  const n = writeCodes(folded, scratch, 0);
  return Array.from(scratch.subarray(0, n));
}

/**
 * Packed trigrams every text holding `needle` as a substring holds (its words padded like the keys'):
 * windows inside each piece between spaces, plus the padded start of a piece a space precedes and the
 * padded end of one a space follows. The ends of the needle may fall inside longer words, so they add
 * no padding. Empty when the needle is too short to require any.
 */
export function substringCodes(needle: string): number[] {
  const out: number[] = [];
  const pieces = needle.split(' ');
  pieces.forEach((piece, i) => {
    if (!piece) return;
    const start = i > 0 ? [0, 0] : [];
    const end = i < pieces.length - 1 ? [0] : [];
    const chars = [...start, ...Array.from(piece, (c) => charCode(c.charCodeAt(0))), ...end];
    for (let k = 0; k + 3 <= chars.length; k++) {
      const code = (chars[k]! * BASE + chars[k + 1]!) * BASE + chars[k + 2]!;
      if (!out.includes(code)) out.push(code);
    }
  });
  return out;
}

/** Key ids as ascending [from, to) pairs: the keys a lookup may read (a filter's); null for every key. */
export type KeyRanges = Int32Array | null;

/** The first place in ascending `list` (from `lo`) whose value is at least `value`. */
function lowerBound(list: Int32Array, value: number, lo = 0, hi = list.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first place at or after `from` in ascending `list` whose value is at least `value`, galloping
 * (1, 2, 4, … ahead) before the binary search: ascending look-ups then cost the gaps between them.
 */
function seek(list: Int32Array, from: number, value: number): number {
  let lo = from;
  let step = 1;
  while (lo + step < list.length && list[lo + step]! < value) {
    lo += step;
    step *= 2;
  }
  return lowerBound(list, value, lo, Math.min(lo + step + 1, list.length));
}

/** Sealed postings as flat arrays (what a directory snapshot stores). */
export interface PostingsState {
  offsets: Int32Array;
  ids: Int32Array;
  owner: Int32Array;
  size: Int32Array;
}

/**
 * Keys' trigrams as compressed postings: the key ids of trigram g are ids[offsets[g] .. offsets[g+1]),
 * in ascending key order. Keys are added in batches; seal() folds a batch into the postings.
 */
export class TrigramPostings {
  private offsets: Int32Array = new Int32Array(GRAMS + 1);
  private ids: Int32Array = new Int32Array(0);
  /** Owner (directory entry) and number of distinct trigrams of every sealed key. */
  private owner: Int32Array = new Int32Array(0);
  private size: Int32Array = new Int32Array(0);
  /** Keys added since the last seal: their owners, trigram counts and trigrams back to back. */
  private pendingOwner: number[] = [];
  private pendingSize: number[] = [];
  private pendingCodes: Int32Array = new Int32Array(1024);
  private pendingLength = 0;
  private counts: Uint8Array = new Uint8Array(0);
  private touched: Int32Array = new Int32Array(0);

  /** Postings restored from their state (no pending keys); its shape is checked, not every id. */
  static fromState({ offsets, ids, owner, size }: PostingsState): TrigramPostings {
    const keys = owner.length;
    let ok = offsets.length === GRAMS + 1 && size.length === keys && offsets[0] === 0 && offsets[GRAMS] === ids.length;
    for (let g = 0; ok && g < GRAMS; g++) ok = offsets[g]! <= offsets[g + 1]!;
    if (!ok) throw new Error('not trigram postings');
    const postings = new TrigramPostings();
    postings.offsets = offsets;
    postings.ids = ids;
    postings.owner = owner;
    postings.size = size;
    postings.counts = new Uint8Array(keys);
    return postings;
  }

  /** The sealed postings (call seal() first). */
  state(): PostingsState {
    const { offsets, ids, owner, size } = this;
    return { offsets, ids, owner, size };
  }

  /** Index one key of an owner (an entry may own several keys: name, Latin name, single words). */
  add(key: string, owner: number): void {
    const need = this.pendingLength + key.length + 2;
    if (need > this.pendingCodes.length) {
      const grown = new Int32Array(Math.max(need, this.pendingCodes.length * 2));
      grown.set(this.pendingCodes.subarray(0, this.pendingLength));
      this.pendingCodes = grown;
    }
    const n = writeCodes(key, this.pendingCodes, this.pendingLength);
    this.pendingLength += n;
    this.pendingOwner.push(owner);
    this.pendingSize.push(n);
  }

  /** Fold the keys added since the last seal into the postings; call after a batch of add(). */
  seal(): void {
    const { offsets, ids, pendingCodes, pendingSize } = this;
    const sealedKeys = this.owner.length;
    const keys = sealedKeys + pendingSize.length;
    // Count per trigram (old postings plus the batch), then lay the lists out back to back.
    const counts = new Int32Array(GRAMS);
    for (let g = 0; g < GRAMS; g++) counts[g] = offsets[g + 1]! - offsets[g]!;
    for (let j = 0; j < this.pendingLength; j++) counts[pendingCodes[j]!]!++;
    const nextOffsets = new Int32Array(GRAMS + 1);
    for (let g = 0; g < GRAMS; g++) nextOffsets[g + 1] = nextOffsets[g]! + counts[g]!;
    const nextIds = new Int32Array(nextOffsets[GRAMS]!);
    // Old lists first (their key ids are the smaller ones), then the batch in key order.
    const cursor = new Int32Array(GRAMS);
    for (let g = 0; g < GRAMS; g++) {
      const from = offsets[g]!;
      const to = offsets[g + 1]!;
      if (to > from) nextIds.set(ids.subarray(from, to), nextOffsets[g]!);
      cursor[g] = nextOffsets[g]! + (to - from);
    }
    let j = 0;
    for (let k = 0; k < pendingSize.length; k++) {
      const id = sealedKeys + k;
      for (const end = j + pendingSize[k]!; j < end; j++) nextIds[cursor[pendingCodes[j]!]!++] = id;
    }
    const owner = new Int32Array(keys);
    owner.set(this.owner);
    owner.set(this.pendingOwner, sealedKeys);
    const size = new Int32Array(keys);
    size.set(this.size);
    size.set(pendingSize, sealedKeys);
    this.offsets = nextOffsets;
    this.ids = nextIds;
    this.owner = owner;
    this.size = size;
    this.pendingOwner = [];
    this.pendingSize = [];
    this.pendingCodes = new Int32Array(1024);
    this.pendingLength = 0;
    this.counts = new Uint8Array(keys);
    this.touched = new Int32Array(0);
  }

  /** How many keys are sealed (key ids are 0 .. keyCount − 1). */
  get keyCount(): number {
    return this.owner.length;
  }

  /** How many keys hold trigram g. */
  length(g: number): number {
    return this.offsets[g + 1]! - this.offsets[g]!;
  }

  /** The keys holding trigram g, ascending (a view into the postings: do not modify). */
  keys(g: number): Int32Array {
    return this.ids.subarray(this.offsets[g]!, this.offsets[g + 1]!);
  }

  /** The directory entry that key `key` belongs to. */
  ownerOf(key: number): number {
    return this.owner[key]!;
  }

  /** Number of distinct trigrams of key `key`. */
  sizeOf(key: number): number {
    return this.size[key]!;
  }

  /** Whether key `key` holds trigram g (binary search in its ascending list). */
  has(g: number, key: number): boolean {
    const { ids } = this;
    let lo = this.offsets[g]!;
    let hi = this.offsets[g + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const at = ids[mid]!;
      if (at === key) return true;
      if (at < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }

  /** Keys of list g within `ranges` (all of them without ranges), as views into the postings. */
  keysIn(g: number, ranges: KeyRanges): Int32Array[] {
    const list = this.keys(g);
    if (!ranges) return [list];
    const out: Int32Array[] = [];
    for (let r = 0; r < ranges.length; r += 2) {
      const from = lowerBound(list, ranges[r]!);
      const to = lowerBound(list, ranges[r + 1]!, from);
      if (to > from) out.push(list.subarray(from, to));
    }
    return out;
  }

  /**
   * Room for `n` candidate keys (at most every key): grown on demand, not one slot per key up front
   * (~11 MB at ten times the data), since a lookup walks only its rarest lists.
   */
  private scratchFor(n: number): Int32Array {
    const need = Math.min(n, this.owner.length);
    if (this.touched.length < need) this.touched = new Int32Array(Math.min(this.owner.length, Math.max(need, 2 * this.touched.length)));
    return this.touched;
  }

  /**
   * Call back every (owner, similarity) whose key's Jaccard similarity to q reaches `min`, in key order.
   * With `ranges`, only keys in them are looked at: a filter's own keys (a country's), so a filtered
   * search never walks the rest of the directory's lists.
   *
   * Prefix filtering keeps the cost off the common lists: a key reaching `min` shares at least
   * ⌈min·m⌉ of q's m trigrams (the union is at least m), so it holds one of the m − ⌈min·m⌉ + 1 rarest.
   * Only those lists are walked; the others are then asked for the candidates in ascending order, each
   * list with one forward cursor (a merge, not a binary search per candidate and list).
   */
  similar(q: string, min: number, found: (owner: number, sim: number) => void, ranges: KeyRanges = null): void {
    const codes = trigramCodes(q);
    const m = codes.length;
    if (!m) return;
    const need = Math.max(1, Math.ceil(min * m - 1e-9));
    const parts = codes.map((g) => this.keysIn(g, ranges));
    const sizes = parts.map((views) => views.reduce((sum, v) => sum + v.length, 0));
    const order = codes.map((_, j) => j).sort((a, b) => sizes[a]! - sizes[b]! || a - b);
    const walked = m - need + 1;
    const { counts } = this;
    const touched = this.scratchFor(order.slice(0, walked).reduce((sum, j) => sum + sizes[j]!, 0));
    let n = 0;
    for (let r = 0; r < walked; r++) {
      for (const view of parts[order[r]!]!) {
        for (let p = 0; p < view.length; p++) {
          const id = view[p]!;
          if (counts[id] === 0) touched[n++] = id;
          counts[id]!++;
        }
      }
    }
    const candidates = touched.subarray(0, n).sort();
    const rest = order.slice(walked).map((j) => this.keys(codes[j]!));
    const cursor = new Int32Array(rest.length);
    for (let t = 0; t < n; t++) {
      const id = candidates[t]!;
      let shared = counts[id]!;
      counts[id] = 0;
      for (let r = 0; r < rest.length && shared + (rest.length - r) >= need; r++) {
        const list = rest[r]!;
        const at = (cursor[r] = seek(list, cursor[r]!, id));
        if (list[at] === id) shared++;
      }
      if (shared < need) continue;
      const sim = shared / (m + this.size[id]! - shared);
      if (sim >= min) found(this.owner[id]!, sim);
    }
  }

}

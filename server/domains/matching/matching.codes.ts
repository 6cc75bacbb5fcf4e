/** What a look-up of a code's node needs: a Map of them, or a CodeIndex. */
export interface CodeLookup {
  get(code: string): number | undefined;
}

/**
 * The graph's look-up of a directory code's node, as a binary search over the nodes in code order
 * instead of a Map: a Map of ~1M codes held ~45 MB of hash table at ten times the data (issue 20),
 * the order 4 bytes a node. The directory keeps that order already (DirectoryIndex.codeOrder), so a
 * build of the graph does not sort ~1M strings again; without it (tests, small graphs) it is sorted here.
 */
export class CodeIndex implements CodeLookup {
  private constructor(
    private readonly codes: readonly string[],
    /** Node ids in ascending code order (ties by id). */
    private readonly order: Int32Array,
  ) {}

  /**
   * The index of `codes` (node i has codes[i]); `order`, when given, must list every node once in
   * ascending code order. With a code given twice (never in the directory), the last node has it, as a Map's set would.
   */
  static of(codes: readonly string[], order?: Int32Array): CodeIndex {
    if (order && order.length !== codes.length) throw new Error('a code order must list every node');
    const sorted = order ?? Int32Array.from(codes.keys()).sort((a, b) => (codes[a]! < codes[b]! ? -1 : codes[a]! > codes[b]! ? 1 : a - b));
    return new CodeIndex(codes, sorted);
  }

  get size(): number {
    return this.order.length;
  }

  /** The node of a code, or undefined. */
  get(code: string): number | undefined {
    const { codes, order } = this;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (codes[order[mid]!]! < code) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= order.length || codes[order[lo]!] !== code) return undefined;
    let last = order[lo]!;
    for (let k = lo + 1; k < order.length && codes[order[k]!] === code; k++) last = Math.max(last, order[k]!);
    return last;
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }
}

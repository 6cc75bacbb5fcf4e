import { describe, expect, it } from 'vitest';
import { CodeIndex } from './matching.codes';
import { authority, pair, tinyGraph } from './matching.testkit';
import { TwinGraph } from './matching.graph';

describe('CodeIndex', () => {
  const codes = ['DE_2', 'TR-M-1', 'AT_1', 'DE_10', 'TR-BSB-34', 'DE_1'];

  it('answers as a Map of the codes does, with its own order or one given', () => {
    const map = new Map(codes.map((c, i) => [c, i]));
    const sorted = Int32Array.from(codes.keys()).sort((a, b) => (codes[a]! < codes[b]! ? -1 : 1));
    for (const index of [CodeIndex.of(codes), CodeIndex.of(codes, sorted)]) {
      for (const c of [...codes, 'DE_', 'DE_3', 'ZZ', '', 'A']) expect(index.get(c)).toBe(map.get(c));
      expect(index.has('AT_1')).toBe(true);
      expect(index.has('AT_2')).toBe(false);
      expect(index.size).toBe(codes.length);
    }
  });

  it('gives a code met twice to its last node, as a Map set in order would', () => {
    expect(CodeIndex.of(['B', 'A', 'B', 'C', 'B']).get('B')).toBe(4);
  });

  it('refuses an order that does not list every node', () => {
    expect(() => CodeIndex.of(codes, new Int32Array(2))).toThrow();
  });
});

describe('TwinGraph neighbour lists', () => {
  it('gives a node its own list at its first twinning, leaving the nodes without any empty', () => {
    const g = tinyGraph();
    const de3 = g.index.get('DE_3')!;
    const el1 = g.index.get('EL_1')!;
    expect(g.neighbours[de3]).toEqual([]);
    expect(g.addEdge(pair('DE_3', 'TR-T2'))).toBe(true);
    expect(g.neighbours[de3]).toEqual([g.index.get('TR-T2')]);
    expect(g.neighbours[el1]).toEqual([g.index.get('TR-T1')]);
    const lonely = new TwinGraph([authority('TR-A', 'TR', 10, 40, 30, 'TR-06'), authority('DE_A', 'DE', 10, 50, 10, 'DE111'), authority('DE_B', 'DE', 10, 50, 10, 'DE111')], []);
    expect(lonely.addEdge(pair('TR-A', 'DE_A'))).toBe(true);
    expect(lonely.neighbours.map((n) => [...n])).toEqual([[1], [0], []]);
    expect(lonely.removeEdge(pair('TR-A', 'DE_A'))).toBe(true);
    expect(lonely.neighbours.map((n) => [...n])).toEqual([[], [], []]);
  });
});

import { describe, expect, it } from 'vitest';
import { pieces } from './highlight';

describe('pieces', () => {
  it('cuts a snippet into plain and highlighted pieces that join back to the text', () => {
    const s = { text: 'Belediyeler ve belediye <b>', highlights: [[15, 23], [0, 11]] as [number, number][] };
    const p = pieces(s);
    expect(p).toEqual([{ text: 'Belediyeler', hit: true }, { text: ' ve ', hit: false }, { text: 'belediye', hit: true }, { text: ' <b>', hit: false }]);
    expect(p.map((x) => x.text).join('')).toBe(s.text);
  });

  it('skips overlapping, empty and out-of-bounds ranges', () => {
    const p = pieces({ text: 'abcdef', highlights: [[0, 3], [2, 4], [5, 5], [4, 99]] });
    expect(p.map((x) => x.text).join('')).toBe('abcdef');
    expect(p.filter((x) => x.hit).map((x) => x.text)).toEqual(['abc']);
  });
});

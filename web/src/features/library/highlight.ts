import type { Snippet } from '../../../../shared/knowledge';

export interface Piece {
  text: string;
  hit: boolean;
}

/**
 * A snippet cut into plain and highlighted pieces, in order. Ranges out of bounds or overlapping an
 * earlier one are skipped, so a bad range can never repeat or drop text.
 */
export function pieces(s: Snippet): Piece[] {
  const out: Piece[] = [];
  let at = 0;
  for (const [a, b] of [...s.highlights].sort((x, y) => x[0] - y[0])) {
    if (a < at || b <= a || b > s.text.length) continue;
    if (a > at) out.push({ text: s.text.slice(at, a), hit: false });
    out.push({ text: s.text.slice(a, b), hit: true });
    at = b;
  }
  if (at < s.text.length) out.push({ text: s.text.slice(at), hit: false });
  return out;
}

import type { Results } from '../../../../shared/participation';

type QuestionResult = Results['questions'][number];

/**
 * The ids of the raw and the balanced winners of a choice or ranking question (Borda points for
 * rankings, shares otherwise); null when nobody answered.
 */
export function winners(q: QuestionResult): { raw: string; balanced: string } | null {
  if (q.options.length === 0 || q.answered === 0) return null;
  const rawOf = (o: QuestionResult['options'][number]) => (q.kind === 'ranking' ? (o.borda ?? 0) : o.rawShare);
  const balOf = (o: QuestionResult['options'][number]) => (q.kind === 'ranking' ? (o.balancedBorda ?? 0) : o.balancedShare);
  const best = (score: (o: QuestionResult['options'][number]) => number) =>
    q.options.reduce((top, o) => (score(o) > score(top) ? o : top), q.options[0]!).id;
  return { raw: best(rawOf), balanced: best(balOf) };
}

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

type StatementResult = Results['statements'][number];

/** "What every group can accept": highest agreement of the least-agreeing group first; ties keep the server's order. */
export function commonGround(statements: StatementResult[]): StatementResult[] {
  return statements.map((s, i) => ({ s, i })).sort((a, b) => b.s.minGroupAgree - a.s.minGroupAgree || a.i - b.i).map((x) => x.s);
}

/** The statements that divide groups most (largest gap between groups first); ties keep the server's order. */
export function mostDivisive(statements: StatementResult[], count: number): StatementResult[] {
  return statements
    .map((s, i) => ({ s, i }))
    .filter((x) => x.s.divisiveness > 0)
    .sort((a, b) => b.s.divisiveness - a.s.divisiveness || a.i - b.i)
    .slice(0, count)
    .map((x) => x.s);
}

// npm run bench:results -- [--responses N]: time a consultation's group-balanced results (issue 13)
// at sizes a large public consultation reaches. First the pure computation (no database), then the
// results service on the database (the test harness's: in-memory PGlite, or PostgreSQL when
// DATABASE_URL is set): cold, a cache miss (fingerprint, read and parse every response, compute,
// store), and warm, a hit (fingerprint and the stored row). Prints medians with the load average.
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { eq } from 'drizzle-orm';
import { QUESTION_KINDS, RESPONDENT_SIDES, STAKEHOLDER_GROUPS, VOTES, type Answer, type Question, type Statement } from '../shared/participation';
import { consultationResults, type StoredResponse } from '../server/domains/participation/participation.results';
import { resultsOf } from '../server/domains/participation/participation.decision';
import { consultationResponses, consultationResultsCache, consultations, consultationStatements } from '../server/domains/participation/participation.schema';
import { testApp, type TestApp } from '../server/test/harness';
import { percentile, rng } from './lib';

const args = process.argv.slice(2);
const at = args.indexOf('--responses');
const sizes = at >= 0 && args[at + 1] ? [Number(args[at + 1])] : [500, 5_000, 50_000];
const random = rng(13);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

// 30 questions (six of each kind) with 5 options where the kind has options, and 100 statements.
const questions: Question[] = Array.from({ length: 30 }, (_, i) => {
  const kind = QUESTION_KINDS[i % QUESTION_KINDS.length]!;
  const options = kind === 'single' || kind === 'multiple' || kind === 'ranking'
    ? Array.from({ length: 5 }, (_, j) => ({ id: `q${i}.o${j}`, label: { tr: `Seçenek ${j}`, en: `Option ${j}` } }))
    : [];
  return { id: `q${i}`, kind, prompt: { tr: `Soru ${i}`, en: `Question ${i}` }, required: false, options };
});
const statements: Statement[] = Array.from({ length: 100 }, (_, i) => ({ id: `s${i}`, text: `Statement ${i}`, byRespondent: false }));

function answerTo(q: Question): Answer {
  const ids = q.options.map((o) => o.id);
  switch (q.kind) {
    case 'single': return { questionId: q.id, optionIds: [pick(ids)] };
    case 'multiple': return { questionId: q.id, optionIds: ids.filter(() => random() < 0.4) };
    case 'ranking': return { questionId: q.id, optionIds: [...ids].sort(() => random() - 0.5) };
    case 'scale': return { questionId: q.id, value: 1 + Math.floor(random() * 5) };
    case 'text': return { questionId: q.id, text: 'A free answer' };
  }
}

// Groups of very different sizes, as real consultations have: citizens dominate, youth are few.
const GROUP_WEIGHTS = [0.15, 0.15, 0.1, 0.05, 0.5, 0.05];
function groupFor(): StoredResponse['group'] {
  let r = random();
  for (let i = 0; i < STAKEHOLDER_GROUPS.length; i++) if ((r -= GROUP_WEIGHTS[i]!) < 0) return STAKEHOLDER_GROUPS[i]!;
  return 'citizen';
}

function responses(n: number): StoredResponse[] {
  return Array.from({ length: n }, () => ({
    group: groupFor(),
    side: pick(RESPONDENT_SIDES),
    answers: questions.filter(() => random() < 0.9).map(answerTo),
    votes: statements.filter(() => random() < 0.5).map((s) => ({ statementId: s.id, vote: pick(VOTES) })),
  }));
}

const load = () => os.loadavg()[0]!.toFixed(1);
const median = (ms: number[]) => percentile([...ms].sort((a, b) => a - b), 50);

async function timed(runs: number, before: () => Promise<unknown>, run: () => Promise<unknown>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    await before();
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  return ms;
}

/** A public consultation of these questions and statements with n stored responses; returns its id. */
async function stored(t: TestApp, rows: readonly StoredResponse[]): Promise<string> {
  const now = Date.now();
  const [c] = await t.ctx.db
    .insert(consultations)
    .values({ titleEn: 'Bench', opensAt: new Date(now - 86_400_000), closesAt: new Date(now + 86_400_000), questions, organiserId: randomUUID() })
    .returning({ id: consultations.id });
  const ids = await t.ctx.db.insert(consultationStatements).values(statements.map((s) => ({ consultationId: c!.id, text: s.text }))).returning({ id: consultationStatements.id });
  const uuid = new Map(statements.map((s, i) => [s.id, ids[i]!.id]));
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500).map((r) => ({ consultationId: c!.id, userId: randomUUID(), group: r.group, side: r.side, answers: r.answers, votes: r.votes.map((v) => ({ ...v, statementId: uuid.get(v.statementId)! })) }));
    await t.ctx.db.insert(consultationResponses).values(batch);
  }
  return c!.id;
}

console.log(`consultation results: ${questions.length} questions, ${statements.length} statements · ${os.cpus().length} CPUs, load ${load()}`);
const t = await testApp();
console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (in memory)'}`);
try {
  for (const n of sizes) {
    const rows = responses(n);
    consultationResults({ questions, statements, minGroupSize: 5 }, rows); // warm-up
    const pure = await timed(n >= 50_000 ? 5 : 15, async () => {}, async () => consultationResults({ questions, statements, minGroupSize: 5 }, rows));
    console.log(`${String(n).padStart(7)} responses: compute only median ${median(pure).toFixed(0)} ms, p95 ${percentile(pure.sort((a, b) => a - b), 95).toFixed(0)} ms (${pure.length} runs, load ${load()})`);
    const id = await stored(t, rows);
    const forget = () => t.ctx.db.delete(consultationResultsCache).where(eq(consultationResultsCache.consultationId, id));
    await resultsOf(t.ctx, null, id); // warm-up of the database and the code path
    const cold = await timed(n >= 50_000 ? 3 : n >= 5_000 ? 5 : 9, forget, () => resultsOf(t.ctx, null, id));
    console.log(`${' '.repeat(19)}cold (miss) median ${median(cold).toFixed(0)} ms (${cold.length} runs, load ${load()})`);
    const warm = await timed(15, async () => {}, () => resultsOf(t.ctx, null, id));
    console.log(`${' '.repeat(19)}warm (hit)  median ${median(warm).toFixed(1)} ms (${warm.length} runs, load ${load()})`);
  }
} finally {
  await t.close();
}

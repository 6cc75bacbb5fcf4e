// npm run bench:results -- [--responses N]: time a consultation's group-balanced results (issue 13)
// at sizes a large public consultation reaches. Pure computation, no database: the figure is what the
// results route adds on top of reading the responses. Prints the median and p95 of repeated runs.
import os from 'node:os';
import { QUESTION_KINDS, RESPONDENT_SIDES, STAKEHOLDER_GROUPS, VOTES, type Answer, type Question, type Statement } from '../shared/participation';
import { consultationResults, type StoredResponse } from '../server/domains/participation/participation.results';
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

console.log(`consultation results: ${questions.length} questions, ${statements.length} statements · ${os.cpus().length} CPUs, load ${os.loadavg()[0]!.toFixed(1)}`);
for (const n of sizes) {
  const rows = responses(n);
  consultationResults({ questions, statements, minGroupSize: 5 }, rows); // warm-up
  const runs = n >= 50_000 ? 5 : 15;
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    consultationResults({ questions, statements, minGroupSize: 5 }, rows);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  console.log(`${String(n).padStart(7)} responses: median ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms (${runs} runs)`);
}

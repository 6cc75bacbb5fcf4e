import { eq } from 'drizzle-orm';
import type { ConsultationInput } from '../../../shared/participation';
import type { Agent, TestApp } from '../../test/harness';
import { consultations } from './participation.schema';

// Helpers of the participation tests: a consultation of every question kind around the real clock,
// and moving its dates directly (as time passing would).

const DAY = 86_400_000;

/** A consultation body with a question of each kind and three statements, open from yesterday for a week. */
export function consultationBody(extra: Partial<ConsultationInput> = {}) {
  const now = Date.now();
  const opt = (en: string, tr: string) => ({ en, tr });
  return {
    title: { en: 'Riverside park', tr: 'Nehir kıyısı parkı' },
    description: { en: 'How should the park be used?', tr: 'Park nasıl kullanılmalı?' },
    opensAt: new Date(now - DAY).toISOString(),
    closesAt: new Date(now + 7 * DAY).toISOString(),
    questions: [
      { kind: 'single', prompt: { en: 'Main use', tr: 'Ana kullanım' }, required: true, options: [opt('Sports', 'Spor'), opt('Market', 'Pazar'), opt('Garden', 'Bahçe')] },
      { kind: 'multiple', prompt: { en: 'Also', tr: 'Ayrıca' }, options: [opt('Cafe', 'Kafe'), opt('Stage', 'Sahne')] },
      { kind: 'scale', prompt: { en: 'How urgent?', tr: 'Ne kadar acil?' } },
      { kind: 'ranking', prompt: { en: 'Order these', tr: 'Sıralayın' }, options: [opt('Light', 'Işık'), opt('Benches', 'Bank'), opt('Trees', 'Ağaç')] },
      { kind: 'text', prompt: { en: 'Anything else?', tr: 'Başka?' } },
    ],
    statements: ['The park should stay free of cars', 'Night lighting matters more than benches', 'Local firms should run the cafe'],
    ...extra,
  };
}

/** A full response to consultationBody(), choosing option `pick` (0–2) of the single question. */
export function answerBody(questionIds: string[], statementIds: string[], group: string, side: 'TR' | 'EU', pick = 0, text = 'Keep the old trees') {
  const [single, multiple, scale, ranking, free] = questionIds;
  return {
    group,
    side,
    answers: [
      { questionId: single, optionIds: [`${single}.o${pick + 1}`] },
      { questionId: multiple, optionIds: [`${multiple}.o1`] },
      { questionId: scale, value: 4 },
      { questionId: ranking, optionIds: [`${ranking}.o3`, `${ranking}.o1`, `${ranking}.o2`] },
      { questionId: free, text },
    ],
    votes: statementIds.map((statementId, i) => ({ statementId, vote: (['agree', 'disagree', 'pass'] as const)[i % 3] })),
  };
}

/** Open a consultation as this agent; returns it as the API answered. */
export async function opened(agent: Agent, extra: Partial<ConsultationInput> = {}) {
  const res = await agent.request('POST', '/api/consultations', consultationBody(extra));
  if (res.statusCode !== 201) throw new Error(`consultation: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; questions: { id: string }[]; statements: { id: string }[] };
}

/** Move a consultation's close into the past (or its opening into the future), as time would. */
export async function moveDates(t: TestApp, id: string, to: 'closed' | 'upcoming'): Promise<void> {
  const now = Date.now();
  const dates = to === 'closed' ? { opensAt: new Date(now - 10 * DAY), closesAt: new Date(now - DAY) } : { opensAt: new Date(now + DAY), closesAt: new Date(now + 10 * DAY) };
  await t.ctx.db.update(consultations).set(dates).where(eq(consultations.id, id));
}

import { expect, request, type APIRequestContext } from '@playwright/test';
import participationEn from '../web/src/i18n/participation.en.json' with { type: 'json' };
import participationTr from '../web/src/i18n/participation.tr.json' with { type: 'json' };
import { DEMO_PASSWORD, textOf } from './support';

// What the consultation specs (participation, anonymous answers, comments) share: a signed-in API
// context, the participation dictionary, and a consultation opened now by the programme manager.

/** A string of the participation dictionary (participation.{en,tr}.json), with its {{variables}} filled. */
export function p(lang: 'en' | 'tr', key: string, vars: Record<string, string> = {}): string {
  return textOf(lang === 'en' ? participationEn : participationTr, `participation.${key}`, lang, vars);
}

/** An API context signed in as a demo account, with its CSRF token for writes. */
export async function apiAs(baseURL: string, email: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await request.newContext({ baseURL });
  const res = await api.post('/api/auth/signin', { data: { email, password: DEMO_PASSWORD } });
  expect(res.status(), `sign in ${email}`).toBe(200);
  return { api, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

export interface OpenedConsultation {
  id: string;
  questions: { id: string; options: { id: string }[] }[];
  statements: { id: string; text: string }[];
}

/** The programme manager opens a public consultation, open from a minute ago for a week; `fields` add to or override that. */
export async function openConsultation(baseURL: string, fields: Record<string, unknown>): Promise<OpenedConsultation> {
  const manager = await apiAs(baseURL, 'manager@twinbridge.demo');
  const now = Date.now();
  const res = await manager.api.post('/api/consultations', {
    headers: { 'x-csrf-token': manager.csrf },
    data: { opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 7 * 86_400_000).toISOString(), audience: 'public', ...fields },
  });
  expect(res.status(), 'the consultation is opened').toBe(201);
  const created = (await res.json()) as OpenedConsultation;
  await manager.api.dispose();
  return created;
}

/** A demo account answers a consultation; the answer must be taken (201). */
export async function answerAs(baseURL: string, email: string, consultationId: string, response: Record<string, unknown>): Promise<void> {
  const who = await apiAs(baseURL, email);
  const res = await who.api.post(`/api/consultations/${consultationId}/responses`, { headers: { 'x-csrf-token': who.csrf }, data: response });
  expect(res.status(), `${email} answers`).toBe(201);
  await who.api.dispose();
}

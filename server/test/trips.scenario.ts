import type { LightMyRequestResponse } from 'fastify';
import { seedDemoAccounts } from '../domains/accounts/accounts.demo';
import { signedIn } from '../domains/accounts/accounts.testkit';
import { call, openRules, programme } from '../domains/grants/applications/grants.applications.testkit';
import type { Agent, TestApp } from './harness';
import { countTrips } from './trips';

// The two signed-in writes of bench:load (issue 16), set up as its writers have them: İstanbul's officer
// writes in a conversation with Köln and saves its own draft application. Shared by the round-trip
// test and bench/trips.ts.

export interface WriteScenario {
  istanbul: Agent;
  koln: Agent;
  conversation: string;
  draft: string;
  /** İstanbul posts a message (Köln's officer is notified and mailed) with the statements it took. */
  message(body?: string): Promise<{ res: LightMyRequestResponse; trips: number }>;
  /** İstanbul saves part of its draft with the statements it took. */
  draftEdit(summaryEn?: string): Promise<{ res: LightMyRequestResponse; trips: number }>;
}

/** Demo people, an accepted approach (a conversation) and an İstanbul draft on an open call. */
export async function writeScenario(t: TestApp): Promise<WriteScenario> {
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  const [istanbul, koln, manager] = await Promise.all(['istanbul', 'koln', 'manager'].map((who) => signedIn(t.app, `${who}@twinbridge.demo`)));
  const eoi = await koln!.request('POST', '/api/expressions-of-interest', { toCode: 'TR-BSB-34', message: 'Köln would like to talk about recycling.' });
  const accepted = await istanbul!.request('POST', `/api/expressions-of-interest/${eoi.json().id}/decision`, { decision: 'accepted' });
  const conversation: string = accepted.json().conversationId;
  const callId = await call(manager!, await programme(manager!, 'TRIPS'), 'TRIPS/01', openRules());
  const draft: string = (await istanbul!.request('POST', `/api/calls/${callId}/applications`)).json().id;
  const counted = (work: () => Promise<LightMyRequestResponse>) => countTrips(t.ctx.db, work).then(({ result, trips }) => ({ res: result, trips }));
  return {
    istanbul: istanbul!,
    koln: koln!,
    conversation,
    draft,
    message: (body = 'How about a visit in spring?') => counted(() => istanbul!.request('POST', `/api/conversations/${conversation}/messages`, { body })),
    draftEdit: (summaryEn = 'Two towns share what they learnt about recycling.') => counted(() => istanbul!.request('PATCH', `/api/applications/${draft}`, { content: { summaryEn } })),
  };
}

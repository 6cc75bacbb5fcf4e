import type { LightMyRequestResponse } from 'fastify';
import type { CallRules } from '../../../../shared/grants';
import type { Agent, TestApp } from '../../../test/harness';
import { signedIn, signedUp } from '../../accounts/accounts.testkit';
import { call2018Rules } from '../../../../shared/grants.fixtures';

// Helpers of the application tests: calls placed around the real clock, extra officers, field codes.

const DAY = 86_400_000;

/** The 2018 rules with the call opening and closing at these offsets (ms) from now. */
export function rulesAround(opensInMs: number, closesInMs: number, extra: Partial<CallRules> = {}): CallRules {
  const now = Date.now();
  return { ...call2018Rules(), opensAt: new Date(now + opensInMs).toISOString(), deadlineAt: new Date(now + closesInMs).toISOString(), ...extra };
}

/** A call open from ten days ago for thirty days more. */
export const openRules = (extra: Partial<CallRules> = {}) => rulesAround(-10 * DAY, 30 * DAY, extra);

/** Create a programme (once per code) and return its id. */
export async function programme(manager: Agent, code: string): Promise<string> {
  const res = await manager.request('POST', '/api/programmes', { code, titleEn: `Programme ${code}`, titleTr: `Program ${code}`, budgetCents: 100_000_000_00 });
  if (res.statusCode !== 201) throw new Error(`programme: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Create a call and publish it unless told not to; returns its id. */
export async function call(manager: Agent, programmeId: string, reference: string, rules: CallRules, publish = true): Promise<string> {
  const res = await manager.request('POST', `/api/programmes/${programmeId}/calls`, { reference, titleEn: `Call ${reference}`, titleTr: `Çağrı ${reference}`, rules });
  if (res.statusCode !== 201) throw new Error(`call: ${res.statusCode} ${res.body}`);
  const id: string = res.json().id;
  if (publish) {
    const pub = await manager.request('POST', `/api/calls/${id}/publish`);
    if (pub.statusCode !== 200) throw new Error(`publish: ${pub.statusCode} ${pub.body}`);
  }
  return id;
}

/** A new user made officer of an authority by the admin. */
export async function officerOf(t: TestApp, admin: Agent, email: string, authorityCode: string): Promise<Agent> {
  const agent = await signedUp(t.app, email, `Officer ${authorityCode}`);
  const request = await agent.request('POST', '/api/officer-requests', { authorityCode });
  const decided = await admin.request('POST', `/api/admin/officer-requests/${request.json().id}/decision`, { decision: 'approved' });
  if (decided.statusCode !== 200) throw new Error(`officer of ${authorityCode}: ${decided.statusCode} ${decided.body}`);
  return agent;
}

/** The demo people every application test needs. */
export async function demoPeople(t: TestApp) {
  const [manager, admin, assessor, istanbul, koln, citizen] = await Promise.all(
    ['manager', 'admin', 'assessor', 'istanbul', 'koln', 'citizen'].map((who) => signedIn(t.app, `${who}@twinbridge.demo`)),
  );
  return { manager: manager!, admin: admin!, assessor: assessor!, istanbul: istanbul!, koln: koln!, citizen: citizen! };
}

/** The field codes of a 400, as 'path:code' strings. */
export function fieldCodes(res: LightMyRequestResponse): string[] {
  return ((res.json().fields ?? []) as { path: string; code?: string }[]).map((f) => `${f.path}:${f.code ?? ''}`);
}

/** Status codes of a request for each agent, in order (for role tables). */
export async function statuses(agents: readonly Agent[], method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: unknown): Promise<number[]> {
  const out: number[] = [];
  for (const a of agents) out.push((await a.request(method, url, body)).statusCode);
  return out;
}

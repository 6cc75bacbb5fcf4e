import { describe, expect, it } from 'vitest';
import { Agent } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { signedUp } from '../accounts/accounts.testkit';

const w = withDemoPeople();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n').toString('base64');
let ankara: Agent;
let id = '';

/** What one reader finds of the twinning: on both profiles, in the registry, its page and its lists. */
async function seen(agent: Agent) {
  const onProfile = async (code: string) => ((await agent.request('GET', `/api/authorities/${code}/twinnings`)).json().items as { id: string }[]).some((i) => i.id === id);
  const registry = (await agent.request('GET', '/api/twinnings?status=proposed&limit=100')).json().items as { id: string }[];
  const exported = (await agent.request('GET', '/api/twinnings/export.csv?status=proposed')).body;
  return {
    proposerProfile: await onProfile('DE_05315000'),
    partnerProfile: await onProfile('TR-BSB-06'),
    registry: registry.some((i) => i.id === id),
    export: exported.includes('Ankara'),
    page: (await agent.request('GET', `/api/twinnings/${id}`)).statusCode,
    activities: (await agent.request('GET', `/api/twinnings/${id}/activities`)).statusCode,
    files: (await agent.request('GET', `/api/twinnings/${id}/files`)).statusCode,
  };
}
const stats = async () => (await w.anonymous.request('GET', '/api/twinnings/stats')).json().byStatus as Record<string, number>;

describe('a twinning proposed to an authority without its consent', () => {
  it('is shown only to the two sides (and admins) until the partner takes part', async () => {
    ankara = await signedUp(w.t.app, 'ankara.visibility@example.org', 'Ankara Officer');
    const { id: requestId } = (await ankara.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' })).json();
    await w.p.admin.request('POST', `/api/admin/officer-requests/${requestId}/decision`, { decision: 'approved' });
    const statsBefore = await stats();
    const res = await w.p.koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' });
    expect(res.statusCode).toBe(201);
    id = res.json().id;

    const hidden = { proposerProfile: false, partnerProfile: false, registry: false, export: false, page: 404, activities: 404, files: 404 };
    expect(await seen(w.anonymous)).toEqual(hidden);
    expect(await seen(w.p.citizen)).toEqual(hidden);
    expect(await seen(w.p.istanbul)).toEqual(hidden); // an officer of an unrelated authority
    expect(await stats()).toEqual(statsBefore);
    // The proposer and the partner's officers see it on their own pages; admins read it by its id.
    const inside = { proposerProfile: true, partnerProfile: true, registry: false, export: false, page: 200, activities: 200, files: 200 };
    expect(await seen(w.p.koln)).toEqual(inside);
    expect(await seen(ankara)).toEqual(inside);
    expect((await w.p.admin.request('GET', `/api/twinnings/${id}`)).statusCode).toBe(200);
  });

  it('is public once the partner took it on', async () => {
    expect((await ankara.request('POST', `/api/twinnings/${id}/move`, { to: 'exploring' })).statusCode).toBe(200);
    const everywhere = { proposerProfile: true, partnerProfile: true, registry: false, export: false, page: 200, activities: 200, files: 200 };
    expect(await seen(w.anonymous)).toEqual(everywhere); // exploring now: no longer in the 'proposed' filter
    const registry = (await w.anonymous.request('GET', '/api/twinnings?status=exploring&limit=100')).json().items as { id: string }[];
    expect(registry.some((i) => i.id === id)).toBe(true);
    expect((await stats()).exploring).toBeGreaterThanOrEqual(1);
  });
});

describe('the public timeline of a twinning', () => {
  it("shows the steps and dates, not who did them nor the sides' private files", async () => {
    const upload = (body: Record<string, unknown>) => w.p.koln.request('POST', `/api/twinnings/${id}/files`, { kind: 'letter_of_intent', filename: 'draft.pdf', contentType: 'application/pdf', dataBase64: PDF, ...body });
    expect((await upload({})).statusCode).toBe(201);
    expect((await upload({ filename: 'protocol.pdf', kind: 'protocol', public: true })).statusCode).toBe(201);
    type Entry = { who: string | null; action: string; to: string | null };
    const timeline = async (a: Agent) => (await a.request('GET', `/api/twinnings/${id}`)).json().timeline as Entry[];

    const inside = await timeline(ankara);
    expect(inside.map((e) => e.action)).toEqual(['proposed', 'moved', 'file_uploaded', 'file_uploaded']);
    expect(inside.map((e) => e.who)).toEqual(['Jonas Becker', 'Ankara Officer', 'Jonas Becker', 'Jonas Becker']);
    expect(await timeline(w.p.koln)).toEqual(inside);

    for (const reader of [w.anonymous, w.p.citizen, w.p.istanbul]) {
      const outside = await timeline(reader);
      expect(outside.map((e) => [e.action, e.to, e.who])).toEqual([['proposed', 'proposed', null], ['moved', 'exploring', null]]);
      expect(JSON.stringify(outside)).not.toMatch(/Jonas|Ankara Officer|draft/);
    }
  });
});

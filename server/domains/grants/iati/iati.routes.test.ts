import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { toIstanbulLocal } from '../../../../shared/istanbul';
import { audit } from '../../../platform/audit';
import { loadConfig } from '../../../platform/config';
import { testApp, type TestApp } from '../../../test/harness';
import { seedDemoAccounts } from '../../accounts/accounts.demo';
import { backfillSignedGrants } from '../awards/signed.backfill';
import { seedDemoProgramme } from '../demo/grants.demo';
import { amendments, applications, awards, payments } from '../grants.schema';

let t: TestApp;
let programmeId: string;
const schema = (name: string) => ({ fileName: name, contents: readFileSync(new URL(`../../../../data/iati-2.03/${name}`, import.meta.url), 'utf8') });
const day = (at: Date) => toIstanbulLocal(at.toISOString()).slice(0, 10);
const cents = (text: string) => Math.round(Number(text) * 100);

async function iati(): Promise<Map<string, string>> {
  const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/iati.xml` });
  expect(res.statusCode).toBe(200);
  const result = await validateXML({ xml: [{ fileName: 'iati.xml', contents: res.body }], schema: [schema('iati-activities-schema.xsd')], preload: [schema('iati-common.xsd'), schema('xml.xsd')] });
  expect(result.valid, result.errors.map((e) => e.rawMessage).join('\n')).toBe(true);
  const byRef = new Map<string, string>();
  const prefix = `${t.ctx.config.iatiPublisherRef}-`;
  for (const a of res.body.split('<iati-activity ').slice(1)) byRef.set((/<iati-identifier>([^<]*)</.exec(a)?.[1] ?? '').slice(prefix.length), a);
  return byRef;
}
const transactions = (a: string) =>
  [...a.matchAll(/<transaction-type code="(\d+)"\/>\s*<transaction-date iso-date="([\d-]+)"\/>\s*<value value-date="[\d-]+">([^<]+)</g)].map((m) => ({ type: m[1], date: m[2], cents: cents(m[3]!) }));
const budgets = (a: string, type: string) =>
  [...a.matchAll(/<budget type="(\d)" status="\d">[\s\S]*?<value value-date="[\d-]+">([^<]+)</g)].filter((m) => m[1] === type).map((m) => cents(m[2]!));

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  expect(await seedDemoProgramme(t.ctx)).toBe(true);
  programmeId = (await t.app.inject({ method: 'GET', url: '/api/programmes' })).json().items[0].id;
});
afterAll(async () => t.close());

describe('the IATI file of a programme (GET /api/programmes/{id}/iati.xml)', () => {
  it('names the configured publisher, the EU as funder and the contracting authority as extending organisation', async () => {
    t.ctx.config.iatiPublisherRef = 'XI-IATI-TEST_PUBLISHER';
    const res = await t.app.inject({ method: 'GET', url: `/api/programmes/${programmeId}/iati.xml` });
    const activities = res.body.split('<iati-activity ').slice(1);
    expect(activities.length).toBeGreaterThan(5);
    for (const a of activities) {
      expect(a).toMatch(/<iati-identifier>XI-IATI-TEST_PUBLISHER-/);
      expect(a).toContain('<reporting-org ref="XI-IATI-TEST_PUBLISHER" type="10">');
      expect(a).toContain('<participating-org ref="XI-IATI-EC_NEAR" type="15" role="1">');
      expect(a).toMatch(/<participating-org type="10" role="3">\s*<narrative>Central Finance and Contracts Unit/);
      expect(a).not.toContain('<participating-org ref="XI-IATI-TEST_PUBLISHER"');
      expect(a).not.toContain('<provider-org ref="XI-IATI-TEST_PUBLISHER"');
      expect(a).toContain('<default-flow-type code="10"/>');
      expect(a).toContain('<default-finance-type code="110"/>');
      expect(a).toContain('<default-aid-type code="C01" vocabulary="1"/>');
      expect(a).toContain('<budget type="1"');
    }
    expect(res.body).not.toContain('XM-TWINBRIDGE');
    t.ctx.config.iatiPublisherRef = loadConfig({}).iatiPublisherRef;
  });

  it('commits a settled contract at the amount signed, not at the lower grant its final payment left', async () => {
    const rows = await t.ctx.db.select({ award: awards, app: applications }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId)).where(eq(awards.status, 'closed'));
    // The demo signs each contract at the grant requested and lowers it at the final payment when costs fell short.
    expect(rows.some((r) => r.award.grantCents < r.app.content.requestedGrantCents!)).toBe(true);
    const file = await iati();
    for (const r of rows) {
      expect(transactions(file.get(r.app.reference)!)[0]).toEqual({ type: '2', date: day(r.award.contractedAt!), cents: r.app.content.requestedGrantCents });
      expect(budgets(file.get(r.app.reference)!, '1').reduce((sum, x) => sum + x, 0)).toBe(r.app.content.requestedGrantCents);
    }
  });

  /** A closed award made a running contract again as signed (its payments stay), ending on `endsOn`. */
  const reopened = async <R extends { award: typeof awards.$inferSelect }>(r: R, endsOn: string): Promise<R> => {
    const grantCents = r.award.signedGrantCents!;
    await t.ctx.db.update(awards).set({ status: 'contracted', endsOn, grantCents }).where(eq(awards.id, r.award.id));
    return { ...r, award: { ...r.award, status: 'contracted', endsOn, grantCents } };
  };

  it('commits at signature, keeps the signed amount when an addendum or the final payment lowers the grant, codes final payments as reimbursements', async () => {
    const rows = await t.ctx.db.select({ award: awards, ref: applications.reference }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId));
    const closed = rows.filter((r) => r.award.status === 'closed' && r.award.contractedAt);
    // The demo settles every contract that has ended: one of them runs again here until 2099.
    const live = [await reopened(closed.pop()!, '2099-12-31')];
    expect(closed.length).toBeGreaterThan(0);
    // An addendum takes EUR 5,000 off a running project ten days after signature.
    const amended = live[0]!;
    const g = amended.award.grantCents;
    const when = new Date(amended.award.contractedAt!.getTime() + 10 * 86_400_000);
    await t.ctx.db.insert(amendments).values({ awardId: amended.award.id, reason: 'Fewer study visits', before: { grantCents: g, endsOn: amended.award.endsOn }, after: { grantCents: g - 500_000, endsOn: amended.award.endsOn }, createdBy: amended.award.id, createdAt: when });
    await t.ctx.db.update(awards).set({ grantCents: g - 500_000 }).where(eq(awards.id, amended.award.id));
    // A closed project signed before the signed grant was kept: EUR 3,000 more than its final grant, as
    // the contract's audit entry says, which the start-up backfill reads (and reads once).
    const settled = closed[0]!;
    await t.ctx.db.update(awards).set({ signedGrantCents: null }).where(eq(awards.id, settled.award.id));
    await audit(t.ctx.db, { actorId: null, action: 'award.contracted', entityType: 'award', entityId: settled.award.id, after: { status: 'contracted', grantCents: settled.award.grantCents + 300_000 } });
    await backfillSignedGrants(t.ctx);
    await t.ctx.db.update(awards).set({ grantCents: settled.award.grantCents - 1 }).where(eq(awards.id, settled.award.id));
    await backfillSignedGrants(t.ctx);
    await t.ctx.db.update(awards).set({ grantCents: settled.award.grantCents }).where(eq(awards.id, settled.award.id));
    const [kept] = await t.ctx.db.select().from(awards).where(eq(awards.id, settled.award.id));
    expect(kept!.signedGrantCents).toBe(settled.award.grantCents + 300_000);

    const file = await iati();
    const a = file.get(amended.ref)!;
    expect(transactions(a).filter((x) => x.type === '2')).toEqual([
      { type: '2', date: day(amended.award.contractedAt!), cents: g },
      { type: '2', date: day(when), cents: -500_000 },
    ]);
    expect(budgets(a, '1').reduce((s, x) => s + x, 0)).toBe(g);
    expect(budgets(a, '2').reduce((s, x) => s + x, 0)).toBe(g - 500_000);

    const c = transactions(file.get(settled.ref)!);
    expect(c[0]).toEqual({ type: '2', date: day(settled.award.contractedAt!), cents: settled.award.grantCents + 300_000 });
    // Closed: the commitments net to what was paid, the rest released after the last payment.
    const net = (types: string[]) => c.filter((x) => types.includes(x.type ?? '')).reduce((s, x) => s + x.cents, 0);
    expect(net(['2'])).toBe(net(['3', '7']));
    expect(c.at(-1)).toMatchObject({ type: '2' });
    expect(c.at(-1)!.cents).toBeLessThan(0);

    for (const r of rows.filter((x) => x.award.contractedAt)) {
      expect(transactions(file.get(r.ref)!)[0]).toMatchObject({ type: '2', date: day(r.award.contractedAt!) });
    }
    const finals = await t.ctx.db.select().from(payments).where(eq(payments.kind, 'final'));
    expect(finals.length).toBeGreaterThan(0);
    const sevens = [...file.values()].flatMap((x) => transactions(x).filter((y) => y.type === '7'));
    expect(sevens.map((x) => x.cents).sort()).toEqual(finals.map((f) => f.amountCents).sort());
  });

  it('reports ended projects awaiting closure as finalisation and closed ones as closed', async () => {
    // A contract that ended but is not settled yet: a closed demo contract reopened with its own end date.
    const [settled] = (await t.ctx.db.select({ award: awards, ref: applications.reference }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId)).where(eq(awards.status, 'closed')));
    await reopened(settled!, settled!.award.endsOn!);
    const rows = await t.ctx.db.select({ award: awards, ref: applications.reference }).from(awards).innerJoin(applications, eq(applications.id, awards.applicationId));
    const file = await iati();
    const today = day(new Date());
    let finalising = 0;
    for (const r of rows.filter((x) => file.has(x.ref))) {
      const status = /<activity-status code="(\d)"\/>/.exec(file.get(r.ref)!)?.[1];
      if (r.award.status === 'closed') expect(status).toBe('4');
      else if (r.award.endsOn && r.award.endsOn < today) {
        expect(status).toBe('3');
        finalising++;
      } else expect(['1', '2']).toContain(status);
    }
    expect(finalising).toBeGreaterThan(0);
  });
});

describe('the publisher identifier (IATI_PUBLISHER_REF)', () => {
  it('defaults to an XI-IATI identifier and refuses one that is no organisation identifier', () => {
    expect(loadConfig({}).iatiPublisherRef).toBe('XI-IATI-TWINBRIDGE');
    expect(loadConfig({ IATI_PUBLISHER_REF: 'GB-COH-01650169' }).iatiPublisherRef).toBe('GB-COH-01650169');
    for (const bad of ['XM-TWINBRIDGE', 'TWINBRIDGE', 'XI-IATI', 'TR MOI DIAB'])
      expect(() => loadConfig({ IATI_PUBLISHER_REF: bad }), bad).toThrow(/IATI_PUBLISHER_REF/);
  });
});

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { call2018Rules, validContent2018 } from '../../../shared/grants.fixtures';
import type { TestApp } from '../../test/harness';
import { applicationPartners, applications, awards, calls, programmes } from './grants.schema';

/** A project row as other domains' tests build it: lead, partners (confirmed or not), grant, award state. */
export interface ProjectFixture {
  leadCode: string;
  partners: { code: string; confirmed: boolean }[];
  grantCents: number;
  status: 'awarded' | 'contracted' | 'closed' | 'declined' | 'withdrawn';
}

/** Inserts a programme, call, application with partners and award in one go (no workflow), for figure tests. */
export async function insertProject(t: TestApp, p: ProjectFixture): Promise<string> {
  const tag = randomUUID().slice(0, 8);
  return t.ctx.db.transaction(async (tx) => {
    const [prog] = await tx.insert(programmes).values({ code: `P-${tag}`, titleEn: 'Stats', titleTr: 'İstatistik' }).returning({ id: programmes.id });
    const [c] = await tx.insert(calls).values({ programmeId: prog!.id, reference: `C-${tag}`, titleEn: 'Call', titleTr: 'Çağrı', rules: call2018Rules() }).returning({ id: calls.id });
    const [app] = await tx
      .insert(applications)
      .values({ callId: c!.id, reference: `A-${tag}`, leadCode: p.leadCode, status: 'awarded', content: validContent2018(), createdBy: randomUUID() })
      .returning({ id: applications.id });
    for (const partner of p.partners) {
      await tx.insert(applicationPartners).values({ applicationId: app!.id, authorityCode: partner.code, confirmedAt: partner.confirmed ? new Date() : null });
    }
    const [award] = await tx.insert(awards).values({ callId: c!.id, applicationId: app!.id, rank: 1, grantCents: p.grantCents, status: p.status }).returning({ id: awards.id });
    return award!.id;
  });
}

/** Changes an award's state (as a decline or a contract would). */
export async function setAwardStatus(t: TestApp, awardId: string, status: ProjectFixture['status']): Promise<void> {
  await t.ctx.db.update(awards).set({ status }).where(eq(awards.id, awardId));
}

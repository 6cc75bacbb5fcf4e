import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { demoUserIds } from '../accounts/accounts.demo';
import { listProjects } from '../grants/awards/grants.projects.service';
import { DEMO_CONSULTATION, demoResponses } from './participation.demo.data';
import { consultationResponses, consultations, consultationStatements } from './participation.schema';
import { withIds } from './participation.service';

const DAY = 86_400_000;

/**
 * Seed the demo consultation (demo mode only, once): open, on a project of the demo programme, with
 * answers from every group on both sides so a newcomer sees results and common ground at once, and
 * can still answer. The respondents are invented: their ids belong to no account.
 */
export async function seedDemoConsultation(ctx: AppContext): Promise<boolean> {
  const [seeded] = await ctx.db.select({ id: consultations.id }).from(consultations).where(eq(consultations.demo, true)).limit(1);
  const manager = (await demoUserIds(ctx.db)).get('manager@twinbridge.demo');
  if (seeded || !manager) return false;
  const project = (await listProjects(ctx, {})).find((p) => p.demo);
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('twinbridge.participation_demo'))`);
    const [again] = await tx.select({ id: consultations.id }).from(consultations).where(eq(consultations.demo, true)).limit(1);
    if (again) return false;
    const c = DEMO_CONSULTATION;
    const now = Date.now();
    const [row] = await tx
      .insert(consultations)
      .values({
        titleTr: c.title.tr, titleEn: c.title.en, descriptionTr: c.description.tr, descriptionEn: c.description.en,
        opensAt: new Date(now - 20 * DAY), closesAt: new Date(now + 40 * DAY), audience: c.audience,
        linkKind: project ? 'project' : null, linkId: project?.id ?? null, minGroupSize: c.minGroupSize, allowNewStatements: c.allowNewStatements,
        questions: withIds(c.questions), organiserId: manager, organiserAuthority: null, demo: true,
      })
      .returning();
    const id = row!.id;
    const statements = await tx.insert(consultationStatements).values(c.statements.map((text) => ({ consultationId: id, text }))).returning({ id: consultationStatements.id });
    const responses = demoResponses(withIds(c.questions).map((q) => q.id), statements.map((s) => s.id));
    await tx.insert(consultationResponses).values(responses.map((r) => ({ consultationId: id, userId: randomUUID(), ...r })));
    await audit(tx, { actorId: null, action: 'consultation.demo_seeded', entityType: 'consultation', entityId: id, after: { responses: responses.length, link: project ? `project:${project.id}` : null } });
    return true;
  });
}

/** Start-up hook: the demo consultation exists in demo mode. */
export async function demoConsultationHook(ctx: AppContext): Promise<void> {
  if (ctx.config.demo && (await seedDemoConsultation(ctx))) console.log('Demo consultation seeded (marked as demo data).');
}

import { and, desc, eq, gt, lte, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { Consultation, ConsultationInput, Question } from '../../../shared/participation';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { badRequest, forbidden, notFound, unauthorized } from '../../platform/errors';
import { resolveLink } from './participation.links';
import { accessOf, toConsultations, type ConsultationRow } from './participation.view';
import { canOrganise, canRead } from './participation.policy';
import { consultations, consultationStatements } from './participation.schema';

/** A consultation row by id (locked for update inside a transaction when asked); demo rows exist in demo mode only. */
export async function consultationRow(ctx: AppContext, db: Db, id: string, lock = false): Promise<ConsultationRow> {
  const query = db.select().from(consultations).where(eq(consultations.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || (row.demo && !ctx.config.demo)) throw notFound('No such consultation');
  return row;
}

/** Signed out: 401 (signing in may help); signed in without the right: 403. */
export function refuse(user: SessionUser | null, message: string) {
  return user ? forbidden(message) : unauthorized();
}

/** A consultation the user may read, or the refusal. */
export async function readableRow(ctx: AppContext, user: SessionUser | null, id: string): Promise<ConsultationRow> {
  const row = await consultationRow(ctx, ctx.db, id);
  if (!canRead(user, accessOf(row))) throw refuse(user, 'This consultation is for its invited authorities only');
  return row;
}

/** Consultations the user may read, by status and link, latest opening first. */
export async function listConsultations(ctx: AppContext, user: SessionUser | null, q: { status?: Consultation['status'] | undefined; linkedTo?: string | undefined }): Promise<{ items: Consultation[] }> {
  const now = new Date();
  const where: SQL[] = [];
  if (!ctx.config.demo) where.push(eq(consultations.demo, false));
  if (q.status === 'upcoming') where.push(gt(consultations.opensAt, now));
  if (q.status === 'open') where.push(lte(consultations.opensAt, now), gt(consultations.closesAt, now));
  if (q.status === 'closed') where.push(lte(consultations.closesAt, now));
  if (q.linkedTo) {
    const [kind, id] = q.linkedTo.split(':') as [string, string];
    where.push(eq(consultations.linkKind, kind), eq(consultations.linkId, id));
  }
  const rows = await ctx.db.select().from(consultations).where(and(...where)).orderBy(desc(consultations.opensAt), desc(consultations.id));
  return { items: await toConsultations(ctx, rows.filter((r) => canRead(user, accessOf(r))), user, now) };
}

export async function getConsultation(ctx: AppContext, user: SessionUser | null, id: string): Promise<Consultation> {
  const [c] = await toConsultations(ctx, [await readableRow(ctx, user, id)], user);
  return c!;
}

/** Questions with stable ids (q1, q1.o1, …): responses and results point at them whatever the order shown. */
export function withIds(input: ConsultationInput['questions']): Question[] {
  return input.map((q, i) => ({
    id: `q${i + 1}`,
    kind: q.kind,
    prompt: q.prompt,
    required: q.required,
    options: q.options.map((o, j) => ({ id: `q${i + 1}.o${j + 1}`, label: o })),
  }));
}

/** Open a consultation: programme staff anything, an officer for their own authority's twinning, project or request. */
export async function createConsultation(ctx: AppContext, user: SessionUser, input: ConsultationInput): Promise<Consultation> {
  const unknown = input.invitedAuthorities.map((code, i) => ({ code, i })).filter(({ code }) => !ctx.directory.get(code));
  if (unknown.length) throw badRequest('Invalid body', unknown.map(({ code, i }) => ({ path: `invitedAuthorities.${i}`, message: `no authority has the code ${code}`, code: 'authority_unknown' })));
  const link = await resolveLink(ctx, input.link);
  if (!canOrganise(user, link)) throw forbidden('Programme managers open consultations; an officer only for their own authority, its twinnings, projects and partner requests');
  const row = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(consultations)
      .values({
        titleTr: input.title.tr, titleEn: input.title.en, descriptionTr: input.description.tr, descriptionEn: input.description.en,
        opensAt: new Date(input.opensAt), closesAt: new Date(input.closesAt), audience: input.audience,
        invitedAuthorities: input.audience === 'invited' ? input.invitedAuthorities : [],
        linkKind: input.link?.kind ?? null, linkId: input.link?.id ?? null, minGroupSize: input.minGroupSize, allowNewStatements: input.allowNewStatements,
        questions: withIds(input.questions), organiserId: user.id, organiserAuthority: user.role === 'officer' ? user.authorityCode : null,
      })
      .returning();
    if (input.statements.length) await tx.insert(consultationStatements).values(input.statements.map((text) => ({ consultationId: created!.id, text })));
    await audit(tx, { actorId: user.id, action: 'consultation.created', entityType: 'consultation', entityId: created!.id, after: { title: input.title, audience: input.audience, link: input.link, opensAt: input.opensAt, closesAt: input.closesAt } });
    return created!;
  });
  const [c] = await toConsultations(ctx, [row], user);
  return c!;
}

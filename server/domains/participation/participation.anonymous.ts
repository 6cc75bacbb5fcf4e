import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, inArray, isNull, lt, lte } from 'drizzle-orm';
import { responseInput } from '../../../shared/participation';
import type { AnonymousResponseInput } from '../../../shared/participation.anonymous';
import { audit } from '../../platform/audit';
import { hashToken, newToken } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import { badRequest, conflict, forbidden } from '../../platform/errors';
import { parseJsonb } from '../../platform/jsonb';
import { outbox } from '../../platform/mail.schema';
import { confirmationMail } from './participation.anonymous.mail';
import { addressHash, confirmationExpiry, confirmationState, forgetSettledBefore, mayMailLink, type SettledAs } from './participation.anonymous.rules';
import { checkOpenAndFitting } from './participation.responses';
import { consultationConfirmations, consultationResponses, consultations, consultationStatements } from './participation.schema';
import { consultationRow } from './participation.service';
import { statusAt, type ConsultationRow } from './participation.view';

/*
 * Anonymous answers to public consultations, confirmed by a one-time mail link (issue 13). The
 * address is used to mail the link and to compute a keyed hash (one response per mailbox); it is
 * stored nowhere but in that mail, which is deleted when the link settles (used, refused, expired).
 */

type Confirmation = typeof consultationConfirmations.$inferSelect;

/** The consultation's key for address hashes, made on first use (two first uses at once agree on one). */
async function respondentKey(db: Db, row: ConsultationRow): Promise<string> {
  if (row.respondentKey) return row.respondentKey;
  await db.update(consultations).set({ respondentKey: randomBytes(32).toString('hex') }).where(and(eq(consultations.id, row.id), isNull(consultations.respondentKey)));
  const [r] = await db.select({ key: consultations.respondentKey }).from(consultations).where(eq(consultations.id, row.id));
  return r!.key!;
}

/** Store the response as pending and mail its link; a public, open consultation and a fitting response only. */
export async function requestAnonymousResponse(ctx: AppContext, id: string, input: AnonymousResponseInput, now = new Date()): Promise<void> {
  const { email, locale, ...response } = input;
  await ctx.db.transaction(async (tx) => {
    const row = await consultationRow(ctx, tx, id);
    if (row.audience !== 'public') throw forbidden('Only public consultations take answers without an account; sign in to answer this one');
    await checkOpenAndFitting(tx, row, response);
    const emailHash = addressHash(await respondentKey(tx, row), email);
    const waiting = and(eq(consultationConfirmations.consultationId, id), eq(consultationConfirmations.emailHash, emailHash), isNull(consultationConfirmations.settled), gt(consultationConfirmations.expiresAt, now));
    const [open] = await tx.select({ n: count() }).from(consultationConfirmations).where(waiting);
    // Past the limit nothing is mailed, yet the caller hears the same as ever: no answer tells an address apart.
    if (!mayMailLink(open?.n ?? 0)) return;
    const token = newToken();
    const title = (locale === 'tr' ? row.titleTr || row.titleEn : row.titleEn || row.titleTr).trim();
    const link = `${ctx.config.publicUrl}/consultations/${id}/confirm?token=${encodeURIComponent(token)}`;
    const mailId = await ctx.mail.send(tx, confirmationMail(email, locale, title, link));
    await tx.insert(consultationConfirmations).values({ tokenHash: hashToken(token), consultationId: id, emailHash, response, mailId, expiresAt: confirmationExpiry(now) });
  });
}

/** Settle links: their pending response, address hash and mail (the address) go; the code a later use answers stays. */
async function settle(db: Db, rows: readonly Pick<Confirmation, 'tokenHash' | 'mailId'>[], as: SettledAs, now: Date): Promise<void> {
  if (!rows.length) return;
  await db.update(consultationConfirmations).set({ settled: as, settledAt: now, emailHash: null, response: null, mailId: null }).where(inArray(consultationConfirmations.tokenHash, rows.map((r) => r.tokenHash)));
  const mails = rows.flatMap((r) => (r.mailId ? [r.mailId] : []));
  if (mails.length) await db.delete(outbox).where(inArray(outbox.id, mails));
}

const REFUSALS: Record<Exclude<SettledAs, 'consultation_closed'>, string> = {
  confirmation_used: 'This confirmation link was used already',
  confirmation_expired: 'This confirmation link has expired; answer again to get a new one',
  already_responded: 'This address has already answered this consultation',
};

/** Record the response behind a mailed link, once; a 409 with the reason when the link cannot be used. */
export async function confirmAnonymousResponse(ctx: AppContext, id: string, token: string, now = new Date()): Promise<{ recorded: true; respondents: number }> {
  const refusal = await ctx.db.transaction(async (tx): Promise<{ code: SettledAs; at?: string } | null> => {
    const row = await consultationRow(ctx, tx, id);
    const [c] = await tx.select().from(consultationConfirmations).where(and(eq(consultationConfirmations.tokenHash, hashToken(token)), eq(consultationConfirmations.consultationId, id))).for('update');
    const state = confirmationState(c, now);
    if (state === 'unknown' || !c) throw badRequest('This confirmation link is not valid', [{ path: 'token', message: 'This confirmation link is not valid' }]);
    if (state !== 'pending') {
      if (!c.settled) await settle(tx, [c], state, now);
      return { code: state, at: row.closesAt.toISOString() };
    }
    if (statusAt(row, now) === 'closed') {
      await settle(tx, [c], 'consultation_closed', now);
      return { code: 'consultation_closed', at: row.closesAt.toISOString() };
    }
    const response = parseJsonb(responseInput, c.response, `confirmation of ${id}`);
    await checkOpenAndFitting(tx, row, response);
    const [created] = await tx
      .insert(consultationResponses)
      .values({ consultationId: id, emailHash: c.emailHash, group: response.group, side: response.side, answers: response.answers, votes: response.votes })
      .onConflictDoNothing({ target: [consultationResponses.consultationId, consultationResponses.emailHash] })
      .returning({ id: consultationResponses.id });
    if (!created) {
      await settle(tx, [c], 'already_responded', now);
      return { code: 'already_responded' };
    }
    if (response.newStatements.length) await tx.insert(consultationStatements).values(response.newStatements.map((text) => ({ consultationId: id, text, byRespondent: true, status: 'pending' })));
    await settle(tx, [c], 'confirmation_used', now);
    // The address's other links can no longer record anything: they settle too, and their mails go.
    // One being confirmed at this moment is locked by its own request, which settles it (already_responded):
    // skipped here, or the two requests would wait for each other.
    const others = await tx.select().from(consultationConfirmations).where(and(eq(consultationConfirmations.consultationId, id), eq(consultationConfirmations.emailHash, c.emailHash!), isNull(consultationConfirmations.settled))).for('update', { skipLocked: true });
    await settle(tx, others, 'already_responded', now);
    await audit(tx, { actorId: null, action: 'consultation.responded_anonymously', entityType: 'consultation', entityId: id, after: { group: response.group, side: response.side, answers: response.answers.length, votes: response.votes.length, newStatements: response.newStatements.length } });
    return null;
  });
  if (refusal?.code === 'consultation_closed') throw conflict('consultation_closed', `This consultation closed at ${refusal.at}`, { at: refusal.at ?? '' });
  if (refusal) throw conflict(refusal.code, REFUSALS[refusal.code]);
  const [n] = await ctx.db.select({ n: count() }).from(consultationResponses).where(eq(consultationResponses.consultationId, id));
  return { recorded: true, respondents: n?.n ?? 0 };
}

/** Settle the links that expired (their mails and address hashes go) and forget long-settled ones. */
export async function settleExpiredConfirmations(ctx: AppContext, now = new Date()): Promise<number> {
  return ctx.db.transaction(async (tx) => {
    const expired = await tx.select({ tokenHash: consultationConfirmations.tokenHash, mailId: consultationConfirmations.mailId }).from(consultationConfirmations).where(and(isNull(consultationConfirmations.settled), lte(consultationConfirmations.expiresAt, now))).for('update');
    await settle(tx, expired, 'confirmation_expired', now);
    await tx.delete(consultationConfirmations).where(lt(consultationConfirmations.settledAt, forgetSettledBefore(now)));
    return expired.length;
  });
}

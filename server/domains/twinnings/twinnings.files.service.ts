import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import type { TwinningFile, TwinningFileKind, TwinningFileUpload } from '../../../shared/twinnings';
import { timelineAudit } from '../../../shared/twinnings.api';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, forbidden, notFound } from '../../platform/errors';
import { attachmentProblem } from '../../platform/uploads';
import { userNames } from '../accounts/accounts.users';
import { twinningActivities } from './twinnings.activities.schema';
import { twinningFiles } from './twinnings.files.schema';
import { canManageFile, canUploadFile, seesInsideView, seesPrivateFiles } from './twinnings.policy';
import { shownPublicly } from './twinnings.rules';
import { twinnings } from './twinnings.schema';

type Twinning = typeof twinnings.$inferSelect;
type FileRow = typeof twinningFiles.$inferSelect;

/** The twinning, if this user may see it: a bare proposal only to its sides' officers and admins (shownPublicly). */
async function twinningOr404(ctx: AppContext, id: string, user: SessionUser | null): Promise<Twinning> {
  const [t] = await ctx.db.select().from(twinnings).where(eq(twinnings.id, id));
  if (!t || (!shownPublicly(t) && !seesInsideView(user, t))) throw notFound('No such twinning');
  return t;
}

function toFile(f: FileRow, uploadedBy: string | null): TwinningFile {
  return {
    id: f.id,
    kind: f.kind as TwinningFileKind,
    filename: f.filename,
    contentType: f.contentType,
    size: f.size,
    public: f.public,
    activityId: f.activityId,
    uploadedAt: f.uploadedAt.toISOString(),
    uploadedBy,
  };
}

/** The files of a twinning the user may see, newest first. */
export async function listFiles(ctx: AppContext, user: SessionUser | null, twinningId: string) {
  const t = await twinningOr404(ctx, twinningId, user);
  const visible = seesPrivateFiles(user, t) ? undefined : eq(twinningFiles.public, true);
  const rows = await ctx.db
    .select()
    .from(twinningFiles)
    .where(and(eq(twinningFiles.twinningId, twinningId), visible))
    .orderBy(twinningFiles.uploadedAt);
  // Uploaders are named only to those who see private files.
  const names = seesPrivateFiles(user, t) ? await userNames(ctx.db, rows.map((f) => f.uploadedBy)) : new Map<string, string>();
  return { items: rows.reverse().map((f) => toFile(f, names.get(f.uploadedBy) ?? null)) };
}

/** Why an upload is refused beyond its bytes: photos must be images of an activity of this twinning. */
async function uploadProblems(ctx: AppContext, twinningId: string, up: TwinningFileUpload) {
  const fields: { path: string; message: string }[] = [];
  if (up.kind === 'photo' && !up.contentType.startsWith('image/')) fields.push({ path: 'contentType', message: 'a photo must be a PNG or JPEG image' });
  if (up.activityId) {
    const [a] = await ctx.db.select({ id: twinningActivities.id }).from(twinningActivities).where(and(eq(twinningActivities.id, up.activityId), eq(twinningActivities.twinningId, twinningId)));
    if (!a) fields.push({ path: 'activityId', message: 'no such activity in this twinning' });
  }
  return fields;
}

/** Upload a file to a twinning (officers of either side); the bytes are checked by type, content and size. */
export async function uploadFile(ctx: AppContext, user: SessionUser, twinningId: string, up: TwinningFileUpload) {
  const t = await twinningOr404(ctx, twinningId, user);
  if (!canUploadFile(user, t)) throw forbidden('Only officers of the two authorities upload files');
  const bytes = Buffer.from(up.dataBase64, 'base64');
  const problem = attachmentProblem({ filename: up.filename, contentType: up.contentType, bytes });
  const fields = [...(problem ? [{ path: 'dataBase64', message: problem.message, code: problem.code }] : []), ...(await uploadProblems(ctx, twinningId, up))];
  if (fields.length) throw badRequest('File refused', fields);
  const key = randomUUID();
  await ctx.files.put(key, bytes);
  try {
    return await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(twinningFiles)
        .values({ twinningId, activityId: up.activityId ?? null, kind: up.kind, filename: up.filename, contentType: up.contentType, size: bytes.length, storageKey: key, public: up.public, uploadedBy: user.id })
        .returning();
      await audit(tx, { actorId: user.id, action: timelineAudit('file_uploaded'), entityType: 'twinning', entityId: twinningId, after: { fileId: row!.id, kind: up.kind, filename: up.filename, public: up.public } });
      return toFile(row!, user.name);
    });
  } catch (err) {
    await ctx.files.delete(key); // nothing half-written: no orphan bytes either
    throw err;
  }
}

/** A file row the user may see; a private file is a 404 for others, so its existence is not revealed. */
async function visibleFile(ctx: AppContext, user: SessionUser | null, twinningId: string, fileId: string) {
  const t = await twinningOr404(ctx, twinningId, user);
  const [f] = await ctx.db.select().from(twinningFiles).where(and(eq(twinningFiles.id, fileId), eq(twinningFiles.twinningId, twinningId)));
  if (!f || (!f.public && !seesPrivateFiles(user, t))) throw notFound('No such file');
  return { t, f };
}

/** The bytes of a file the user may see. */
export async function readFile(ctx: AppContext, user: SessionUser | null, twinningId: string, fileId: string) {
  const { f } = await visibleFile(ctx, user, twinningId, fileId);
  const bytes = await ctx.files.get(f.storageKey);
  if (!bytes) throw notFound('No such file');
  return { ...f, bytes };
}

/** Make a file public or private, or remove it (officers of either side, and admins). */
export async function changeFile(ctx: AppContext, user: SessionUser, twinningId: string, fileId: string, change: { public: boolean } | 'delete') {
  const { t, f } = await visibleFile(ctx, user, twinningId, fileId);
  if (!canManageFile(user, t)) throw forbidden('Only officers of the two authorities manage files');
  const result = await ctx.db.transaction(async (tx) => {
    const where = eq(twinningFiles.id, fileId);
    const action = timelineAudit(change === 'delete' ? 'file_deleted' : 'file_visibility');
    await audit(tx, { actorId: user.id, action, entityType: 'twinning', entityId: twinningId, before: { fileId, public: f.public }, after: change === 'delete' ? null : { fileId, public: change.public } });
    if (change === 'delete') return void (await tx.delete(twinningFiles).where(where));
    const [row] = await tx.update(twinningFiles).set({ public: change.public }).where(where).returning();
    return toFile(row!, null);
  });
  if (change === 'delete') await ctx.files.delete(f.storageKey);
  return result;
}

import { randomUUID } from 'node:crypto';
import { and, count, desc, eq } from 'drizzle-orm';
import type { SessionUser } from '../../../../shared/accounts';
import type { ApplicationFile, ApplicationFileUpload } from '../../../../shared/grants.applications';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { badRequest, conflict, notFound } from '../../../platform/errors';
import { attachmentProblem } from '../../../platform/uploads';
import { userNames } from '../../accounts/accounts.users';
import { loadFilesReadable, loadLeadDraft } from './grants.applications.access';
import { applicationFiles } from '../grants.schema';

/** Declarations, statutes, budgets: enough for any call, few enough to read. */
export const MAX_APPLICATION_FILES = 20;

type FileRow = typeof applicationFiles.$inferSelect;

function toFile(f: FileRow, uploadedBy: string | null): ApplicationFile {
  return { id: f.id, filename: f.filename, contentType: f.contentType, size: f.size, uploadedAt: f.uploadedAt.toISOString(), uploadedBy };
}

/** The files attached to an application, newest first (its readers and its assessors). */
export async function listApplicationFiles(ctx: AppContext, user: SessionUser, id: string): Promise<{ items: ApplicationFile[] }> {
  await loadFilesReadable(ctx.db, user, id);
  const rows = await ctx.db
    .select()
    .from(applicationFiles)
    .where(eq(applicationFiles.applicationId, id))
    .orderBy(desc(applicationFiles.uploadedAt), desc(applicationFiles.id));
  const names = await userNames(ctx.db, rows.map((f) => f.uploadedBy));
  return { items: rows.map((f) => toFile(f, names.get(f.uploadedBy) ?? null)) };
}

/**
 * Attach a file to the lead's draft. The bytes are checked by type, content and size, stored, and
 * removed again when the row cannot be written: nothing half-written, no orphan bytes.
 */
export async function uploadApplicationFile(ctx: AppContext, user: SessionUser, id: string, up: ApplicationFileUpload): Promise<ApplicationFile> {
  const bytes = Buffer.from(up.dataBase64, 'base64');
  // Refuse early (404/403/409) before looking at the bytes; the transaction checks again under lock.
  await loadLeadDraft(ctx.db, user, id);
  const problem = attachmentProblem({ filename: up.filename, contentType: up.contentType, bytes });
  if (problem) throw badRequest('File refused', [{ path: 'dataBase64', message: problem.message, code: problem.code }]);
  const key = randomUUID();
  await ctx.files.put(key, bytes);
  try {
    return await ctx.db.transaction(async (tx) => {
      await loadLeadDraft(tx, user, id);
      const [held] = await tx.select({ n: count() }).from(applicationFiles).where(eq(applicationFiles.applicationId, id));
      if ((held?.n ?? 0) >= MAX_APPLICATION_FILES) throw conflict('application_files_full', `An application holds at most ${MAX_APPLICATION_FILES} files: remove one first`, { max: MAX_APPLICATION_FILES });
      const [row] = await tx
        .insert(applicationFiles)
        .values({ applicationId: id, filename: up.filename, contentType: up.contentType, size: bytes.length, storageKey: key, uploadedBy: user.id })
        .returning();
      await audit(tx, { actorId: user.id, action: 'application.file_uploaded', entityType: 'application', entityId: id, after: { fileId: row!.id, filename: up.filename, size: bytes.length } });
      return toFile(row!, user.name);
    });
  } catch (err) {
    await ctx.files.delete(key);
    throw err;
  }
}

async function fileOf(ctx: AppContext, id: string, fileId: string): Promise<FileRow> {
  const [f] = await ctx.db.select().from(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, id)));
  if (!f) throw notFound('No such file');
  return f;
}

/** The bytes of an attached file (the application's readers and its assessors). */
export async function readApplicationFile(ctx: AppContext, user: SessionUser, id: string, fileId: string) {
  await loadFilesReadable(ctx.db, user, id);
  const f = await fileOf(ctx, id, fileId);
  const bytes = await ctx.files.get(f.storageKey);
  if (!bytes) throw notFound('No such file');
  return { filename: f.filename, contentType: f.contentType, bytes };
}

/** Remove a file from the lead's draft; the bytes go once the row is gone. */
export async function deleteApplicationFile(ctx: AppContext, user: SessionUser, id: string, fileId: string): Promise<void> {
  const f = await ctx.db.transaction(async (tx) => {
    await loadLeadDraft(tx, user, id);
    const [f] = await tx.select().from(applicationFiles).where(and(eq(applicationFiles.id, fileId), eq(applicationFiles.applicationId, id)));
    if (!f) throw notFound('No such file');
    await tx.delete(applicationFiles).where(eq(applicationFiles.id, fileId));
    await audit(tx, { actorId: user.id, action: 'application.file_deleted', entityType: 'application', entityId: id, before: { fileId, filename: f.filename } });
    return f;
  });
  await ctx.files.delete(f.storageKey);
}

import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { LIBRARY_FILE_TYPES, LIBRARY_FILES_MAX, type LibraryFile, type LibraryFileUpload } from '../../../shared/knowledge';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, conflict, forbidden, notFound } from '../../platform/errors';
import { attachmentProblem } from '../../platform/uploads';
import { canReview } from './knowledge.rules';
import { libraryEntries as e } from './knowledge.schema';
import { getEntry } from './knowledge.service';

/** The stored form of an attachment: what the API shows plus where its bytes are. */
export type StoredFile = LibraryFile & { storageKey: string };

/**
 * Attach a PDF or image to an entry: its proposer while it waits for review, or a reviewer at any
 * time. Checked by type, first bytes and size; at most LIBRARY_FILES_MAX per entry; audited.
 */
export async function attachFile(ctx: AppContext, user: SessionUser, entryId: string, up: LibraryFileUpload): Promise<LibraryFile> {
  const entry = await getEntry(ctx, user, entryId);
  if (!canReview(user) && !(entry.mine && entry.status === 'proposed')) throw forbidden('Only the proposer, before review, and programme managers attach files');
  const bytes = Buffer.from(up.dataBase64, 'base64');
  const problem = LIBRARY_FILE_TYPES.includes(up.contentType as (typeof LIBRARY_FILE_TYPES)[number])
    ? attachmentProblem({ filename: up.filename, contentType: up.contentType, bytes })
    : { code: 'type', message: 'only PDF, PNG or JPEG files' };
  if (problem) throw badRequest('File refused', [{ path: 'dataBase64', message: problem.message, code: problem.code }]);
  const file: StoredFile = { id: randomUUID(), filename: up.filename, contentType: up.contentType, size: bytes.length, storageKey: randomUUID() };
  await ctx.files.put(file.storageKey, bytes);
  try {
    await ctx.db.transaction(async (tx) => {
      const [row] = await tx.select({ files: e.files }).from(e).where(eq(e.id, entryId)).for('update');
      const files = (row?.files ?? []) as StoredFile[];
      if (files.length >= LIBRARY_FILES_MAX) throw conflict('library_files_full', `An entry takes at most ${LIBRARY_FILES_MAX} files`, { max: LIBRARY_FILES_MAX });
      await tx.update(e).set({ files: [...files, file] }).where(eq(e.id, entryId));
      await audit(tx, { actorId: user.id, action: 'library.attach', entityType: 'library_entry', entityId: entryId, after: { fileId: file.id, filename: file.filename } });
    });
  } catch (err) {
    await ctx.files.delete(file.storageKey); // nothing half-written: no orphan bytes either
    throw err;
  }
  const { storageKey: _key, ...shown } = file;
  return shown;
}

/** The bytes of an attachment, for whoever may read the entry. */
export async function readAttachment(ctx: AppContext, user: SessionUser | null, entryId: string, fileId: string) {
  await getEntry(ctx, user, entryId);
  const [row] = await ctx.db.select({ files: e.files }).from(e).where(eq(e.id, entryId));
  const file = ((row?.files ?? []) as StoredFile[]).find((f) => f.id === fileId);
  const bytes = file ? await ctx.files.get(file.storageKey) : null;
  if (!file || !bytes) throw notFound('No such file');
  return { ...file, bytes };
}

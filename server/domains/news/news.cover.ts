import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { SessionUser } from '../../../shared/accounts';
import { coverPath, type NewsCoverUpload, type NewsPost } from '../../../shared/news';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { badRequest, forbidden, notFound } from '../../platform/errors';
import { attachmentProblem } from '../../platform/uploads';
import { canWriteNews } from './news.policy';
import { newsPosts } from './news.schema';
import { dropOldCover, STORE_PREFIX, uploadedCoverKey } from './news.coverStore';
import { getNews } from './news.service';

/*
 * A news post's cover image, uploaded rather than typed: the bytes go to the file store under a fresh
 * key, and the post's coverImage becomes the path that serves them, so pages, the feed and the share
 * tags keep reading one field. Replacing or removing a cover deletes the old bytes after the commit.
 */

/** Upload a PNG or JPEG as the post's cover (programme managers and admins; audited). */
export async function setNewsCover(ctx: AppContext, user: SessionUser, postId: string, up: NewsCoverUpload): Promise<NewsPost> {
  if (!canWriteNews(user)) throw forbidden('Only programme managers and admins change news posts');
  const before = await getNews(ctx, user, postId);
  const bytes = Buffer.from(up.dataBase64, 'base64');
  const problem = attachmentProblem({ filename: up.filename, contentType: up.contentType, bytes });
  if (problem) throw badRequest('Image refused', [{ path: 'dataBase64', message: problem.message, code: problem.code }]);
  const key = randomUUID();
  const path = coverPath(postId, key, up.contentType);
  await ctx.files.put(STORE_PREFIX + key, bytes);
  try {
    await ctx.db.transaction(async (tx) => {
      await tx.update(newsPosts).set({ coverImage: path, updatedAt: sql`now()` }).where(eq(newsPosts.id, postId));
      await audit(tx, { actorId: user.id, action: 'news.cover', entityType: 'news', entityId: postId, before: { coverImage: before.coverImage }, after: { coverImage: path, filename: up.filename } });
    });
  } catch (err) {
    await ctx.files.delete(STORE_PREFIX + key); // nothing half-written: no orphan bytes either
    throw err;
  }
  await dropOldCover(ctx, postId, before.coverImage, path);
  return getNews(ctx, user, postId);
}

/** The bytes of a post's current cover, for whoever may read the post (a draft's cover stays private). */
export async function readNewsCover(ctx: AppContext, reader: SessionUser | null, postId: string, file: string) {
  const post = await getNews(ctx, reader, postId);
  const path = `/api/news/${postId}/cover/${file}`;
  const key = uploadedCoverKey(postId, path);
  const bytes = key && post.coverImage === path ? await ctx.files.get(STORE_PREFIX + key) : null;
  if (!bytes) throw notFound('No such image');
  return { bytes, contentType: path.endsWith('.png') ? 'image/png' : 'image/jpeg' };
}

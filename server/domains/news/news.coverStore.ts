import type { AppContext } from '../../platform/context';

/** Where uploaded news covers' bytes live in the file store, and how a cover path names them. */
export const STORE_PREFIX = 'news-cover-';
const PATH = /^\/api\/news\/([0-9a-f-]{36})\/cover\/([0-9a-f-]{36})\.(png|jpg)$/;

/** The stored key behind a post's uploaded cover path, or null for a typed path (e.g. /og-image.png). */
export function uploadedCoverKey(postId: string, coverImage: string | null): string | null {
  const m = coverImage ? PATH.exec(coverImage) : null;
  return m && m[1] === postId ? m[2]! : null;
}

/** Forget the bytes of a cover the post no longer shows (best effort: a leftover file harms no one). */
export async function dropOldCover(ctx: AppContext, postId: string, before: string | null, after: string | null) {
  const key = uploadedCoverKey(postId, before);
  if (key && before !== after) await ctx.files.delete(STORE_PREFIX + key).catch(() => undefined);
}


import type { NewsPost } from '../../../../shared/news';
import type { SessionUser } from '../../../../shared/accounts';

/** A post's title, summary and body in the reader's language. */
export function inLang(post: NewsPost, lang: string): { title: string; summary: string; body: string } {
  return lang.startsWith('tr') ? { title: post.titleTr, summary: post.summaryTr, body: post.bodyTr } : { title: post.titleEn, summary: post.summaryEn, body: post.bodyEn };
}

/** Programme managers and admins write news (the server checks it again). */
export function mayWriteNews(user: SessionUser | null): boolean {
  return user?.role === 'admin' || user?.role === 'programme_manager';
}

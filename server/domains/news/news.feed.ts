import { newsPath, type NewsPost } from '../../../shared/news';

/*
 * The Atom feed (RFC 4287) of published news, one per language: a pure builder from posts to text,
 * with every value escaped, so the route only fetches posts and sends the result.
 */

export type FeedLang = 'tr' | 'en';

// Characters XML 1.0 forbids outright: escaping cannot make them legal, so they are dropped.
// eslint-disable-next-line no-control-regex -- matching those controls is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML content and in a double-quoted attribute. */
export function xmlText(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

const TITLES: Record<FeedLang, { title: string; subtitle: string }> = {
  tr: { title: 'TwinBridge — Haberler', subtitle: 'Türkiye ile AB arasında kardeş şehir programının haberleri' },
  en: { title: 'TwinBridge — News', subtitle: 'News of the town twinning programme between Turkey and the EU' },
};

export interface FeedInput {
  lang: FeedLang;
  /** Base URL of the site, without a trailing slash (links are absolute, as feed readers need). */
  baseUrl: string;
  /** Published posts, newest first. */
  posts: readonly NewsPost[];
  /** When the feed changed if it has no posts (a fixed date keeps the output deterministic). */
  emptyUpdated: string;
}

/** The feed's own stable id: a tag URI (RFC 4151) on the site's host, one per language. */
export function feedId(baseUrl: string, lang: FeedLang): string {
  return `tag:${new URL(baseUrl).hostname},2026:news:${lang}`;
}

/** The feed's URL for a language (its rel=self link). */
export function feedUrl(baseUrl: string, lang: FeedLang): string {
  return `${baseUrl}/api/feed.atom?lang=${lang}`;
}

function entry(post: NewsPost, lang: FeedLang, baseUrl: string): string {
  const title = lang === 'tr' ? post.titleTr : post.titleEn;
  const summary = lang === 'tr' ? post.summaryTr : post.summaryEn;
  const link = `${baseUrl}${newsPath(post.id)}`;
  const categories = post.themes.map((t) => `    <category term="${xmlText(t)}"/>\n`).join('');
  return (
    '  <entry>\n' +
    `    <id>urn:uuid:${xmlText(post.id)}</id>\n` +
    `    <title type="text">${xmlText(title)}</title>\n` +
    `    <updated>${xmlText(post.updatedAt)}</updated>\n` +
    (post.publishedAt ? `    <published>${xmlText(post.publishedAt)}</published>\n` : '') +
    `    <author><name>${xmlText(post.authorName)}</name></author>\n` +
    `    <link rel="alternate" type="text/html" hreflang="${lang}" href="${xmlText(link)}"/>\n` +
    categories +
    `    <summary type="text">${xmlText(summary)}</summary>\n` +
    '  </entry>\n'
  );
}

/** The whole feed document: feed metadata, then one entry per post in the order given. */
export function atomFeed(input: FeedInput): string {
  const { lang, baseUrl, posts } = input;
  const updated = posts.reduce((latest, p) => (p.updatedAt > latest ? p.updatedAt : latest), posts.length ? '' : input.emptyUpdated);
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">\n` +
    `  <id>${xmlText(feedId(baseUrl, lang))}</id>\n` +
    `  <title type="text">${xmlText(TITLES[lang].title)}</title>\n` +
    `  <subtitle type="text">${xmlText(TITLES[lang].subtitle)}</subtitle>\n` +
    `  <updated>${xmlText(updated)}</updated>\n` +
    `  <author><name>TwinBridge</name></author>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feedUrl(baseUrl, lang))}"/>\n` +
    `  <link rel="alternate" type="text/html" hreflang="${lang}" href="${xmlText(`${baseUrl}/news`)}"/>\n` +
    posts.map((p) => entry(p, lang, baseUrl)).join('') +
    '</feed>\n'
  );
}

/*
 * Open Graph and Twitter card tags for the web app's index.html, so a shared link shows a title, a
 * summary and an image. Pure: the platform knows no domain; the app passes a resolver that does.
 */

export interface ShareTags {
  title: string;
  description: string;
  /** Absolute URL of the image. */
  image: string;
  /** Absolute URL of the page. */
  url: string;
  /** og:type: `article` for a news post, `website` otherwise. */
  type?: 'website' | 'article';
  lang: 'tr' | 'en';
}

/** The tags for a page path (no query) in a language; never throws for a path it does not know. */
export type ShareResolver = (path: string, lang: 'tr' | 'en') => Promise<ShareTags>;

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an HTML element or a double-quoted attribute. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Shortens to at most `max` characters at a word boundary, with an ellipsis, collapsing white space. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The meta tags of a page, every value escaped. */
export function shareMeta(tags: ShareTags): string {
  const og = (p: string, v: string) => `<meta property="${p}" content="${htmlText(v)}" />`;
  const tw = (n: string, v: string) => `<meta name="${n}" content="${htmlText(v)}" />`;
  return [
    tw('description', tags.description),
    og('og:site_name', 'TwinBridge'),
    og('og:type', tags.type ?? 'website'),
    og('og:title', tags.title),
    og('og:description', tags.description),
    og('og:url', tags.url),
    og('og:image', tags.image),
    og('og:locale', tags.lang === 'tr' ? 'tr_TR' : 'en_GB'),
    tw('twitter:card', 'summary_large_image'),
    tw('twitter:title', tags.title),
    tw('twitter:description', tags.description),
    tw('twitter:image', tags.image),
    `<link rel="canonical" href="${htmlText(tags.url)}" />`,
  ].join('\n    ');
}

/**
 * index.html with the page's title and share tags: the built file's own description meta and title are
 * replaced, the tags go just before </head>, and <html lang> says the language they are in.
 */
export function withShareTags(html: string, tags: ShareTags): string {
  return html
    .replace(/<html lang="[^"]*"/i, `<html lang="${tags.lang}"`)
    .replace(/<meta name="description"[^>]*>\s*/i, '')
    .replace(/<title>[^<]*<\/title>/i, `<title>${htmlText(tags.title)}</title>`)
    .replace(/<\/head>/i, `  ${shareMeta(tags)}\n  </head>`);
}

/** The language a link preview is made in: Turkish when the client asks for it first, else English. */
export function shareLang(acceptLanguage: string | undefined): 'tr' | 'en' {
  return /^\s*tr\b/i.test(acceptLanguage ?? '') ? 'tr' : 'en';
}

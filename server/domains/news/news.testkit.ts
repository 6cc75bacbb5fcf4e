import { validateXML } from 'xmllint-wasm';
import type { Agent } from '../../test/harness';
import type { NewsInput, NewsPost } from '../../../shared/news';

// Helpers of the news tests: a post's input, writing and publishing one, and reading XML with the
// real xmllint parser (well-formedness and XPath), as no XML parser library is kept.

/** A full, valid post input; `over` replaces fields. */
export function postInput(over: Partial<NewsInput> = {}): NewsInput {
  return {
    titleTr: 'Yeni kardeş şehir anlaşması',
    titleEn: 'A new twinning agreement',
    summaryTr: 'İki belediye niyet mektubu imzaladı.',
    summaryEn: 'Two municipalities signed a letter of intent.',
    bodyTr: 'Ayrıntılar burada.',
    bodyEn: 'The details are here.',
    themes: ['environment'],
    coverImage: null,
    ...over,
  };
}

/** A draft written by this agent, then published unless asked not to. */
export async function written(agent: Agent, over: Partial<NewsInput> = {}, publish = true): Promise<NewsPost> {
  const res = await agent.request('POST', '/api/news', postInput(over));
  if (res.statusCode !== 201) throw new Error(`news: ${res.statusCode} ${res.body}`);
  const post = res.json() as NewsPost;
  if (!publish) return post;
  const pub = await agent.request('POST', `/api/news/${post.id}/publish`);
  if (pub.statusCode !== 200) throw new Error(`publish: ${pub.statusCode} ${pub.body}`);
  return pub.json() as NewsPost;
}

/** Parse errors of an XML document (empty when it is well-formed), from xmllint itself. */
export async function xmlErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'c14n' });
  return r.errors.map((e) => e.rawMessage);
}

/** The string value of an XPath 1.0 expression over the document, evaluated by xmllint (`a:` is the Atom namespace). */
export async function xpath(xml: string, expr: string): Promise<string> {
  // xmllint's --xpath has no namespace binding: spell the Atom namespace with local-name() and namespace-uri().
  const atom = (name: string) => `*[local-name()='${name}' and namespace-uri()='http://www.w3.org/2005/Atom']`;
  const expanded = expr.replace(/a:([a-z]+)/g, (_m, name: string) => atom(name));
  const r = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], normalization: 'format', modifyArguments: (args) => ['--xpath', expanded, ...args.filter((a) => a !== '--format')] });
  if (!r.valid) throw new Error(r.errors.map((e) => e.rawMessage).join('\n'));
  return r.normalized.replace(/\n$/, '');
}

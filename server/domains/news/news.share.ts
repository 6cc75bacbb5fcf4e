import { displayNameText, type NamedAuthority } from '../../../shared/authorityNames';
import { STATUS_LABELS } from '../../../shared/twinnings.labels';
import type { AppContext } from '../../platform/context';
import { HttpError } from '../../platform/errors';
import { clip, type ShareResolver, type ShareTags } from '../../platform/share';
import type { AuthorityProfile } from '../../../shared/authorities';
import { profileAnswers } from '../authorities/authorities.answers';
import { getProject } from '../grants/awards/grants.projects.service';
import { getConsultation } from '../participation/participation.service';
import { twinningWithTimeline } from '../twinnings/twinnings.lifecycle.service';
import { publicNews } from './news.service';
import { listTags, sharePage, siteTags, type SharePage } from './news.share.rules';

type Lang = 'tr' | 'en';
const DESCRIPTION_MAX = 200;
const TITLE_MAX = 90;

const country = (code: string | null, lang: Lang) => (code ? (new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code) : '');
const WORDS = {
  tr: { twinning: 'Kardeş şehir', between: (a: string, b: string) => `${a} ile ${b} arasında kardeş şehir ilişkisi`, profile: (n: string, c: string) => `${n} (${c}): TwinBridge'deki profili, kardeş şehirleri ve ortak arayışları.`, project: 'Hibe projesi' },
  en: { twinning: 'Twinning', between: (a: string, b: string) => `Twinning between ${a} and ${b}`, profile: (n: string, c: string) => `${n} (${c}): its profile, twinnings and partner requests on TwinBridge.`, project: 'Grant project' },
};

/** The title and description of a page that names one thing, as an anonymous reader would see it. */
async function entityText(ctx: AppContext, page: Extract<SharePage, { id: string }>, lang: Lang): Promise<{ title: string; description: string; image?: string; type?: 'article' } | null> {
  const w = WORDS[lang];
  switch (page.kind) {
    case 'authority': {
      // The signed-out profile as kept for the profile page's own call (the same words, no query).
      const a = JSON.parse((await profileAnswers(ctx).answer(page.id)).text) as AuthorityProfile;
      const name = displayNameText(a as NamedAuthority, lang);
      const own = lang === 'tr' ? a.descriptionTr : a.descriptionEn;
      return { title: name, description: own.trim() || w.profile(name, country(a.country, lang)) };
    }
    case 'twinning': {
      const t = await twinningWithTimeline(ctx, page.id, null); // the public view: share cards are public
      const [a, b] = [t.a, t.b].map((s) => displayNameText(s as NamedAuthority, lang));
      return { title: `${a} – ${b}`, description: `${w.between(a!, b!)} · ${STATUS_LABELS[lang][t.status]}` };
    }
    case 'project': {
      const p = await getProject(ctx, page.id);
      return { title: lang === 'tr' ? p.titleTr : p.titleEn, description: `${w.project} ${p.reference}: ${lang === 'tr' ? p.summaryTr : p.summaryEn}` };
    }
    case 'consultation': {
      const c = await getConsultation(ctx, null, page.id);
      return { title: c.title[lang], description: c.description[lang] };
    }
    case 'newsPost': {
      const n = await publicNews(ctx, page.id);
      if (!n) return null;
      return { title: lang === 'tr' ? n.titleTr : n.titleEn, description: lang === 'tr' ? n.summaryTr : n.summaryEn, ...(n.coverImage ? { image: n.coverImage } : {}), type: 'article' };
    }
  }
}

/**
 * Share tags for the web app's pages: a public page names its authority, twinning, project,
 * consultation or news post; anything unknown, private or missing gets the site's own tags.
 */
export function shareResolver(ctx: AppContext): ShareResolver {
  const base = ctx.config.publicUrl;
  return async (path: string, lang: Lang): Promise<ShareTags> => {
    const page = sharePage(path);
    if (!('id' in page)) return listTags(page, lang, base, path);
    const site = siteTags(lang, base, path);
    try {
      const text = await entityText(ctx, page, lang);
      if (!text) return site;
      return { ...site, title: `${clip(text.title, TITLE_MAX)} — TwinBridge`, description: clip(text.description, DESCRIPTION_MAX) || site.description, image: text.image ? `${base}${text.image}` : site.image, type: text.type ?? 'website' };
    } catch (err) {
      // A page the public may not read, or that does not exist, shares as the site does.
      if (err instanceof HttpError) return site;
      throw err;
    }
  };
}

import type { ActivityBody } from '../../../../shared/twinnings';
import type { Lang } from '../../i18n';

/** A two-language text in the UI language, else the other one (marked as such), else nothing. */
export function localized(lang: Lang, en: string, tr: string): { text: string; lang: Lang; fallback: boolean } | null {
  const own = (lang === 'tr' ? tr : en).trim();
  if (own) return { text: own, lang, fallback: false };
  const otherLang: Lang = lang === 'tr' ? 'en' : 'tr';
  const other = (otherLang === 'tr' ? tr : en).trim();
  return other ? { text: other, lang: otherLang, fallback: true } : null;
}

/** The activity form's values, as typed. */
export interface ActivityValues {
  kind: ActivityBody['kind'];
  title: string;
  startsOn: string;
  endsOn: string;
  themes: string[];
  participants: Record<string, number | string>;
  descriptionEn: string;
  descriptionTr: string;
}

/** The API body from the form: trimmed, empty parts left out, only positive whole participant counts. */
export function toActivityBody(v: ActivityValues): ActivityBody {
  const participants: Record<string, number> = {};
  for (const [group, raw] of Object.entries(v.participants)) {
    const n = typeof raw === 'number' ? raw : Number(raw);
    if (Number.isInteger(n) && n > 0) participants[group] = n;
  }
  const body: ActivityBody = { kind: v.kind, title: v.title.trim(), startsOn: v.startsOn };
  if (v.endsOn) body.endsOn = v.endsOn;
  if (v.themes.length) body.themes = v.themes as ActivityBody['themes'];
  if (Object.keys(participants).length) body.participants = participants;
  if (v.descriptionEn.trim()) body.descriptionEn = v.descriptionEn.trim();
  if (v.descriptionTr.trim()) body.descriptionTr = v.descriptionTr.trim();
  return body;
}

/** Problems the form can see itself, by field, as i18n keys. */
export function activityProblems(v: ActivityValues): Partial<Record<'title' | 'startsOn' | 'endsOn', string>> {
  const out: Partial<Record<'title' | 'startsOn' | 'endsOn', string>> = {};
  if (v.title.trim().length < 3) out.title = 'twinnings.activities.form.titleShort';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.startsOn)) out.startsOn = 'twinnings.activities.form.dateRequired';
  if (v.endsOn && v.startsOn && v.endsOn < v.startsOn) out.endsOn = 'twinnings.activities.form.endBeforeStart';
  return out;
}

import type { TFunction } from 'i18next';
import { eventInput, type Event, type EventInput, type EventKind } from '../../../../shared/events';
import type { Theme } from '../../../../shared/themes';
import { fromZonedLocal, toZonedLocal } from '../../../../shared/zoned';

type Pair = { tr: string; en: string };

/** The creation form as typed: times as wall times in the chosen zone, the place's fields for both modes. */
export interface EventDraft {
  kind: EventKind;
  title: Pair;
  description: Pair;
  themes: Theme[];
  startsAt: string;
  endsAt: string;
  timeZone: string;
  registrationDeadline: string;
  mode: 'in_person' | 'online';
  authorityCode: string | null;
  address: string;
  link: string;
  capacity: number | string;
  language: string;
  hours: number | string;
  organiserAuthorityCode: string | null;
  materials: { title: string; url: string }[];
  /** Names of the authorities the form starts with (an edited event's), shown before any search. */
  names?: Record<string, string>;
}

/** A fresh form; an officer's events are organised by, and by default held at, their own authority. */
export const emptyEventDraft = (ownAuthority: string | null = null): EventDraft => ({
  kind: 'training', title: { tr: '', en: '' }, description: { tr: '', en: '' }, themes: [],
  startsAt: '', endsAt: '', timeZone: 'Europe/Istanbul', registrationDeadline: '',
  mode: 'in_person', authorityCode: ownAuthority, address: '', link: '',
  capacity: 30, language: 'tr', hours: 6, organiserAuthorityCode: ownAuthority, materials: [],
});

/** The problem code of a schema check that carries none of ours (formats, lengths, a missing field). */
function fallbackCode(path: string): string {
  if (path === 'startsAt' || path === 'endsAt' || path === 'registrationDeadline') return 'time_required';
  if (path === 'place.link' || path.endsWith('.url')) return 'link_invalid';
  if (path === 'place.authorityCode') return 'authority_required';
  if (path === 'place.address') return 'address_required';
  if (path === 'capacity') return 'capacity_invalid';
  if (path === 'hours') return 'hours_invalid';
  if (path.startsWith('materials.')) return 'material_title';
  return 'invalid';
}

/** A number field's value, or NaN when empty, so the schema says it is missing. */
const num = (v: number | string): number => (typeof v === 'number' ? v : v.trim() === '' ? Number.NaN : Number(v));

/**
 * The draft checked by the shared schema: the body to send, or a translated message per field path
 * ('place.address', 'endsAt'…) from the schema's problem codes.
 */
export function checkEventDraft(d: EventDraft, t: TFunction): { body: EventInput } | { errors: Record<string, string> } {
  const parsed = eventInput.safeParse({
    kind: d.kind,
    title: d.title,
    description: d.description,
    themes: d.themes,
    startsAt: d.startsAt,
    endsAt: d.endsAt,
    timeZone: d.timeZone,
    registrationDeadline: d.registrationDeadline.trim() === '' ? null : d.registrationDeadline,
    place: d.mode === 'online' ? { mode: 'online', link: d.link.trim() } : { mode: 'in_person', authorityCode: d.authorityCode ?? '', address: d.address },
    capacity: num(d.capacity),
    language: d.language,
    hours: num(d.hours),
    organiserAuthorityCode: d.organiserAuthorityCode,
    materials: d.materials.filter((m) => m.title.trim() !== '' || m.url.trim() !== '').map((m) => ({ title: m.title, url: m.url.trim() })),
  });
  if (parsed.success) return { body: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    const code = (issue as { params?: { code?: string } }).params?.code ?? fallbackCode(path);
    errors[path] ??= t(`events.form.problems.${code}`, { defaultValue: t('events.form.problems.invalid') });
  }
  // The schema checks the order of the times only once every field is valid: say it now, with the rest.
  const starts = fromZonedLocal(d.startsAt, d.timeZone);
  const ends = fromZonedLocal(d.endsAt, d.timeZone);
  if (starts && ends && Date.parse(ends) <= Date.parse(starts)) errors.endsAt ??= t('events.form.problems.ends_before_starts');
  return { errors };
}

/**
 * The form filled from an event as the API shows it, for editing: wall times in its own zone (the
 * deadline too, which the server always stores), the online link as its manager sees it.
 */
export function draftOfEvent(e: Event): EventDraft {
  return {
    kind: e.kind, title: { ...e.title }, description: { ...e.description }, themes: [...e.themes],
    startsAt: e.startsLocal, endsAt: e.endsLocal, timeZone: e.timeZone,
    registrationDeadline: toZonedLocal(e.registrationDeadline, e.timeZone),
    mode: e.place.mode,
    authorityCode: e.place.mode === 'in_person' ? e.place.authorityCode : null,
    address: e.place.mode === 'in_person' ? e.place.address : '',
    link: e.onlineLink ?? '',
    capacity: e.capacity, language: e.language, hours: e.hours,
    organiserAuthorityCode: e.organiser.authorityCode,
    materials: e.materials.map((m) => ({ ...m })),
    names: {
      ...(e.place.mode === 'in_person' ? { [e.place.authorityCode]: e.place.authorityName } : {}),
      ...(e.organiser.authorityCode ? { [e.organiser.authorityCode]: e.organiser.name } : {}),
    },
  };
}

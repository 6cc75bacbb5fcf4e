import type { Theme } from '../../../../shared/themes';
import { el, xmlDocument, type XmlAttrs, type XmlElement } from './iati.xml';

/**
 * The IATI 2.03 activity file of a grant scheme's awarded projects: one <iati-activity> per project,
 * children in the order the schema's sequence demands. Pure: the clock comes in as `generatedAt`.
 */
export type IatiProjectStatus = 'contracted' | 'implementation' | 'completed' | 'closed' | 'cancelled';

export interface IatiProject {
  id: string;
  titleEn: string;
  titleTr: string;
  descriptionEn: string;
  descriptionTr: string;
  status: IatiProjectStatus;
  /** YYYY-MM-DD */
  startDate: string | null;
  endDate: string | null;
  lead: { code: string; name: string; country: 'TR' };
  partners: Array<{ code: string | null; name: string; country: string }>;
  provinceName: string | null;
  theme: string;
  grantCents: number;
  currency: 'EUR';
  commitmentDate: string;
  /** Money paid out; a recovery order is reported as a negative disbursement (money back from the beneficiary). */
  disbursements: Array<{ date: string; amountCents: number; kind: 'pre_financing' | 'interim' | 'final' | 'recovery' }>;
  /** A DAC 5-digit purpose code that overrides the theme's. */
  sectorCode?: string;
}

export interface IatiInput {
  /** ISO datetime of the export. */
  generatedAt: string;
  /** `type` is an IATI OrganisationType code ('10' government, '40' multilateral, ...). */
  reportingOrg: { ref: string; name: string; type: string };
  /** The parent activity: projects point to `<reportingOrg.ref>-<id>` (its title lives in that record). */
  programme: { id: string; title: string };
  projects: IatiProject[];
}

/** IATI ActivityStatus: a contracted project has not started yet (pipeline); completed awaits closure. */
export const ACTIVITY_STATUS: Readonly<Record<IatiProjectStatus, string>> = {
  contracted: '1',
  implementation: '2',
  completed: '3',
  closed: '4',
  cancelled: '5',
};

/** DAC 5-digit purpose codes (sector vocabulary 1) per theme; the Record type forces a row per new theme. */
export const SECTOR_BY_THEME: Readonly<Record<Theme, string>> = {
  environment: '41010', // environmental policy and administrative management
  energy: '23110', // energy policy and administrative management
  climate_change: '41010',
  smart_cities: '43030', // urban development and management
  recycling: '14050', // waste management / disposal
  sustainable_tourism: '33210', // tourism policy and administrative management
  youth_and_sports: '16061', // culture and recreation
  culture: '16061',
  migration_management: '15190', // facilitation of orderly, safe, regular migration and mobility
  rural_development: '43040',
};

/** DAC "sectors not specified", for a theme added to the platform before it got a row above. */
export const SECTOR_UNSPECIFIED = '99810';

/** IATI OrganisationType of every authority (lead or partner): local government. */
const AUTHORITY_ORG_TYPE = '11';
const ROLE = { funding: '1', implementing: '4' } as const;
// IATI ActivityDateType and TransactionType codes.
const DATE_TYPE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;
const TRANSACTION = { commitment: '2', disbursement: '3' } as const;

const STARTED: ReadonlySet<IatiProjectStatus> = new Set(['implementation', 'completed', 'closed']);
const ENDED: ReadonlySet<IatiProjectStatus> = new Set(['completed', 'closed']);

const PAYMENT_TEXT = {
  commitment: { en: 'Grant contract', tr: 'Hibe sözleşmesi' },
  pre_financing: { en: 'Pre-financing payment', tr: 'Ön finansman ödemesi' },
  interim: { en: 'Interim payment', tr: 'Ara ödeme' },
  final: { en: 'Final payment', tr: 'Nihai ödeme' },
  recovery: { en: 'Recovery order', tr: 'Geri ödeme talimatı' },
} as const;

/** Formats integer cents as a decimal with two places, by string arithmetic (no float rounding). */
export function eurosFromCents(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`cents must be a safe integer, got ${cents}`);
  const digits = Math.abs(cents).toString().padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** The DAC purpose code of a project: its own override, else its theme's, else "not specified". */
export function sectorFor(theme: string, override?: string): string {
  if (override) return override;
  return Object.hasOwn(SECTOR_BY_THEME, theme) ? SECTOR_BY_THEME[theme as Theme] : SECTOR_UNSPECIFIED;
}

// English always (the file's default language), Turkish when given: no empty translation is published.
function bilingual(tag: string, en: string, tr: string, attrs: XmlAttrs = {}): XmlElement {
  const narrative = (lang: string, text: string) => el('narrative', { 'xml:lang': lang }, text.trim());
  return el(tag, attrs, [narrative('en', en), ...(tr.trim() === '' ? [] : [narrative('tr', tr)])]);
}

// An organisation element (reporting, participating, provider, receiver); no ref when it has no code.
function orgEl(tag: string, ref: string | null, type: string, name: string, role?: string): XmlElement {
  return el(tag, { ref, type, role }, [el('narrative', {}, name)]);
}

function participatingOrgs({ reportingOrg: funder }: IatiInput, p: IatiProject): XmlElement[] {
  const party = 'participating-org';
  // Partners carry out the project with the lead; none of them manages the funder's money (extending).
  return [
    orgEl(party, funder.ref, funder.type, funder.name, ROLE.funding),
    orgEl(party, p.lead.code, AUTHORITY_ORG_TYPE, p.lead.name, ROLE.implementing),
    ...p.partners.map((o) => orgEl(party, o.code, AUTHORITY_ORG_TYPE, o.name, ROLE.implementing)),
  ];
}

// A date is reported as actual only when the status says it happened and it is not after the export day.
function activityDates(p: IatiProject, today: string): XmlElement[] {
  const date = (type: string, isoDate: string) => el('activity-date', { type, 'iso-date': isoDate });
  // Without a start date the contract (commitment) date stands in as the planned start.
  const start = p.startDate ?? p.commitmentDate;
  const started = p.startDate !== null && STARTED.has(p.status) && start <= today;
  const dates = [date(started ? DATE_TYPE.actualStart : DATE_TYPE.plannedStart, start)];
  if (p.endDate !== null) {
    const ended = ENDED.has(p.status) && p.endDate <= today;
    dates.push(date(ended ? DATE_TYPE.actualEnd : DATE_TYPE.plannedEnd, p.endDate));
  }
  return dates;
}

function location(provinceName: string | null): XmlElement[] {
  if (provinceName === null || provinceName.trim() === '') return [];
  // Reach 1: the activity happens there; class 1 + ADM1: a first-level administrative area (a Turkish il).
  return [
    el('location', {}, [
      el('location-reach', { code: '1' }),
      el('name', {}, [el('narrative', {}, provinceName.trim())]),
      el('location-class', { code: '1' }),
      el('feature-designation', { code: 'ADM1' }),
    ]),
  ];
}

function transaction(
  input: IatiInput,
  p: IatiProject,
  type: string,
  date: string,
  cents: number,
  text: { en: string; tr: string },
): XmlElement {
  const { reportingOrg } = input;
  return el('transaction', {}, [
    el('transaction-type', { code: type }),
    el('transaction-date', { 'iso-date': date }),
    el('value', { 'value-date': date }, eurosFromCents(cents)),
    bilingual('description', text.en, text.tr),
    orgEl('provider-org', reportingOrg.ref, reportingOrg.type, reportingOrg.name),
    orgEl('receiver-org', p.lead.code, AUTHORITY_ORG_TYPE, p.lead.name),
  ]);
}

function transactions(input: IatiInput, p: IatiProject): XmlElement[] {
  // Payments in date order (stable for equal dates), whatever order the caller listed them in.
  const payments = [...p.disbursements].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [
    transaction(input, p, TRANSACTION.commitment, p.commitmentDate, p.grantCents, PAYMENT_TEXT.commitment),
    ...payments.map((d) =>
      transaction(input, p, TRANSACTION.disbursement, d.date, d.kind === 'recovery' ? -d.amountCents : d.amountCents, PAYMENT_TEXT[d.kind]),
    ),
  ];
}

function activity(input: IatiInput, p: IatiProject): XmlElement {
  const { reportingOrg } = input;
  // hierarchy 2 + related-activity type 1: each project is a child of the programme's own activity record.
  const attrs = { 'xml:lang': 'en', 'default-currency': p.currency, hierarchy: '2' };
  return el('iati-activity', attrs, [
    el('iati-identifier', {}, `${reportingOrg.ref}-${p.id}`),
    orgEl('reporting-org', reportingOrg.ref, reportingOrg.type, reportingOrg.name),
    bilingual('title', p.titleEn, p.titleTr),
    bilingual('description', p.descriptionEn, p.descriptionTr, { type: '1' }),
    ...participatingOrgs(input, p),
    el('activity-status', { code: ACTIVITY_STATUS[p.status] }),
    ...activityDates(p, input.generatedAt.slice(0, 10)),
    el('recipient-country', { code: p.lead.country, percentage: '100' }),
    ...location(p.provinceName),
    el('sector', { vocabulary: '1', code: sectorFor(p.theme, p.sectorCode), percentage: '100' }),
    ...transactions(input, p),
    el('related-activity', { ref: `${reportingOrg.ref}-${input.programme.id}`, type: '1' }),
  ]);
}

/** The IATI 2.03 activity file (XML text) of the given awarded projects, in the order given. */
export function iatiActivities(input: IatiInput): string {
  const root = el(
    'iati-activities',
    { version: '2.03', 'generated-datetime': input.generatedAt },
    input.projects.map((p) => activity(input, p)),
  );
  return xmlDocument(root);
}

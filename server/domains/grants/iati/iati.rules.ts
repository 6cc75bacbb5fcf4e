import type { Theme } from '../../../../shared/themes';
import { budgets, defaultTypes, transactions } from './iati.finance';
import type { IatiMoney } from './iati.money.rules';
import type { IatiOrg } from './iati.orgs';
import { AUTHORITY_ORG_TYPE, bilingual, orgEl } from './iati.orgs.xml';
import { el, xmlDocument, type XmlElement } from './iati.xml';

export { eurosFromCents } from './iati.money.rules';
export { DEFAULT_TYPES } from './iati.finance';

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
  currency: 'EUR';
  /** The grant contract's money: signature, commitment, changes, payments (see iati.money.rules). */
  money: IatiMoney;
  /** The application's planned costs per project year (index 0 is year 1): how the budget spreads. */
  costsByYear: number[];
  /** A DAC 5-digit purpose code that overrides the theme's. */
  sectorCode?: string;
}

export interface IatiInput {
  /** ISO datetime of the export. */
  generatedAt: string;
  /** The publisher of the file: the platform, with the identifier the operator configured. */
  reportingOrg: IatiOrg & { ref: string };
  /** Who funds the grants (the EU) and who signs and pays them (the contracting authority). */
  funder: IatiOrg;
  extendingOrg: IatiOrg;
  /** The parent activity: projects point to `<reportingOrg.ref>-<id>` (its title lives in that record). */
  programme: { id: string; title: string };
  projects: IatiProject[];
}

/**
 * IATI ActivityStatus: 1 pipeline (awarded or signed, not started), 2 implementation, 3 finalisation
 * (ended, final report and payment or closure still to come), 4 closed, 5 cancelled.
 */
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

/** IATI OrganisationRole: 1 funding, 3 extending (manages the funds on the funder's behalf), 4 implementing. */
const ROLE = { funding: '1', extending: '3', implementing: '4' } as const;
// IATI ActivityDateType codes.
const DATE_TYPE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;

const STARTED: ReadonlySet<IatiProjectStatus> = new Set(['implementation', 'completed', 'closed']);
const ENDED: ReadonlySet<IatiProjectStatus> = new Set(['completed', 'closed']);

/** The DAC purpose code of a project: its own override, else its theme's, else "not specified". */
export function sectorFor(theme: string, override?: string): string {
  if (override) return override;
  return Object.hasOwn(SECTOR_BY_THEME, theme) ? SECTOR_BY_THEME[theme as Theme] : SECTOR_UNSPECIFIED;
}

function participatingOrgs({ funder, extendingOrg }: IatiInput, p: IatiProject): XmlElement[] {
  const party = 'participating-org';
  // The publisher only reports: it neither funds nor manages the money, so it is no participant here.
  return [
    orgEl(party, funder.ref, funder.type, funder.name, ROLE.funding),
    orgEl(party, extendingOrg.ref, extendingOrg.type, extendingOrg.name, ROLE.extending),
    orgEl(party, p.lead.code, AUTHORITY_ORG_TYPE, p.lead.name, ROLE.implementing),
    ...p.partners.map((o) => orgEl(party, o.code, AUTHORITY_ORG_TYPE, o.name, ROLE.implementing)),
  ];
}

// A date is reported as actual only when the status says it happened and it is not after the export day.
function activityDates(p: IatiProject, today: string): XmlElement[] {
  const date = (type: string, isoDate: string) => el('activity-date', { type, 'iso-date': isoDate });
  // Without a start date the contract (commitment) date stands in as the planned start.
  const start = p.startDate ?? p.money.signedOn ?? today;
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
    ...defaultTypes(),
    ...budgets(p),
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

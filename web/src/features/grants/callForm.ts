import type { CallRules, EvaluationGrid, GridSection, SameCountrySide } from '../../../../shared/grants';
import type { CallBody } from '../../api/grants';
import { fromIstanbulLocal, toIstanbulLocal } from '../../../../shared/istanbul';
import { centsToInput, parseEuros } from './money';
import { bpToInput, parsePercent } from './percent';
import { conceptNoteGrid, DEFAULT_PRE_SELECTION_THRESHOLD } from '../../../../shared/grants.concept';

/**
 * The call editor's values: shaped like the API body so a server field path ('rules.minGrantCents',
 * 'rules.grid.sections.0.threshold') names the form field; money is typed in euros, rates in
 * percent and instants in Istanbul wall time, as text, and converted exactly on submit.
 */
export interface CriterionValues { uid: string; key: string; titleEn: string; titleTr: string; guidanceEn: string; guidanceTr: string; maxScore: number | string; weight: number | string }
export interface SectionValues { uid: string; key: string; titleEn: string; titleTr: string; criteria: CriterionValues[]; threshold: number | string; eliminatory: boolean; /** Kept as the grid has it (capacity: a sub-criterion at 1 eliminates); not edited in the form. */ eliminatoryCriterionScore?: number | null }

export interface GridValues { sections: SectionValues[]; overallThreshold: number | string }
/** The two grids the editor edits with the same builder: the call's (full applications) and the concept notes'. */
export type GridPath = 'grid' | 'conceptGrid';

export interface RulesValues {
  budgetCents: string;
  minGrantCents: string;
  maxGrantCents: string;
  minCoFinancingBp: string;
  maxIndirectBp: string;
  themes: string[];
  leadTypes: string[];
  leadCountries: string[];
  partnerCountries: string[];
  /** Empty: partners of every kind count. */
  partnerTypes: string[];
  minPartners: number | string;
  opensAt: string;
  deadlineAt: string;
  maxDurationMonths: number | string;
  grid: GridValues;
  assessorsPerApplication: number | string;
  divergenceThreshold: number | string;
  excludeSameCountryAssessors: boolean;
  /** Which side the same-country exclusion of assessors applies to. */
  sameCountryExclusion: SameCountrySide;
  twoStage: boolean;
  amountChangeLimitBp: string;
  preFinancingBp: string;
  tieBreaks: string[];
  tieBreakSection: string | null;
  /** Empty: no floor on the EU share. */
  minEuShareBp: string;
  /** Empty: no minimum duration. */
  minDurationMonths: number | string;
  /** Directory codes of authorities that may not take part although their kind may. */
  excludedAuthorities: string[];
  /** Two-stage calls: the concept notes' pre-selection threshold and the full applications' deadline (Istanbul wall time). */
  preSelectionThreshold: number | string;
  fullDeadlineAt: string;
  /** Two-stage calls: the concept notes' own grid (starts from PRAG's 50-point grid). */
  conceptGrid: GridValues;
  /** Empty: the reserve list stays valid; else months after the award. */
  reserveValidMonths: number | string;
}

export interface CallValues { reference: string; titleEn: string; titleTr: string; rules: RulesValues }

/** Why a typed value could not be converted (translated under grants.editor.local). */
export type LocalProblem = 'money' | 'percent' | 'datetime' | 'number';

let uidCounter = 0;
/** A React key for a grid row (never sent). */
export const newUid = (): string => `row${++uidCounter}`;

const MONEY = ['budgetCents', 'minGrantCents', 'maxGrantCents'] as const;
const RATES = ['minCoFinancingBp', 'maxIndirectBp', 'amountChangeLimitBp', 'preFinancingBp'] as const;
const INSTANTS = ['opensAt', 'deadlineAt'] as const;

/** A grid as editor rows (each row with its React key). */
export function gridValues(grid: EvaluationGrid): GridValues {
  const sections = grid.sections.map((s) => ({
    ...s,
    uid: newUid(),
    threshold: s.threshold ?? '',
    criteria: s.criteria.map((c) => ({ ...c, uid: newUid(), guidanceEn: c.guidanceEn ?? '', guidanceTr: c.guidanceTr ?? '' })),
  }));
  return { sections, overallThreshold: grid.overallThreshold };
}

/** A stored call's rules as form values in a UI locale. */
export function toValues(rules: CallRules, locale: string): RulesValues {
  return {
    ...rules,
    budgetCents: centsToInput(rules.budgetCents, locale),
    minGrantCents: centsToInput(rules.minGrantCents, locale),
    maxGrantCents: centsToInput(rules.maxGrantCents, locale),
    minCoFinancingBp: bpToInput(rules.minCoFinancingBp, locale),
    maxIndirectBp: bpToInput(rules.maxIndirectBp, locale),
    amountChangeLimitBp: bpToInput(rules.amountChangeLimitBp, locale),
    preFinancingBp: bpToInput(rules.preFinancingBp, locale),
    opensAt: toIstanbulLocal(rules.opensAt),
    deadlineAt: toIstanbulLocal(rules.deadlineAt),
    themes: [...rules.themes],
    leadTypes: [...rules.leadTypes],
    partnerTypes: [...(rules.partnerTypes ?? [])],
    tieBreaks: [...rules.tieBreaks],
    // Calls from before the option keep their boolean: on means both sides.
    sameCountryExclusion: rules.sameCountryExclusion ?? (rules.excludeSameCountryAssessors ? 'both' : 'off'),
    grid: gridValues(rules.grid),
    minEuShareBp: rules.minEuShareBp === undefined ? '' : bpToInput(rules.minEuShareBp, locale),
    minDurationMonths: rules.minDurationMonths ?? '',
    excludedAuthorities: [...(rules.excludedAuthorities ?? [])],
    preSelectionThreshold: rules.preSelectionThreshold ?? DEFAULT_PRE_SELECTION_THRESHOLD,
    fullDeadlineAt: rules.fullDeadlineAt ? toIstanbulLocal(rules.fullDeadlineAt) : '',
    conceptGrid: gridValues(rules.conceptGrid ?? conceptNoteGrid()),
    reserveValidMonths: rules.reserveValidMonths ?? '',
  };
}

/** The optional per-call limits: an empty input leaves the rule out (no floor, no minimum, no one excluded). */
function optionalRules(r: RulesValues, problems: Problems): Partial<CallRules> {
  const out: Partial<CallRules> = {};
  if (r.minEuShareBp.trim() !== '') {
    const bp = parsePercent(r.minEuShareBp);
    if (bp === null) problems['rules.minEuShareBp'] = 'percent';
    else out.minEuShareBp = bp;
  }
  if (String(r.minDurationMonths).trim() !== '') out.minDurationMonths = whole(r.minDurationMonths, 'rules.minDurationMonths', problems);
  const excluded = r.excludedAuthorities.map((c) => c.trim()).filter(Boolean);
  if (excluded.length) out.excludedAuthorities = excluded;
  if (String(r.reserveValidMonths).trim() !== '') out.reserveValidMonths = whole(r.reserveValidMonths, 'rules.reserveValidMonths', problems);
  return out;
}

/**
 * The stage fields of the body: only a two-stage call has them (a full deadline left as shown keeps its
 * stored instant). A stored call without its own concept grid keeps none while the manager leaves
 * PRAG's default as it is, so an unchanged published call reads as unchanged.
 */
function stageFields(r: RulesValues, problems: Problems, stored?: CallRules): Partial<CallRules> {
  if (!r.twoStage) return stored?.conceptGrid ? { conceptGrid: stored.conceptGrid } : {};
  const full = stored?.fullDeadlineAt && r.fullDeadlineAt === toIstanbulLocal(stored.fullDeadlineAt) ? stored.fullDeadlineAt : r.fullDeadlineAt.trim() ? fromIstanbulLocal(r.fullDeadlineAt) : '';
  if (full === null) problems['rules.fullDeadlineAt'] = 'datetime';
  const conceptGrid = gridOf(r.conceptGrid, 'conceptGrid', problems);
  const keepDefault = stored !== undefined && stored.conceptGrid === undefined && JSON.stringify(conceptGrid) === JSON.stringify(gridOf(gridValues(conceptNoteGrid()), 'conceptGrid', {}));
  return {
    preSelectionThreshold: whole(r.preSelectionThreshold, 'rules.preSelectionThreshold', problems),
    ...(full ? { fullDeadlineAt: full } : {}),
    ...(keepDefault ? {} : { conceptGrid }),
  };
}

function gridOf(g: GridValues, path: GridPath, problems: Problems): EvaluationGrid {
  return { sections: g.sections.map((s, i) => sectionOf(s, `rules.${path}.sections.${i}`, problems)), overallThreshold: whole(g.overallThreshold, `rules.${path}.overallThreshold`, problems) };
}

type Problems = Record<string, LocalProblem>;

function whole(v: number | string, path: string, problems: Problems): number {
  const n = typeof v === 'number' ? v : v.trim() === '' ? NaN : Number(v);
  if (!Number.isInteger(n)) problems[path] = 'number';
  return n;
}

/** Convert each of `keys` with `read`; a null answer records `problem` at that rules field. */
function convertAll<K extends string, T>(keys: readonly K[], read: (k: K) => T | null, problem: LocalProblem, fallback: T, problems: Problems): Record<K, T> {
  const out = {} as Record<K, T>;
  for (const k of keys) {
    const value = read(k);
    if (value === null) problems[`rules.${k}`] = problem;
    out[k] = value ?? fallback;
  }
  return out;
}

function sectionOf(s: SectionValues, at: string, problems: Problems): GridSection {
  return {
    key: s.key,
    titleEn: s.titleEn,
    titleTr: s.titleTr,
    eliminatory: s.eliminatory,
    ...(s.eliminatoryCriterionScore ? { eliminatoryCriterionScore: s.eliminatoryCriterionScore } : {}),
    threshold: s.threshold === '' ? null : whole(s.threshold, `${at}.threshold`, problems),
    criteria: s.criteria.map((c, j) => ({
      key: c.key,
      titleEn: c.titleEn,
      titleTr: c.titleTr,
      // Guidance is optional call content: an empty one is not sent.
      ...(c.guidanceEn.trim() ? { guidanceEn: c.guidanceEn } : {}),
      ...(c.guidanceTr.trim() ? { guidanceTr: c.guidanceTr } : {}),
      maxScore: whole(c.maxScore, `${at}.criteria.${j}.maxScore`, problems),
      weight: whole(c.weight, `${at}.criteria.${j}.weight`, problems),
    })),
  };
}

/** Form values as the API body (`stored`: the call's rules before editing), or the fields whose text does not convert. */
export function toBody(v: CallValues, locale: string, stored?: CallRules): { body: CallBody; problems: null } | { body: null; problems: Problems } {
  const problems: Problems = {};
  const r = v.rules;
  // An instant the manager left as shown keeps its stored precision (seconds), so it reads as unchanged.
  const instant = (k: (typeof INSTANTS)[number]) => (stored && r[k] === toIstanbulLocal(stored[k]) ? stored[k] : fromIstanbulLocal(r[k]));
  const money = convertAll(MONEY, (k) => parseEuros(r[k], locale), 'money', 0, problems);
  const rates = convertAll(RATES, (k) => parsePercent(r[k]), 'percent', 0, problems);
  const instants = convertAll(INSTANTS, instant, 'datetime', '', problems);
  const { partnerTypes, minEuShareBp: _share, minDurationMonths: _min, excludedAuthorities: _excluded, preSelectionThreshold: _p, fullDeadlineAt: _f, conceptGrid: _c, reserveValidMonths: _v, ...rest } = r;
  const rules = {
    ...rest,
    ...optionalRules(r, problems),
    // No partner type chosen: the call takes partners of every kind, as calls did before the field existed.
    ...(partnerTypes.length ? { partnerTypes } : {}),
    currency: 'EUR',
    ...money,
    ...rates,
    ...instants,
    minPartners: whole(r.minPartners, 'rules.minPartners', problems),
    maxDurationMonths: whole(r.maxDurationMonths, 'rules.maxDurationMonths', problems),
    assessorsPerApplication: whole(r.assessorsPerApplication, 'rules.assessorsPerApplication', problems),
    divergenceThreshold: whole(r.divergenceThreshold, 'rules.divergenceThreshold', problems),
    excludeSameCountryAssessors: r.sameCountryExclusion !== 'off',
    // A tie-break section is only meaningful when ties are broken by a section's score.
    tieBreakSection: r.tieBreaks.includes('section_score') ? r.tieBreakSection : null,
    grid: gridOf(r.grid, 'grid', problems),
    ...stageFields(r, problems, stored),
  } as unknown as CallRules;
  if (Object.keys(problems).length) return { body: null, problems };
  return { body: { reference: v.reference.trim(), titleEn: v.titleEn.trim(), titleTr: v.titleTr.trim(), rules }, problems: null };
}

/** Money and rate texts rewritten from one UI locale's number style to another's (unreadable ones stay as typed). */
export function relocalise(r: RulesValues, from: string, to: string): RulesValues {
  const out = { ...r };
  for (const k of MONEY) {
    const cents = parseEuros(r[k], from);
    if (cents !== null) out[k] = centsToInput(cents, to);
  }
  for (const k of [...RATES, 'minEuShareBp'] as const) {
    const bp = r[k].trim() === '' ? null : parsePercent(r[k]);
    if (bp !== null) out[k] = bpToInput(bp, to);
  }
  return out;
}

/** The first key `${prefix}${n}` (n = 1, 2, …) not yet taken. */
export function freeKey(prefix: string, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** A new empty criterion of a section, with a key unique across the grid (`prefix` keeps the concept grid's keys apart). */
export function newCriterion(sectionKey: string, sections: readonly SectionValues[], prefix = ''): CriterionValues {
  const taken = sections.flatMap((s) => s.criteria.map((c) => c.key));
  return { uid: newUid(), key: freeKey(`${prefix}${sectionKey}_`, taken), titleEn: '', titleTr: '', guidanceEn: '', guidanceTr: '', maxScore: 5, weight: 1 };
}

/** A new section with one criterion, with keys unique in the grid. */
export function newSection(sections: readonly SectionValues[], prefix = ''): SectionValues {
  const key = freeKey('section_', sections.map((s) => s.key));
  return { uid: newUid(), key, titleEn: '', titleTr: '', threshold: '', eliminatory: false, criteria: [newCriterion(key, sections, prefix)] };
}

/** Highest weighted score of a section as typed so far (unreadable numbers count 0). */
export function typedSectionMax(s: SectionValues): number {
  return s.criteria.reduce((sum, c) => sum + (Number(c.maxScore) || 0) * (Number(c.weight) || 0), 0);
}

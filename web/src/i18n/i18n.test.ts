import { describe, expect, it } from 'vitest';
import { AUTHORITY_TYPES } from '../../../shared/authorities';
import { ROLES } from '../../../shared/accounts';
import { APPLICATION_STATUSES, CALL_STATUSES, TIE_BREAKS } from '../../../shared/grants';
import { PROJECT_STATUSES } from '../../../shared/grants.api';
import { ASSIGNMENT_STATUSES, REPORT_KINDS } from '../../../shared/grants.review';
import { THEMES } from '../../../shared/themes';
import { CONFLICT_CODES } from '../../../shared/errors';
import { CALL_PROBLEM_CODES } from '../../../shared/grants.call.rules';
import { ADMIN_CHECKS, BUDGET_HEADINGS } from '../../../shared/grants';
import { PARTNER_STATES, VIEWER_ROLES } from '../../../shared/grants.applications';
import { BUDGET_PROBLEM_CODES } from '../../../shared/grants.budget.rules';
import { ELIGIBILITY_PROBLEM_CODES } from '../../../shared/grants.eligibility.rules';
import accountsEn from './accounts.en.json';
import accountsTr from './accounts.tr.json';
import adminEn from './admin.en.json';
import adminTr from './admin.tr.json';
import applicationsEn from './applications.en.json';
import applicationsTr from './applications.tr.json';
import commentsEn from './comments.en.json';
import commentsTr from './comments.tr.json';
import newsEn from './news.en.json';
import newsTr from './news.tr.json';
import resultsEn from './results.en.json';
import resultsTr from './results.tr.json';
import conflictsEn from './conflicts.en.json';
import conflictsTr from './conflicts.tr.json';
import en from './en.json';
import evaluationEn from './evaluation.en.json';
import eventsEn from './events.en.json';
import eventsTr from './events.tr.json';
import evaluationTr from './evaluation.tr.json';
import grantsEn from './grants.en.json';
import grantsTr from './grants.tr.json';
import homeEn from './home.en.json';
import homeTr from './home.tr.json';
import legalEn from './legal.en.json';
import legalTr from './legal.tr.json';
import libraryEn from './library.en.json';
import libraryTr from './library.tr.json';
import participationEn from './participation.en.json';
import participationTr from './participation.tr.json';
import tr from './tr.json';
import pagesEn from './pages.en.json';
import pagesTr from './pages.tr.json';
import { mergeDictionaries } from './merge';
import { RESPONSE_PROBLEM_CODES } from '../../../shared/participation.rules';
import { DATA_TYPES, OPEN_DATASETS } from '../../../shared/opendata';
import { COMMENT_STATUSES, COMMENT_TARGET_KINDS, MODERATION_ACTIONS, MODERATION_STATES, STANCES } from '../../../shared/comments';
import { EVENT_KINDS, EVENT_TIMINGS } from '../../../shared/events';
import { AUDIENCES, CONSULTATION_LINKS, CONSULTATION_STATUSES, QUESTION_KINDS, RESPONDENT_SIDES, STAKEHOLDER_GROUPS, VOTES } from '../../../shared/participation';

type Tree = { [key: string]: string | Tree };

/** Every leaf key of a translation tree as a dotted path, with its value. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// Areas with their own dictionary files are merged into the main one at start (see index.ts).
const AREA_FILES: [string, Tree, Tree][] = [['grants', grantsEn as Tree, grantsTr as Tree], ['applications', applicationsEn as Tree, applicationsTr as Tree], ['evaluation', evaluationEn as Tree, evaluationTr as Tree], ['conflicts', conflictsEn as Tree, conflictsTr as Tree], ['myHome', homeEn as Tree, homeTr as Tree], ['legal', legalEn as Tree, legalTr as Tree], ['participation', participationEn as Tree, participationTr as Tree], ['comments', commentsEn as Tree, commentsTr as Tree], ['news', newsEn as Tree, newsTr as Tree], ['library', libraryEn as Tree, libraryTr as Tree], ['events', eventsEn as Tree, eventsTr as Tree], ['results', resultsEn as Tree, resultsTr as Tree], ['accounts', accountsEn as Tree, accountsTr as Tree], ['admin', adminEn as Tree, adminTr as Tree]];
// The main files (en.json: what a first visit shows, pages.en.json: the other pages') and the news and
// results files continue some top-level keys of each other, so they merge key by key.
const enKeys = leaves(mergeDictionaries(en, pagesEn, grantsEn, applicationsEn, evaluationEn, conflictsEn, homeEn, legalEn, participationEn, commentsEn, newsEn, libraryEn, eventsEn, resultsEn, accountsEn, adminEn) as Tree);
const trKeys = leaves(mergeDictionaries(tr, pagesTr, grantsTr, applicationsTr, evaluationTr, conflictsTr, homeTr, legalTr, participationTr, commentsTr, newsTr, libraryTr, eventsTr, resultsTr, accountsTr, adminTr) as Tree);
// Plural forms (_one/_other) are looked up by their base key.
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const known = new Set([...enKeys.keys()].map(base));

describe('translations', () => {
  it('en and tr have exactly the same keys', () => {
    expect([...trKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
  });

  it('has no empty values', () => {
    for (const [lang, keys] of [['en', enKeys], ['tr', trKeys]] as const) {
      const empty = [...keys].filter(([, v]) => v.trim() === '').map(([k]) => `${lang}:${k}`);
      expect(empty).toEqual([]);
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/{{\s*(\w+)/g)].map((m) => m[1]).sort();
    const differ = [...enKeys].filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(trKeys.get(k) ?? '')));
    expect(differ.map(([k]) => k)).toEqual([]);
  });

  it('names every theme, authority type and role of the shared contract', () => {
    const needed = [
      ...THEMES.map((x) => `themes.${x}`),
      ...AUTHORITY_TYPES.map((x) => `authorityTypes.${x}`),
      ...ROLES.map((x) => `roles.${x}`),
    ];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('keeps each area file under its own top-level key, which the main files do not use (news and results: only the strings the home page and the footer show)', () => {
    const atStart = new Set(['news', 'results']);
    for (const [area, enTree, trTree] of AREA_FILES) {
      expect(Object.keys(enTree)).toEqual([area]);
      expect(Object.keys(trTree)).toEqual([area]);
      expect(area in pagesEn || area in pagesTr).toBe(false);
      expect(area in en || area in tr).toBe(atStart.has(area));
      expect([...leaves(trTree).keys()].sort()).toEqual([...leaves(enTree).keys()].sort());
    }
  });

  it('names every state, tie break and call problem code of the grant scheme', () => {
    const needed = [
      ...CALL_STATUSES.map((x) => `grants.callStatus.${x}`),
      ...APPLICATION_STATUSES.map((x) => `grants.applicationStatus.${x}`),
      ...PROJECT_STATUSES.map((x) => `grants.projectStatus.${x}`),
      ...TIE_BREAKS.map((x) => `grants.tieBreaks.${x}`),
      ...CALL_PROBLEM_CODES.map((x) => `grants.problems.${x}`),
    ];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('names every problem code, budget heading, check item and role of the applications', () => {
    const needed = [
      ...[...BUDGET_PROBLEM_CODES, ...ELIGIBILITY_PROBLEM_CODES].map((x) => `applications.problems.${x}`),
      ...BUDGET_HEADINGS.map((x) => `applications.headings.${x}`),
      ...ADMIN_CHECKS.map((x) => `applications.check.items.${x}`),
      ...PARTNER_STATES.map((x) => `applications.partnerState.${x}`),
      ...VIEWER_ROLES.map((x) => `applications.role.${x}`),
    ];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('names every assignment state and report kind of the evaluation', () => {
    const needed = [...ASSIGNMENT_STATUSES.map((x) => `evaluation.status.${x}`), ...REPORT_KINDS.map((x) => `evaluation.report.kind.${x}`)];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('names every group, side, vote, status, audience, link and response problem of the consultations', () => {
    const needed = [
      ...STAKEHOLDER_GROUPS.map((x) => `participation.groups.${x}`),
      ...RESPONDENT_SIDES.map((x) => `participation.sides.${x}`),
      ...VOTES.map((x) => `participation.votes.${x}`),
      ...CONSULTATION_STATUSES.map((x) => `participation.status.${x}`),
      ...AUDIENCES.map((x) => `participation.audience.${x}`),
      ...CONSULTATION_LINKS.map((x) => `participation.linkTo.${x}`),
      ...CONSULTATION_LINKS.map((x) => `participation.linkKinds.${x}`),
      ...QUESTION_KINDS.map((x) => `participation.kinds.${x}`),
      ...RESPONSE_PROBLEM_CODES.map((x) => `participation.problems.${x}`),
    ];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('names every stance, status, page kind, queue tab and decision of the comments', () => {
    const needed = [
      ...STANCES.map((x) => `comments.stance.${x}`),
      ...COMMENT_STATUSES.map((x) => `comments.moderation.status.${x}`),
      ...COMMENT_TARGET_KINDS.map((x) => `comments.moderation.targets.${x}`),
      ...MODERATION_STATES.map((x) => `comments.moderation.tabs.${x}`),
      ...MODERATION_ACTIONS.flatMap((x) => [`comments.moderation.actions.${x}`, `comments.moderation.decisionTitle.${x}`, `comments.moderation.decisionHelp.${x}`]),
    ];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('names every open dataset and format', () => {
    const needed = [...OPEN_DATASETS.flatMap((d) => [`news.openData.datasets.${d.key}.title`, `news.openData.datasets.${d.key}.description`]), ...Object.keys(DATA_TYPES).map((f) => `news.openData.formats.${f}`)];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('names every kind and timing of the events', () => {
    const needed = [...EVENT_KINDS.map((x) => `events.kinds.${x}`), ...EVENT_TIMINGS.map((x) => `events.timing.${x}`)];
    expect(needed.filter((k) => !known.has(k))).toEqual([]);
  });

  it('says every 409 reason of the API in words', () => {
    expect(CONFLICT_CODES.map((x) => `conflicts.${x}`).filter((k) => !known.has(k))).toEqual([]);
  });

  it('is written in Turkish with its own letters', () => {
    const text = [...trKeys.values()].join(' ');
    for (const letter of ['ç', 'ş', 'ğ', 'ı', 'İ', 'ö', 'ü']) expect(text).toContain(letter);
  });

  it('has a key for every literal t("...") call in the source', () => {
    const sources = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], { query: '?raw', import: 'default', eager: true });
    expect(Object.keys(sources).length).toBeGreaterThan(20);
    const missing = new Set<string>();
    for (const [file, text] of Object.entries(sources) as [string, string][]) {
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) {
        if (m[1]!.includes('.') && !known.has(m[1]!)) missing.add(`${file}: ${m[1]}`);
      }
    }
    expect([...missing]).toEqual([]);
  });
});

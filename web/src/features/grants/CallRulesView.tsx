import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EU_COUNTRIES } from '../../../../shared/countries';
import type { CallRules } from '../../../../shared/grants';
import { titleOf } from './labels';
import { preSelectionThreshold, stageDeadlineAt, stageGrid } from '../../../../shared/grants.concept';
import { gridMaxScore } from '../../../../shared/grants.call.rules';
import { formatIstanbul } from '../../../../shared/istanbul';
import { useGrantFormat } from './useGrantFormat';

/** True when a country list is exactly the EU-27 (said in words rather than listed). */
function isEu27(codes: readonly string[]): boolean {
  const set = new Set(codes);
  return set.size === EU_COUNTRIES.length && EU_COUNTRIES.every((c) => set.has(c));
}

/** A call's rules in plain words: money, eligibility, duration, themes, evaluation and award options. */
export function CallRulesView({ rules }: { rules: CallRules }) {
  const { t, i18n } = useTranslation();
  const fmt = useGrantFormat();
  const countries = (codes: readonly string[]) =>
    isEu27(codes) ? t('grants.rules.eu27') : codes.map((c) => fmt.country(c)).sort((a, b) => a.localeCompare(b, fmt.locale)).join(', ');
  const list = (xs: string[]) => xs.join(', ');
  const items = [
    t('grants.rules.budget', { amount: fmt.money(rules.budgetCents) }),
    t('grants.rules.grantRange', { min: fmt.money(rules.minGrantCents), max: fmt.money(rules.maxGrantCents) }),
    t('grants.rules.coFinancing', { rate: fmt.percent(rules.minCoFinancingBp) }),
    t('grants.rules.indirect', { rate: fmt.percent(rules.maxIndirectBp) }),
    ...(rules.minEuShareBp !== undefined ? [t('grants.rules.minEuShare', { rate: fmt.percent(rules.minEuShareBp) })] : []),
    t('grants.rules.duration', { count: rules.maxDurationMonths }),
    ...(rules.minDurationMonths !== undefined ? [t('grants.rules.minDuration', { count: rules.minDurationMonths })] : []),
    t('grants.rules.leadTypes', { types: list(rules.leadTypes.map((x) => t(`authorityTypes.${x}`))) }),
    t('grants.rules.leadCountries', { countries: countries(rules.leadCountries) }),
    t('grants.rules.partners', { count: rules.minPartners, countries: countries(rules.partnerCountries) }),
    ...(rules.partnerTypes ? [t('grants.rules.partnerTypes', { types: list(rules.partnerTypes.map((x) => t(`authorityTypes.${x}`))) })] : []),
    ...(rules.excludedAuthorities?.length ? [t('grants.rules.excluded', { codes: list(rules.excludedAuthorities) })] : []),
    t('grants.rules.themes', { themes: list(rules.themes.map((x) => t(`themes.${x}`))) }),
    t('grants.rules.preFinancing', { rate: fmt.percent(rules.preFinancingBp) }),
    rules.twoStage ? t('grants.rules.twoStage', { rate: fmt.percent(rules.amountChangeLimitBp) }) : t('grants.rules.oneStage'),
    ...(rules.twoStage ? [t('grants.rules.preSelection', {
      threshold: preSelectionThreshold(rules), max: gridMaxScore(stageGrid(rules, 'concept')),
      fullDeadlineAt: t('grants.time.istanbul', { when: formatIstanbul(stageDeadlineAt(rules, 'full'), i18n.language) }),
    })] : []),
    t('grants.rules.assessors', { count: rules.assessorsPerApplication, divergence: fmt.num(rules.divergenceThreshold) }),
    ...(rules.reserveValidMonths !== undefined ? [t('grants.rules.reserveValid', { count: rules.reserveValidMonths })] : []),
    ...((rules.sameCountryExclusion ?? (rules.excludeSameCountryAssessors ? 'both' : 'off')) !== 'off' ? [t(`grants.rules.sameCountrySide.${rules.sameCountryExclusion ?? 'both'}`)] : []),
  ];
  const ties = rules.tieBreaks.map((k) =>
    k === 'section_score' ? t('grants.tieBreaks.section_score_named', { section: sectionTitle(rules, i18n.language) }) : t(`grants.tieBreaks.${k}`),
  );
  return (
    <>
      <List spacing={6}>{items.map((s) => <List.Item key={s}>{s}</List.Item>)}</List>
      {ties.length > 0 && <Text mt="sm">{t('grants.rules.tieBreaks', { order: ties.join(' → ') })}</Text>}
    </>
  );
}

/** The title of the section whose score breaks ties, in the UI language. */
function sectionTitle(rules: CallRules, lang: string): string {
  const s = rules.grid.sections.find((x) => x.key === rules.tieBreakSection);
  return s ? titleOf(lang, s) : (rules.tieBreakSection ?? '');
}

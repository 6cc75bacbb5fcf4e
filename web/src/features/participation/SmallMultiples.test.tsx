import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation, Results } from '../../../../shared/participation';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { ResultsExport } from './ResultsExport';
import { ResultsView } from './ResultsView';

// The per-group small multiples of the results: one small chart per group, each with a table that
// holds the same figures, the mark of a group too small to be weighed, in the reader's number format.

const label = (en: string, tr = en) => ({ en, tr });
const consultation: Consultation = {
  id: 'c1', title: label('Riverside park'), description: label('What should the park offer?'),
  opensAt: '2026-11-01T09:00:00.000Z', closesAt: '2027-01-31T21:00:00.000Z', status: 'open', audience: 'public', link: null,
  organiser: { name: 'Programme team', authorityCode: null }, minGroupSize: 5, allowNewStatements: true,
  questions: [
    { id: 'q1', kind: 'single', prompt: label('Main use', 'Ana kullanım'), required: true, options: [{ id: 'a', label: label('Sports', 'Spor') }, { id: 'b', label: label('Gardens', 'Bahçeler') }] },
    { id: 'q2', kind: 'scale', prompt: label('How safe is the park?', 'Park ne kadar güvenli?'), required: false, options: [] },
  ],
  statements: [{ id: 's1', text: 'Plant native trees', byRespondent: false }, { id: 's2', text: 'Charge for parking', byRespondent: false }],
  respondents: 28, decision: null, demo: false, canManage: false,
};
const scaleOptions = ['1', '2', '3', '4', '5'].map((id) => ({ id, raw: 0, rawShare: 0, balancedShare: 0 }));
const results: Results = {
  respondents: 28,
  groups: [
    { group: 'citizen', side: 'TR', respondents: 14, weighed: true },
    { group: 'citizen', side: 'EU', respondents: 6, weighed: true },
    { group: 'civil_society', side: 'TR', respondents: 6, weighed: true },
    { group: 'youth', side: 'EU', respondents: 2, weighed: false },
  ],
  questions: [
    {
      id: 'q1', kind: 'single', answered: 28, mean: null, balancedMean: null, differs: true,
      options: [{ id: 'a', raw: 11, rawShare: 11 / 28, balancedShare: 0.2275 }, { id: 'b', raw: 17, rawShare: 17 / 28, balancedShare: 0.7725 }],
      byGroup: [
        { group: 'citizen', mean: null, shares: { a: 0.455, b: 0.545 } },
        { group: 'civil_society', mean: null, shares: { a: 0, b: 1 } },
        { group: 'youth', mean: null, shares: { a: 1, b: 0 } },
      ],
    },
    {
      id: 'q2', kind: 'scale', answered: 28, mean: 3.4, balancedMean: 3.125, differs: false, options: scaleOptions,
      byGroup: [{ group: 'citizen', mean: 3.75, shares: {} }, { group: 'civil_society', mean: 2.5, shares: {} }, { group: 'youth', mean: 4.5, shares: {} }],
    },
  ],
  statements: [
    { id: 's1', text: 'Plant native trees', agree: 22, disagree: 4, pass: 2, minGroupAgree: 0.455, divisiveness: 0.3, byGroup: [{ group: 'citizen', agreeShare: 0.755, votes: 20 }, { group: 'civil_society', agreeShare: 0.455, votes: 6 }, { group: 'youth', agreeShare: 1, votes: 2 }] },
    { id: 's2', text: 'Charge for parking', agree: 5, disagree: 20, pass: 3, minGroupAgree: 0.1, divisiveness: 0.2, byGroup: [{ group: 'citizen', agreeShare: 0.1, votes: 20 }, { group: 'civil_society', agreeShare: 0.3, votes: 6 }] },
  ],
  decision: null,
};

/** Role queries over a whole results page can outlast testing-library's default second on a busy machine. */
const SLOW = { timeout: 8_000 };

/** The value written at the end of each bar of a group's small chart, by option or group. */
function chartValues(region: HTMLElement, chart: string): Record<string, string> {
  const frame = region.querySelector(`[data-chart="${chart}"]`)!;
  return Object.fromEntries(Array.from(frame.querySelectorAll('[data-bar]')).map((row) => [row.getAttribute('data-bar')!, row.lastElementChild!.textContent!]));
}

/** A table row's cells by its row header (the group's or statement's name). */
function rowCells(table: HTMLElement, name: string): string[] {
  const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
  return Array.from(row.querySelectorAll('td')).map((c) => c.textContent ?? '');
}

async function show(lang: 'en' | 'tr') {
  await i18n.changeLanguage(lang);
  stubApi(() => ({ status: 404 }));
  renderAt('/consultations/c1', <ResultsView consultation={consultation} results={results} />);
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(async () => {
  resetApp();
  await i18n.changeLanguage('en');
});

describe('small multiples of a choice question', () => {
  it('draws one small chart per group with its respondents, and marks the group not weighed', async () => {
    await show('en');
    const region = await screen.findByRole('region', { name: 'Main use By group' }, SLOW);
    const frames = Array.from(region.querySelectorAll('[data-chart]'));
    // In the lists' order, whatever order the figures came in.
    expect(frames.map((f) => f.getAttribute('data-chart'))).toEqual(['civil_society', 'citizen', 'youth']);
    expect(frames[1]!.textContent).toContain('20 respondents');
    expect(frames[1]!.textContent).not.toContain('too few to weigh');
    expect(frames[2]!.textContent).toContain('2 respondents');
    expect(frames[2]!.textContent).toContain('too few to weigh');
    expect(chartValues(region, 'citizen')).toEqual({ a: '45.5%', b: '54.5%' });
    expect(chartValues(region, 'youth')).toEqual({ a: '100%', b: '0%' });
  });

  it('holds the same figures in its table as in its charts', async () => {
    await show('en');
    const region = await screen.findByRole('region', { name: 'Main use By group' }, SLOW);
    const table = within(region).getByRole('table', { name: 'Shares of each option by group: Main use' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Stakeholder group', 'Respondents', 'Weighing', 'Sports', 'Gardens']);
    for (const [group, name] of [['citizen', 'Citizen'], ['civil_society', 'Civil society'], ['youth', 'Youth']] as const) {
      const values = chartValues(region, group);
      expect(rowCells(table, name).slice(2)).toEqual([values.a, values.b]);
    }
    expect(rowCells(table, 'Citizen').slice(0, 2)).toEqual(['20', 'weighed']);
    expect(rowCells(table, 'Youth').slice(0, 2)).toEqual(['2', 'too few to weigh']);
  });

  it('shows the table instead of the charts when asked', async () => {
    await show('en');
    const region = await screen.findByRole('region', { name: 'Main use By group' }, SLOW);
    fireEvent.click(within(region).getByRole('switch', { name: 'Show as table' }));
    expect(region.querySelector('[data-chart]')).toBeNull();
    expect(within(region).getByRole('table', { name: 'Shares of each option by group: Main use' })).toBeTruthy();
  });
});

describe('small multiples of a scale and of the statements', () => {
  it("shows each group's mean beside the balanced mean, in the table too", async () => {
    await show('en');
    const region = await screen.findByRole('region', { name: 'How safe is the park? By group' }, SLOW);
    expect(region.querySelector('[data-chart="citizen"]')!.textContent).toContain('mean 3.75');
    expect(region.querySelector('[data-chart="youth"]')!.textContent).toContain('too few to weigh');
    expect(region.textContent).toContain('Balanced mean 3.13');
    const table = within(region).getByRole('table', { name: 'Mean by group (1 to 5): How safe is the park?' });
    expect(rowCells(table, 'Citizen')).toEqual(['20', 'weighed', '3.75']);
    expect(rowCells(table, 'Youth')).toEqual(['2', 'too few to weigh', '4.5']);
    expect(rowCells(table, 'Balanced mean (every weighed group equally)')).toEqual(['', '', '3.13']);
  });

  it('shows agreement per group for each statement, in common-ground order, and the same in the table', async () => {
    await show('en');
    const region = await screen.findByRole('region', { name: 'Agreement by group' }, SLOW);
    expect(Array.from(region.querySelectorAll('[data-chart]')).map((f) => f.getAttribute('data-chart'))).toEqual(['s1', 's2']);
    expect(chartValues(region, 's1')).toEqual({ citizen: '75.5%', civil_society: '45.5%', youth: '100%' });
    expect(region.querySelector('[data-chart="s1"] [data-bar="youth"]')!.textContent).toContain('Youth (too few to weigh)');
    const table = within(region).getByRole('table', { name: 'Agreement with each statement by group' });
    expect(rowCells(table, 'Plant native trees')).toEqual(['45.5% of 6 votes', '75.5% of 20 votes', '100% of 2 votes']);
    expect(rowCells(table, 'Charge for parking')).toEqual(['30% of 6 votes', '10% of 20 votes', '–']);
  });
});

describe('in Turkish', () => {
  it('writes shares and means in Turkish number format, in the charts and the tables', async () => {
    await show('tr');
    const region = await screen.findByRole('region', { name: 'Ana kullanım Gruplara göre' }, SLOW);
    expect(chartValues(region, 'citizen')).toEqual({ a: '%45,5', b: '%54,5' });
    expect(region.querySelector('[data-chart="youth"]')!.textContent).toContain('tartılamayacak kadar az');
    const table = within(region).getByRole('table', { name: 'Gruplara göre her seçeneğin payı: Ana kullanım' });
    expect(rowCells(table, 'Vatandaş')).toEqual(['20', 'tartıldı', '%45,5', '%54,5']);
    const scale = screen.getByRole('region', { name: 'Park ne kadar güvenli? Gruplara göre' });
    expect(rowCells(within(scale).getByRole('table'), 'Vatandaş')).toEqual(['20', 'tartıldı', '3,75']);
    const statements = screen.getByRole('region', { name: 'Gruplara göre katılım' });
    expect(rowCells(within(statements).getByRole('table'), 'Plant native trees')[0]).toBe('%45,5 (6 oy)');
  });
});

describe('results export', () => {
  it("links to the CSV and XLSX files in the reader's language", async () => {
    for (const [lang, csv, xlsx] of [['en', 'Download results (CSV)', 'Download results (Excel)'], ['tr', 'Sonuçları indir (CSV)', 'Sonuçları indir (Excel)']] as const) {
      await i18n.changeLanguage(lang);
      stubApi(() => ({ status: 404 }));
      renderAt('/consultations/c1', <ResultsExport consultationId="c1" />);
      const csvLink = await screen.findByRole('link', { name: csv });
      expect(csvLink.getAttribute('href')).toBe(`/api/consultations/c1/results/export?format=csv&lang=${lang}`);
      expect(csvLink.hasAttribute('download')).toBe(true);
      expect(screen.getByRole('link', { name: xlsx }).getAttribute('href')).toBe(`/api/consultations/c1/results/export?format=xlsx&lang=${lang}`);
      resetApp();
    }
  });
});

import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import ProposePage from './ProposePage';

// On a busy machine a page (and the pickers' debounced searches) take longer than the default second.
configure({ asyncUtilTimeout: 8_000 });
const TEST_TIMEOUT = 20_000;

const officer = { id: 'u5', email: 'istanbul@twinbridge.demo', name: 'Ayşe Demir', role: 'officer', locale: 'en', authorityCode: 'TR-BSB-34', officerRequest: null };
const summary = (code: string, name: string, country: string) => ({ code, name, nameLatin: null, country, type: 'municipality', population: 1, lat: null, lon: null, region: null, regionName: null });
const AUTHORITIES: Record<string, ReturnType<typeof summary>> = {
  'TR-BSB-34': summary('TR-BSB-34', 'İstanbul Büyükşehir Belediyesi', 'TR'),
  DE_05315000: summary('DE_05315000', 'Köln', 'DE'),
};
const TWINNING = '11111111-1111-4111-8111-111111111111';
const PROJECT = '22222222-2222-4222-8222-222222222222';
const project = {
  id: PROJECT, applicationId: 'a1', reference: 'TWIN-2026-004', programmeId: 'p1', callId: 'c1', titleEn: 'Green river banks', titleTr: 'Yeşil nehir kıyıları', summaryEn: '', summaryTr: '',
  theme: null, lead: { code: 'TR-BSB-34', name: 'İstanbul Büyükşehir Belediyesi', country: 'TR', province: null }, partners: [], grantCents: 0, paidCents: 0, status: 'contracted',
  startsOn: null, endsOn: null, indicators: [], demo: false,
};
const created = {
  id: 'new-entry', kind: 'case_study', status: 'proposed', titleTr: '', titleEn: 'Composting with our twin town', summaryTr: '', summaryEn: 'What we learned.', bodyTr: '', bodyEn: '',
  themes: [], country: null, authorityType: null, year: null, authorityCodes: ['TR-BSB-34'], twinningIds: [TWINNING], projectIds: [PROJECT], source: null, files: [],
  decisionReason: null, mine: true, createdAt: '2026-12-06T10:00:00.000Z', publishedAt: null,
};
const profile = (code: string) => ({
  ...AUTHORITIES[code], province: null, district: null, nuts2: null, areaKm2: null, coordSource: null, descriptionEn: '', descriptionTr: '',
  themes: [], languages: [], website: '', email: '', phone: '', updatedAt: '2026-01-01T00:00:00.000Z',
});

function api(posts: unknown[], answer: { status: number; body?: unknown } = { status: 201, body: created }) {
  return stubApi((url, init) => {
    const path = url.pathname;
    if (path === '/api/auth/me') return { status: 200, body: { user: officer, csrfToken: 'tok' } };
    if (path === '/api/authorities' && url.searchParams.get('q')?.startsWith('Kö')) return { status: 200, body: { items: [AUTHORITIES.DE_05315000], total: 1 } };
    if (path === '/api/authorities/TR-BSB-34/twinnings') {
      return { status: 200, body: { items: [{ id: TWINNING, partner: { code: 'DE_05315000', name: 'Köln', nameLatin: null, country: 'DE', countryName: null }, status: 'active', since: 1997, source: 'platform', sources: [] }] } };
    }
    if (path.endsWith('/twinnings')) return { status: 200, body: { items: [] } };
    const code = /^\/api\/authorities\/([^/]+)$/.exec(path)?.[1];
    if (code && AUTHORITIES[code]) return { status: 200, body: profile(code) };
    if (path === '/api/projects') return { status: 200, body: { items: [project] } };
    if (path === '/api/library' && init.method === 'POST') {
      posts.push(JSON.parse(String(init.body)));
      return answer;
    }
    return { status: 404 };
  });
}
const page = () => renderAt('/library/propose', (
  <Routes>
    <Route path="/library/propose" element={<ProposePage />} />
    <Route path="/library/:id" element={<p>entry page</p>} />
  </Routes>
));

/** Type into a searchable select and choose the option with this name. */
async function choose(label: string, typed: string, option: RegExp) {
  const input = screen.getByRole('textbox', { name: label });
  fireEvent.focus(input);
  fireEvent.click(input);
  fireEvent.change(input, { target: { value: typed } });
  // Still fading in (display: none in happy-dom), but there and clickable.
  fireEvent.click(await screen.findByRole('option', { name: option, hidden: true }));
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('proposing a library entry', () => {
  it("links authorities by name (the officer's own to start with), a twinning of theirs and a project, and sends their ids", async () => {
    const posts: unknown[] = [];
    api(posts);
    page();
    const linked = await screen.findByRole('list', { name: 'Authorities it comes from' });
    expect(await within(linked).findByText('İstanbul Büyükşehir Belediyesi')).toBeTruthy();
    await choose('Add an authority', 'Köln', /^Köln/);
    expect(await within(linked).findByText('Köln')).toBeTruthy();
    await choose('Twinnings it comes from', 'Kö', /İstanbul Büyükşehir Belediyesi – Köln \(1997\)/);
    await choose('Awarded projects it comes from', 'river', /TWIN-2026-004 · Green river banks/);
    // Removing an authority by name takes it out again.
    fireEvent.click(screen.getByRole('button', { name: 'Remove Köln' }));
    await waitFor(() => expect(within(linked).queryByText('Köln')).toBeNull());
    fireEvent.change(screen.getByLabelText('Title (English)'), { target: { value: 'Composting with our twin town' } });
    fireEvent.change(screen.getByLabelText('Summary (English)'), { target: { value: 'What we learned.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(await screen.findByText('entry page')).toBeTruthy();
    expect(posts).toEqual([expect.objectContaining({ titleEn: 'Composting with our twin town', authorityCodes: ['TR-BSB-34'], twinningIds: [TWINNING], projectIds: [PROJECT] })]);
  }, TEST_TIMEOUT);

  it('says at the link which one names nothing on the platform', async () => {
    api([], { status: 400, body: { error: 'bad_request', message: 'Some links name nothing', fields: [{ path: 'authorityCodes.0', message: 'no authority TR-BSB-34', code: 'unknown_authority' }] } });
    page();
    await screen.findByRole('list', { name: 'Authorities it comes from' });
    fireEvent.change(screen.getByLabelText('Title (English)'), { target: { value: 'A guide' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send for review' }));
    expect(await screen.findByText('The directory has no such authority; choose it again from the list.')).toBeTruthy();
  }, TEST_TIMEOUT);
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp } from '../../test/renderApp';
import { api, content, ID, officer, routes, view } from './pages.testkit';

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the draft editor', () => {
  it('autosaves a change with the last update stamp, then says when it saved', { timeout: 30_000 }, async () => {
    const patches: { content: object; expectedUpdatedAt: string }[] = [];
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname !== `/api/applications/${ID}`) return { status: 404 };
      if (init.method !== 'PATCH') return { status: 200, body: view };
      patches.push(JSON.parse(String(init.body)));
      return { status: 200, body: { ...view, updatedAt: '2026-11-01T10:05:00.000Z' } };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    const title = await screen.findByLabelText('Title (English)');
    expect(screen.getByText('Köln has not confirmed its participation yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Partner Köln' }).getAttribute('href')).toBe('#app-partner-DE_05315000');
    fireEvent.change(title, { target: { value: 'Open data for two cities' } });
    expect(await screen.findByText(/^Saved at \d\d:\d\d$/, {}, { timeout: 3000 })).toBeTruthy();
    expect(patches).toEqual([{ content: { titleEn: 'Open data for two cities' }, expectedUpdatedAt: '2026-11-01T10:00:00.000Z' }]);
  });

  it('says clearly when a save was stale, and reloads on request', { timeout: 30_000 }, async () => {
    let reads = 0;
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname !== `/api/applications/${ID}`) return { status: 404 };
      if (init.method === 'PATCH') return { status: 409, body: { error: 'conflict', message: 'Changed by someone else' } };
      reads++;
      return { status: 200, body: reads === 1 ? view : { ...view, content: { ...content, titleEn: 'Their title' }, updatedAt: '2026-11-01T11:00:00.000Z' } };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.change(await screen.findByLabelText('Title (English)'), { target: { value: 'Mine' } });
    const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
    expect(within(alert).getByText('Your latest changes were not saved')).toBeTruthy();
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the application' }));
    await waitFor(() => expect((screen.getByLabelText('Title (English)') as HTMLInputElement).value).toBe('Their title'));
  });

  it('enters euros and sends exact cents', { timeout: 30_000 }, async () => {
    const patches: { content: { requestedGrantCents?: number; budget?: { amountCents: number }[] } }[] = [];
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname !== `/api/applications/${ID}`) return { status: 404 };
      if (init.method === 'PATCH') patches.push(JSON.parse(String(init.body)));
      return { status: 200, body: view };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.change(await screen.findByLabelText('Requested grant'), { target: { value: '95,000.29' } });
    fireEvent.change(screen.getByLabelText('Local office, year 2'), { target: { value: '1,234.5' } });
    await waitFor(() => expect(patches.length).toBeGreaterThan(0), { timeout: 3000 });
    expect(patches[0]!.content.requestedGrantCents).toBe(9_500_029);
    expect(patches[0]!.content.budget!.at(-1)).toEqual({ heading: 'local_office', year: 2, description: '', amountCents: 123_450 });
  });

  it('shows the server’s refusal of a submission by field, translated', { timeout: 30_000 }, async () => {
    api(officer('TR-BSB-34'), (url) => {
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: view };
      if (url.pathname === `/api/applications/${ID}/submit`) return { status: 400, body: { error: 'bad_request', message: 'cannot be submitted', fields: [
        { path: 'partners.0.confirmed', message: 'partner not confirmed', code: 'partner_not_confirmed', params: { code: 'DE_05315000' } },
      ] } };
      return { status: 404 };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Submit the application' }));
    const refusal = await screen.findByRole('alert');
    expect(within(refusal).getByText('Not submitted: 1 problem')).toBeTruthy();
    expect(within(refusal).getByRole('link', { name: 'Partner Köln' })).toBeTruthy();
  });

  it('withdraws after confirming, and then shows the application frozen', { timeout: 30_000 }, async () => {
    api(officer('TR-BSB-34'), (url, init) => {
      if (url.pathname === `/api/applications/${ID}`) return { status: 200, body: view };
      if (url.pathname === `/api/applications/${ID}/withdraw` && init.method === 'POST') return { status: 200, body: { ...view, status: 'withdrawn', problems: [] } };
      return { status: 404 };
    });
    renderAt(`/grants/applications/${ID}`, routes);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw the application' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Withdraw' }));
    expect(await screen.findByText('Withdrawn')).toBeTruthy();
    expect(screen.queryByLabelText('Title (English)')).toBeNull();
  });
});

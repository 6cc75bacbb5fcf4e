import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../../shared/participation';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { OrganiserPanel } from './OrganiserPanel';

const closed: Consultation = {
  id: 'c2', title: { tr: 'Bisiklet yolları', en: 'Cycle lanes' }, description: { tr: '', en: '' },
  opensAt: '2026-09-01T09:00:00.000Z', closesAt: '2026-10-01T09:00:00.000Z', status: 'closed', audience: 'public', link: null,
  organiser: { name: 'Programme team', authorityCode: null }, minGroupSize: 5, allowNewStatements: true,
  questions: [], statements: [], respondents: 12, decision: null, demo: false, canManage: true,
};

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe("organiser's tools", () => {
  it('accepts a pending statement and publishes the decision once closed', async () => {
    const posted: { path: string; body: unknown }[] = [];
    let pending = [{ id: 's9', text: 'Add bike parking at stations', byRespondent: true }];
    stubApi((url, init) => {
      if (url.pathname === '/api/consultations/c2/statements/pending') return { status: 200, body: { items: pending } };
      if (init.method === 'POST') {
        posted.push({ path: url.pathname, body: JSON.parse(String(init.body)) });
        if (url.pathname.endsWith('/decision') && url.pathname.includes('/statements/')) pending = [];
        return { status: 200, body: {} };
      }
      return { status: 404 };
    });
    let changed = 0;
    renderAt('/consultations/c2', <OrganiserPanel consultation={closed} onChanged={() => changed++} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept the statement: Add bike parking at stations' }));
    expect(await screen.findByText('No statements are waiting.')).toBeTruthy();

    // An empty decision is refused on the page, before anything is sent.
    fireEvent.click(screen.getByRole('button', { name: 'Publish the decision' }));
    expect(await screen.findByText('Write the text in Turkish or English.')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Decision in English'), { target: { value: 'We build the lanes the groups agreed on.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Publish the decision' }));
    await waitFor(() => expect(changed).toBe(1));
    expect(posted).toEqual([
      { path: '/api/consultations/c2/statements/s9/decision', body: { accept: true } },
      { path: '/api/consultations/c2/decision', body: { text: { tr: '', en: 'We build the lanes the groups agreed on.' } } },
    ]);
  });

});

import { screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import type { Consultation } from '../../../../shared/participation';
import { LinkedConsultations } from './LinkedConsultations';

// Typed by the contract, so a changed schema fails here at the typecheck rather than at parse time.
const item: Consultation = {
  id: 'c7', title: { tr: 'Festival programı', en: 'Festival programme' }, description: { tr: '', en: 'Which events?' },
  opensAt: '2026-11-01T09:00:00.000Z', closesAt: '2027-01-31T21:00:00.000Z', status: 'open', audience: 'public',
  link: { kind: 'twinning', id: 't1' }, organiser: { name: 'Ayşe Yılmaz', authorityCode: 'TR-BSB-34' }, minGroupSize: 5,
  allowNewStatements: false, questions: [], statements: [], respondents: 0, decision: null, demo: false, canManage: false,
};

beforeAll(async () => {
  await i18n.changeLanguage('tr');
});
afterEach(resetApp);

describe('consultations on a linked page', () => {
  it('lists the consultations linked to the page, asked for by its link', async () => {
    const asked: string[] = [];
    stubApi((url) => {
      if (url.pathname !== '/api/consultations') return { status: 404 };
      asked.push(url.searchParams.get('linkedTo') ?? '');
      return { status: 200, body: { items: [item] } };
    });
    renderAt('/twinnings/t1', <LinkedConsultations kind="twinning" id="t1" />);
    const link = await screen.findByRole('link', { name: 'Festival programı' });
    expect(link.getAttribute('href')).toBe('/consultations/c7');
    expect(screen.getByRole('heading', { level: 2, name: 'Görüş toplama' })).toBeTruthy();
    expect(screen.getByText('Açık')).toBeTruthy();
    expect(asked).toEqual(['twinning:t1']);
  });

  it('shows nothing when none is linked', async () => {
    const fetched = stubApi(() => ({ status: 200, body: { items: [] } }));
    const { container } = renderAt('/twinnings/t1', <LinkedConsultations kind="twinning" id="t1" />);
    await waitFor(() => expect(fetched).toHaveBeenCalled());
    expect(container.querySelector('section')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ADMIN_CHECKS } from '../../../../shared/grants';
import type { AdminCheckView } from '../../../../shared/grants.applications';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { AdminCheckResult } from './AdminCheckResult';

afterEach(resetApp);
afterAll(async () => {
  await i18n.changeLanguage('en');
});

const answers = Object.fromEntries(ADMIN_CHECKS.map((c) => [c, c !== 'documents_complete']));
const ineligible: AdminCheckView = {
  answers, complete: true, eligible: false, failed: ['documents_complete'], unanswered: [], reasons: 'Statutes missing.',
  // 23:30 in İstanbul on 20 February: the 30 days run from that day to 22 March.
  checkedAt: '2019-02-20T20:30:00.000Z',
};

describe('the administrative check as an ineligible applicant reads it', () => {
  it('says how and by when to ask for a review, in English and Turkish', async () => {
    await i18n.changeLanguage('en');
    stubApi(() => ({ status: 404 }));
    renderAt('/', <AdminCheckResult check={ineligible} />);
    const box = await screen.findByTestId('app-redress');
    expect(box.textContent).toContain('How to ask for a review');
    expect(box.textContent).toContain('until 22 March 2019 (30 days from the decision)');
    expect(box.textContent).toContain('Write to the contracting authority');
    resetApp();
    await i18n.changeLanguage('tr');
    stubApi(() => ({ status: 404 }));
    renderAt('/', <AdminCheckResult check={ineligible} />);
    const kutu = await screen.findByTestId('app-redress');
    expect(kutu.textContent).toContain('Yeniden inceleme nasıl istenir');
    expect(kutu.textContent).toContain('22 Mart 2019 tarihine kadar');
  });
  it('says nothing of redress to an eligible application', async () => {
    await i18n.changeLanguage('en');
    const eligible = { ...ineligible, eligible: true, failed: [], answers: Object.fromEntries(ADMIN_CHECKS.map((c) => [c, true])) };
    stubApi(() => ({ status: 404 }));
    renderAt('/', <AdminCheckResult check={eligible} />);
    await screen.findByText('Administrative check', { exact: false });
    expect(screen.queryByTestId('app-redress')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import ConfirmAnswerPage from './ConfirmAnswerPage';

const ID = 'c7';
const page = () => <Routes><Route path="/consultations/:id/confirm" element={<ConfirmAnswerPage />} /></Routes>;

/** The server's answer to a confirmation; records the tokens posted. */
function api(answer: { status: number; body?: unknown }, posted: string[] = []) {
  return stubApi((url, init) => {
    if (url.pathname === `/api/consultations/${ID}/responses/confirm`) {
      posted.push((JSON.parse(String(init.body)) as { token: string }).token);
      return answer;
    }
    return { status: 404 };
  });
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the confirm page of a mailed link', () => {
  it('posts the token once, says the answer is recorded and that no word of the decision will follow', async () => {
    const posted: string[] = [];
    api({ status: 200, body: { recorded: true, respondents: 12 } }, posted);
    renderAt(`/consultations/${ID}/confirm?token=tok-recorded-aaaaaaaaaaaaaaa`, page());
    const done = (await screen.findByText('Your answer is recorded')).closest('[role="status"]')!;
    expect(done.textContent).toContain('12 people have answered so far');
    expect(done.textContent).toContain('we cannot tell you of the decision');
    expect(posted).toEqual(['tok-recorded-aaaaaaaaaaaaaaa']);
    expect(screen.getByRole('link', { name: 'Go to the consultation' }).getAttribute('href')).toBe(`/consultations/${ID}`);
  });

  it('says a used link in words (the translated conflict)', async () => {
    api({ status: 409, body: { error: 'conflict', message: 'used', reason: 'confirmation_used' } });
    renderAt(`/consultations/${ID}/confirm?token=tok-used-aaaaaaaaaaaaaaaaaaa`, page());
    expect((await screen.findByRole('alert')).textContent).toContain('This link was used already');
  });

  it('says an expired link in Turkish', async () => {
    await i18n.changeLanguage('tr');
    try {
      api({ status: 409, body: { error: 'conflict', message: 'expired', reason: 'confirmation_expired' } });
      renderAt(`/consultations/${ID}/confirm?token=tok-expired-aaaaaaaaaaaaaaaa`, page());
      expect((await screen.findByRole('alert')).textContent).toContain('Bu bağlantının süresi doldu');
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('says an address answers once, and that a link without a token is not valid', async () => {
    api({ status: 409, body: { error: 'conflict', message: 'answered', reason: 'already_responded' } });
    renderAt(`/consultations/${ID}/confirm?token=tok-twice-aaaaaaaaaaaaaaaaaa`, page());
    expect((await screen.findByRole('alert')).textContent).toContain('This e-mail address has already answered');
    resetApp();
    const posted: string[] = [];
    api({ status: 200, body: { recorded: true, respondents: 1 } }, posted);
    renderAt(`/consultations/${ID}/confirm`, page());
    expect((await screen.findByRole('alert')).textContent).toContain('This link is not valid');
    expect(posted).toEqual([]);
  });
});

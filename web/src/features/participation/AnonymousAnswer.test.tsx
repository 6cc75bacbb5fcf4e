import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Consultation } from '../../../../shared/participation';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import ConsultationPage from './ConsultationPage';

const ID = 'c7';
const label = (en: string, tr = en) => ({ en, tr });
const consultation: Consultation = {
  id: ID, title: label('Harbour square', 'Liman meydanı'), description: label('What should the square host?'),
  opensAt: '2026-11-01T09:00:00.000Z', closesAt: '2027-01-31T21:00:00.000Z', status: 'open', audience: 'public', link: null,
  organiser: { name: 'Programme team', authorityCode: null }, minGroupSize: 5, allowNewStatements: false,
  questions: [{ id: 'q1', kind: 'single', prompt: label('Main use'), required: true, options: [{ id: 'q1.o1', label: label('Market') }, { id: 'q1.o2', label: label('Concerts') }] }],
  statements: [], respondents: 3, decision: null, demo: false, canManage: false,
};
const results = { respondents: 3, groups: [], questions: [], statements: [], decision: null };

function api(shown: Consultation, sent: unknown[]) {
  return stubApi((url, init) => {
    if (url.pathname === `/api/consultations/${ID}`) return { status: 200, body: shown };
    if (url.pathname === `/api/consultations/${ID}/results`) return { status: 200, body: results };
    if (url.pathname === `/api/consultations/${ID}/responses/anonymous`) {
      sent.push(JSON.parse(String(init.body)));
      return { status: 202, body: { message: 'on its way', expiresInHours: 48 } };
    }
    return { status: 404 };
  });
}
const page = () => <Routes><Route path="/consultations/:id" element={<ConsultationPage />} /></Routes>;

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('answering a public consultation signed out', () => {
  it('asks for an address, says it is not kept, and sends nothing with a bad one', async () => {
    const sent: unknown[] = [];
    api(consultation, sent);
    renderAt(`/consultations/${ID}`, page());
    const email = await screen.findByRole('textbox', { name: /Your e-mail address/ });
    expect(screen.getByText(/We do not keep your address/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Have an account? Sign in to answer with it.' })).toBeTruthy();

    fireEvent.click(screen.getByRole('radio', { name: 'Concerts' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Turkey' }));
    fireEvent.change(email, { target: { value: 'not an address' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    expect(await screen.findByText('Enter a valid e-mail address, such as name@example.org.')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the response with the address and the reader’s language, then shows "check your mail"', async () => {
    const sent: unknown[] = [];
    api(consultation, sent);
    renderAt(`/consultations/${ID}`, page());
    fireEvent.change(await screen.findByRole('textbox', { name: /Your e-mail address/ }), { target: { value: ' ayse@example.org ' } });
    fireEvent.click(screen.getByRole('radio', { name: 'Market' }));
    fireEvent.click(screen.getByRole('radio', { name: 'EU' }));
    // The group is a Mantine select: open it and choose the option.
    const group = screen.getByRole('textbox', { name: /Stakeholder group/ });
    fireEvent.click(group);
    // Still fading in (display: none in happy-dom), but there and clickable.
    fireEvent.click(await screen.findByRole('option', { name: 'Citizen', hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Send my answer' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ group: 'citizen', side: 'EU', answers: [{ questionId: 'q1', optionIds: ['q1.o1'] }], votes: [], newStatements: [], email: 'ayse@example.org', locale: 'en' });
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('Check your mail');
    expect(status.textContent).toContain('If ayse@example.org can receive mail');
    expect(screen.queryByRole('button', { name: 'Send my answer' })).toBeNull();
  });

  it('still asks to sign in on a consultation for signed-in users', async () => {
    api({ ...consultation, audience: 'signed_in' }, []);
    renderAt(`/consultations/${ID}`, page());
    expect(await screen.findByText('Sign in to answer this consultation.')).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: /Your e-mail address/ })).toBeNull();
  });
});

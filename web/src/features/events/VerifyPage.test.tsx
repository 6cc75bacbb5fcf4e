import { configure, screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import VerifyPage from './VerifyPage';

// Each file runs on its own: on a busy machine a page takes longer than testing-library's default second to settle.
configure({ asyncUtilTimeout: 8_000 });

const certificate = {
  code: 'TB-7K2M-9QXA', valid: true, name: 'Elif Kaya', eventId: 'ev1', eventTitle: { tr: 'Proje döngüsü yönetimi', en: 'Project cycle management' },
  startsAt: '2027-03-03T07:00:00.000Z', endsAt: '2027-03-03T13:00:00.000Z', timeZone: 'Europe/Istanbul', hours: 6, organiser: 'Programme team',
};

function api(answer: { status: number; body?: unknown }) {
  stubApi((url) => (url.pathname.startsWith('/api/certificates/') ? answer : { status: 404 }));
}
const page = (code: string) => renderAt(`/verify/${code}`, <Routes><Route path="/verify/:code" element={<VerifyPage />} /></Routes>);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('certificate verification', () => {
  it('confirms a valid certificate and states what it certifies', async () => {
    api({ status: 200, body: certificate });
    page(certificate.code);
    expect(await screen.findByText('This certificate is valid')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'What the certificate states' });
    expect(within(table).getByRole('rowheader', { name: 'Attendee' }).closest('tr')!.textContent).toContain('Elif Kaya');
    expect(within(table).getByRole('link', { name: 'Project cycle management' }).getAttribute('href')).toBe('/events/ev1');
    expect(within(table).getByRole('rowheader', { name: 'When' }).closest('tr')!.textContent).toMatch(/10:00.*16:00/);
  });

  it('says when the attendance was withdrawn, and when no certificate has the code', async () => {
    api({ status: 200, body: { ...certificate, valid: false } });
    page(certificate.code);
    expect(await screen.findByText('This certificate is no longer valid')).toBeTruthy();
    resetApp();
    api({ status: 404, body: { error: 'not_found', message: 'No certificate' } });
    page('TB-NOPE');
    expect((await screen.findByRole('alert')).textContent).toBe('No certificate has this code. Check the code printed on the certificate.');
  });

  it('speaks Turkish', async () => {
    await i18n.changeLanguage('tr');
    try {
      api({ status: 200, body: certificate });
      page(certificate.code);
      expect(await screen.findByText('Bu belge geçerlidir')).toBeTruthy();
      expect(screen.getByRole('link', { name: 'Proje döngüsü yönetimi' })).toBeTruthy();
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});

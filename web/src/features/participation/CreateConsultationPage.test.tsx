import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import CreateConsultationPage from './CreateConsultationPage';

const manager = { id: 'u3', email: 'manager@twinbridge.demo', name: 'Deniz Aksoy', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const citizen = { ...manager, id: 'u9', email: 'citizen@twinbridge.demo', role: 'public' };

function api(user: typeof manager, posts: string[]) {
  stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'tok' } };
    if (init.method === 'POST') posts.push(url.pathname);
    return { status: 404 };
  });
}

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('opening a consultation', () => {
  it('is not offered to a user who may not organise', async () => {
    api(citizen, []);
    renderAt('/consultations/new', <CreateConsultationPage />);
    expect(await screen.findByText('Sign in as a programme manager or an officer to open a consultation.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Open the consultation' })).toBeNull();
  });

  it('says what is missing, at each field, and sends nothing', async () => {
    const posts: string[] = [];
    api(manager, posts);
    renderAt('/consultations/new', <CreateConsultationPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open the consultation' }));
    expect(await screen.findAllByText('Write it in Turkish or English.')).toHaveLength(3);
    expect(screen.getAllByText('Write the option in Turkish or English.')).toHaveLength(2);
    expect(screen.getAllByText('Give a date and time.')).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toContain('Please fix');
    expect(posts).toEqual([]);
  });
});

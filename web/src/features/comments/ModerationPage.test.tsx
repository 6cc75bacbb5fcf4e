import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ModerationItem } from '../../api/comments';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { actionsFor } from './comments.rules';
import ModerationPage from './ModerationPage';

const manager = { id: 'u2', email: 'manager@twinbridge.demo', name: 'Demo Programme Manager', role: 'programme_manager', locale: 'en', authorityCode: null, officerRequest: null };
const citizen = { ...manager, id: 'u9', email: 'citizen@twinbridge.demo', name: 'Elif Kaya', role: 'public' };
const comment = { target: 'project:p1', parentId: null, stance: 'against' as const, createdAt: '2026-12-01T10:00:00.000Z', editedAt: null, mine: false, editableUntil: null, canReport: false, reportedByMe: false };
const reports = [{ reason: 'Insults the mayor', at: '2026-12-02T09:00:00.000Z' }, { reason: 'Off topic', at: '2026-12-02T10:00:00.000Z' }, { reason: 'Rude', at: '2026-12-02T11:00:00.000Z' }];
const QUEUES: Record<string, ModerationItem[]> = {
  held: [{ comment: { ...comment, id: 'h1', author: { name: 'Hans Weber', authorityCode: 'DE-KOLN' }, body: 'You are all fools.', status: 'held' }, reports, lastDecision: null }],
  reported: [{ comment: { ...comment, id: 'r1', author: { name: 'Ayşe Demir', authorityCode: null }, body: 'Too expensive.', status: 'shown' }, reports: reports.slice(0, 1), lastDecision: { action: 'restore', reason: 'Criticism is allowed', at: '2026-12-01T12:00:00.000Z', by: 'Demo Admin' } }],
  hidden: [{ comment: { ...comment, id: 'x1', target: 'consultation:c1', author: { name: 'Troll', authorityCode: null }, body: 'Spam spam.', status: 'hidden' }, reports: [], lastDecision: { action: 'hide', reason: 'Advertising', at: '2026-12-03T12:00:00.000Z', by: 'Demo Admin' } }],
};
type Sent = { path: string; body: unknown };

function api(user: typeof manager, sent: Sent[] = []) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: 'tok' } };
    if (url.pathname === '/api/moderation/comments') return { status: 200, body: { items: QUEUES[url.searchParams.get('state') ?? 'held'] } };
    if (url.pathname.startsWith('/api/moderation/comments/')) {
      sent.push({ path: url.pathname, body: JSON.parse(String(init.body)) });
      return { status: 200, body: QUEUES.held![0] };
    }
    return { status: 404 };
  });
}

const page = <Routes><Route path="/moderation" element={<ModerationPage />} /></Routes>;

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the moderation queue', () => {
  it('offers only the decisions that fit each comment', async () => {
    api(manager);
    renderAt('/moderation', page);
    const held = (await screen.findByText('You are all fools.')).closest('li')!;
    const buttons = (li: HTMLElement) => within(li).getAllByRole('button').map((b) => b.textContent);
    expect(buttons(held)).toEqual(['Restore', 'Hide']);
    expect(within(held).getByText('Insults the mayor', { exact: false })).toBeTruthy();
    expect(within(held).getByRole('link', { name: 'a project' }).getAttribute('href')).toBe('/grants/projects/p1');

    fireEvent.click(screen.getByRole('tab', { name: 'Reported' }));
    const reported = (await screen.findByText('Too expensive.')).closest('li')!;
    expect(buttons(reported)).toEqual(['Keep', 'Hide']);
    expect(within(reported).getByText('Reason: Criticism is allowed')).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: 'Hidden' }));
    const hidden = (await screen.findByText('Spam spam.')).closest('li')!;
    expect(buttons(hidden)).toEqual(['Restore']);
    expect(within(hidden).getByText('No open reports.')).toBeTruthy();
    expect(within(hidden).getByRole('link', { name: 'a consultation' }).getAttribute('href')).toBe('/consultations/c1');
  });

  it('sends a decision only with a reason', async () => {
    const sent: Sent[] = [];
    api(manager, sent);
    renderAt('/moderation', page);
    fireEvent.click(await screen.findByRole('button', { name: 'Restore: the comment by Hans Weber' }));
    const dialog = await screen.findByRole('dialog', { name: 'Restore this comment' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    expect(await within(dialog).findByText('Give a reason of at least 3 characters.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Harsh but within the rules' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Restore' }));
    await waitFor(() => expect(sent).toEqual([{ path: '/api/moderation/comments/h1/decision', body: { action: 'restore', reason: 'Harsh but within the rules' } }]));
    const done = await screen.findByRole('status');
    expect(done.textContent).toBe('Your decision is recorded.');
    await waitFor(() => expect(document.activeElement).toBe(done));
  });

  it('is refused to readers who do not moderate', async () => {
    const calls = api(citizen);
    renderAt('/moderation', page);
    expect(await screen.findByText('Only administrators and programme managers moderate comments.')).toBeTruthy();
    expect(calls.mock.calls.some(([u]) => String(u).includes('/moderation/'))).toBe(false);
  });
});

describe('actionsFor', () => {
  it('keeps a shown comment only while it carries reports, and offers nothing on a deleted one', () => {
    expect(actionsFor('shown', 0)).toEqual(['hide']);
    expect(actionsFor('shown', 2)).toEqual(['keep', 'hide']);
    expect(actionsFor('deleted', 3)).toEqual([]);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Comment } from '../../../../shared/comments';
import i18n from '../../i18n';
import { renderAt, resetApp, stubApi } from '../../test/renderApp';
import { Comments } from './Comments';

const TARGET = 'twinning:t1';
const citizen = { id: 'u9', email: 'citizen@twinbridge.demo', name: 'Elif Kaya', role: 'public', locale: 'en', authorityCode: null, officerRequest: null };
const later = new Date(Date.now() + 10 * 60_000).toISOString();
const base = { target: TARGET, parentId: null, stance: 'neutral' as const, status: 'shown' as const, createdAt: '2026-12-01T10:00:00.000Z', editedAt: null, mine: false, editableUntil: null, canReport: false, reportedByMe: false };
const own: Comment = { ...base, id: 'c1', author: { name: 'Elif Kaya', authorityCode: null }, body: 'A fine plan for the river.', stance: 'for', mine: true, editableUntil: later, replies: [] };
const other: Comment = {
  ...base, id: 'c2', author: { name: 'Hans Weber', authorityCode: 'DE-KOLN' }, body: 'Too expensive.', stance: 'against', canReport: true,
  replies: [{ ...base, id: 'c3', parentId: 'c2', author: { name: 'Ayşe Demir', authorityCode: null }, body: 'The grant pays most of it.', canReport: true }],
};
const held: Comment = { ...base, id: 'c4', author: { name: 'Elif Kaya', authorityCode: null }, body: 'Something people reported.', status: 'held', mine: true, replies: [] };
const removed: Comment = { ...base, id: 'c5', author: null, body: '', status: 'hidden', replies: [{ ...base, id: 'c6', parentId: 'c5', author: { name: 'Hans Weber', authorityCode: null }, body: 'I agree with the removed one.' }] };

type Sent = { method: string; path: string; body: unknown };

function api(user: typeof citizen | null, items: Comment[], sent: Sent[] = []) {
  return stubApi((url, init) => {
    if (url.pathname === '/api/auth/me') return { status: 200, body: { user, csrfToken: user ? 'tok' : null } };
    if (url.pathname === '/api/comments' && (init.method ?? 'GET') === 'GET') {
      expect(url.searchParams.get('target')).toBe(TARGET);
      return { status: 200, body: { items, total: items.length } };
    }
    if (url.pathname.startsWith('/api/comments')) {
      sent.push({ method: init.method ?? 'GET', path: url.pathname, body: init.body ? JSON.parse(String(init.body)) : null });
      return init.method === 'DELETE' ? { status: 204 } : { status: 201, body: { held: false } };
    }
    return { status: 404 };
  });
}

const show = () => renderAt('/twinnings/t1', <Comments kind="twinning" id="t1" />);

beforeAll(async () => {
  await i18n.changeLanguage('en');
});
afterEach(resetApp);

describe('the comments on a page', () => {
  it('offers edit and delete on the reader’s own comment and report on the others’, with replies under their comment', async () => {
    api(citizen, [own, other]);
    show();
    const list = await screen.findByRole('list', { name: 'Comments on this page' });
    expect(screen.getByText('2 comments')).toBeTruthy();
    const [mine, theirs] = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(within(mine!).getByRole('button', { name: 'Edit your comment' })).toBeTruthy();
    expect(within(mine!).getByRole('button', { name: 'Delete your comment' })).toBeTruthy();
    expect(within(mine!).queryByRole('button', { name: /Report/ })).toBeNull();
    expect(within(mine!).getByText('For')).toBeTruthy();
    expect(within(theirs!).getByRole('button', { name: 'Report the comment by Hans Weber' })).toBeTruthy();
    expect(within(theirs!).queryByRole('button', { name: 'Edit your comment' })).toBeNull();
    expect(within(theirs!).getByRole('link', { name: 'DE-KOLN' })).toBeTruthy();
    const replies = within(theirs!).getByRole('list', { name: 'Replies to Hans Weber' });
    expect(within(replies).getByText('The grant pays most of it.')).toBeTruthy();
    // Replies go one level deep: a reply has no reply button of its own.
    expect(within(replies).queryByRole('button', { name: /^Reply/ })).toBeNull();
    expect(within(theirs!).getAllByRole('button', { name: 'Reply to Hans Weber' })).toHaveLength(1);
  });

  it('tells the author that a held comment is seen by them and the moderators only, and shows a removed one as a placeholder', async () => {
    api(citizen, [held, removed]);
    show();
    expect(await screen.findByText('Reports have hidden this comment until a moderator decides. Only you and the moderators see it.')).toBeTruthy();
    expect(screen.getByText('This comment was removed.')).toBeTruthy();
    expect(screen.getByText('I agree with the removed one.')).toBeTruthy();
    // A held comment cannot be edited, only deleted.
    expect(screen.queryByRole('button', { name: 'Edit your comment' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Delete your comment' })).toBeTruthy();
  });

  it('stops offering an edit once the edit window is past, but still a delete', async () => {
    api(citizen, [{ ...own, editableUntil: new Date(Date.now() - 1000).toISOString() }]);
    show();
    expect(await screen.findByRole('button', { name: 'Delete your comment' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Edit your comment' })).toBeNull();
  });

  it('asks signed-out readers to sign in instead of showing the form', async () => {
    api(null, [other]);
    show();
    await screen.findByText('Too expensive.');
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/signin?next=%2Ftwinnings%2Ft1');
    expect(screen.queryByRole('textbox', { name: 'Your comment' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Reply/ })).toBeNull();
  });

  it('posts a comment with its stance, and refuses an empty one', async () => {
    const sent: Sent[] = [];
    api(citizen, [], sent);
    show();
    expect(await screen.findByText('No comments yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    expect(await screen.findByText('Write something first.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.click(screen.getByRole('radio', { name: 'Against' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Your comment' }), { target: { value: '  Not in the park, please.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post comment' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ method: 'POST', path: '/api/comments', body: { target: TARGET, parentId: null, body: 'Not in the park, please.', stance: 'against' } });
  });
});

describe('reporting a comment', () => {
  it('needs a reason before anything is sent', async () => {
    const sent: Sent[] = [];
    api(citizen, [other], sent);
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Report the comment by Hans Weber' }));
    const dialog = await screen.findByRole('dialog', { name: 'Report this comment' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(await within(dialog).findByText('Give a reason of at least 3 characters.')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Insults the mayor' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send report' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ method: 'POST', path: '/api/comments/c2/reports', body: { reason: 'Insults the mayor' } });
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Report this comment' })).toBeNull());
    // The report button goes away with the report: the focus lands on the block's heading.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Comments' })));
  });
});

describe('a refusal', () => {
  it('is said in the reader’s words from its conflict code, and the form keeps the text', async () => {
    stubApi((url, init) => {
      if (url.pathname === '/api/auth/me') return { status: 200, body: { user: citizen, csrfToken: 'tok' } };
      if (url.pathname === '/api/comments' && (init.method ?? 'GET') === 'GET') return { status: 200, body: { items: [own], total: 1 } };
      if (url.pathname === '/api/comments/c1') return { status: 409, body: { error: 'conflict', message: 'Edit window closed', reason: 'comment_edit_closed', params: { minutes: 15 } } };
      return { status: 404 };
    });
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Edit your comment' }));
    const box = screen.getAllByRole('textbox', { name: 'Your comment' })[0]!;
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'A finer plan.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('A comment can be changed only within 15 minutes of posting it.')).toBeTruthy();
    expect((screen.getAllByRole('textbox', { name: 'Your comment' })[0] as HTMLTextAreaElement).value).toBe('A finer plan.');
  });
});

describe('deleting one’s own comment', () => {
  it('asks to confirm first', async () => {
    const sent: Sent[] = [];
    api(citizen, [own], sent);
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Delete your comment' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete your comment?' });
    expect(sent).toEqual([]);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete comment' }));
    await waitFor(() => expect(sent).toEqual([{ method: 'DELETE', path: '/api/comments/c1', body: null }]));
  });
});

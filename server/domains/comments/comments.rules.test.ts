import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMENT_STATUSES, EDIT_WINDOW_MINUTES, MODERATION_ACTIONS, type CommentStatus } from '../../../shared/comments';
import { deleteRefusal, editDeadline, editRefusal, layOut, moderate, readsInFull, replyRefusal, reportRefusal, reportsHold, type CommentFacts, type Reader } from './comments.rules';

const USERS = ['u1', 'u2', 'u3', 'u4'];
const status = fc.constantFrom(...COMMENT_STATUSES);
const reader: fc.Arbitrary<Reader> = fc.option(fc.record({ id: fc.constantFrom(...USERS), moderator: fc.boolean() }), { nil: null });

/** A thread of up to 12 comments: each either top-level or a reply to an earlier top-level one. */
const thread: fc.Arbitrary<CommentFacts[]> = fc
  .array(fc.record({ authorId: fc.constantFrom(...USERS), status, replyTo: fc.option(fc.nat(), { nil: null }) }), { maxLength: 12 })
  .map((specs) => {
    const rows: CommentFacts[] = [];
    specs.forEach((s, i) => {
      const tops = rows.filter((r) => r.parentId === null);
      const parentId = s.replyTo !== null && tops.length ? tops[s.replyTo % tops.length]!.id : null;
      rows.push({ id: `c${i}`, parentId, authorId: s.authorId, status: s.status });
    });
    return rows;
  });

describe('who reads a comment in full', () => {
  it('never shows a held, hidden or deleted comment to a reader who neither moderates nor wrote it, even as a reply', () => {
    fc.assert(
      fc.property(thread, reader, (rows, r) => {
        for (const l of layOut(rows, r)) {
          for (const c of [...(l.placeholder ? [] : [l.comment]), ...l.replies]) {
            if (c.status !== 'shown') expect(r !== null && (r.moderator || r.id === c.authorId)).toBe(true);
          }
        }
      }),
    );
  });

  it('shows every comment to a moderator, and everything shown to anyone', () => {
    fc.assert(
      fc.property(thread, fc.constantFrom(...USERS), (rows, id) => {
        const count = (laid: ReturnType<typeof layOut>) => laid.reduce((n, l) => n + (l.placeholder ? 0 : 1) + l.replies.length, 0);
        expect(count(layOut(rows, { id, moderator: true }))).toBe(rows.length);
        const shownReplies = rows.filter((c) => c.parentId && c.status === 'shown').length;
        const laid = layOut(rows, null);
        expect(laid.reduce((n, l) => n + l.replies.length, 0)).toBe(shownReplies);
        expect(laid.filter((l) => !l.placeholder).length).toBe(rows.filter((c) => !c.parentId && c.status === 'shown').length);
      }),
    );
  });

  it('keeps an unreadable top-level comment only as the placeholder of replies the reader reads', () => {
    fc.assert(
      fc.property(thread, reader, (rows, r) => {
        for (const l of layOut(rows, r)) {
          expect(l.placeholder).toBe(!readsInFull(l.comment, r));
          if (l.placeholder) expect(l.replies.length).toBeGreaterThan(0);
          for (const reply of l.replies) expect(reply.parentId).toBe(l.comment.id);
        }
      }),
    );
  });

  it('lets the author read their own held comment, and nobody else but moderators', () => {
    const c = { status: 'held' as CommentStatus, authorId: 'u1' };
    expect([readsInFull(c, { id: 'u1', moderator: false }), readsInFull(c, { id: 'u2', moderator: false }), readsInFull(c, { id: 'u2', moderator: true }), readsInFull(c, null)]).toEqual([true, false, true, false]);
  });
});

describe('the edit window', () => {
  const at = new Date('2026-05-01T10:00:00Z');
  it(`closes ${EDIT_WINDOW_MINUTES} minutes after posting`, () => {
    expect(editDeadline(at).toISOString()).toBe('2026-05-01T10:15:00.000Z');
    expect(editRefusal({ status: 'shown', createdAt: at }, new Date('2026-05-01T10:14:59Z'))).toBeNull();
    expect(editRefusal({ status: 'shown', createdAt: at }, new Date('2026-05-01T10:15:00Z'))).toMatchObject({ code: 'comment_edit_closed', params: { minutes: 15 } });
  });
  it('takes only shown comments', () => {
    expect(editRefusal({ status: 'held', createdAt: at }, at)?.code).toBe('comment_not_shown');
  });
});

describe('replies, reports and deletion', () => {
  it('hangs replies one level deep under a shown comment', () => {
    expect(replyRefusal({ parentId: null, status: 'shown' })).toBeNull();
    expect(replyRefusal({ parentId: 'c1', status: 'shown' })?.code).toBe('comment_reply_depth');
    expect(replyRefusal({ parentId: null, status: 'hidden' })?.code).toBe('comment_not_shown');
    expect(replyRefusal({ parentId: null, status: 'deleted' })?.code).toBe('comment_not_shown');
  });
  it('refuses a report of one’s own comment or of one not shown', () => {
    expect(reportRefusal({ status: 'shown', authorId: 'u1' }, 'u1')?.code).toBe('comment_own');
    expect(reportRefusal({ status: 'held', authorId: 'u1' }, 'u2')?.code).toBe('comment_not_shown');
    expect(reportRefusal({ status: 'shown', authorId: 'u1' }, 'u2')).toBeNull();
  });
  it('holds a comment from the third open report on', () => {
    expect([0, 1, 2, 3, 4].map(reportsHold)).toEqual([false, false, false, true, true]);
  });
  it('lets the author delete a shown or held comment, not a hidden or deleted one', () => {
    expect(COMMENT_STATUSES.map((s) => deleteRefusal(s)?.code ?? null)).toEqual([null, null, 'comment_not_shown', 'comment_not_shown']);
  });
});

describe('which moderation action fits which status', () => {
  const outcome = (action: (typeof MODERATION_ACTIONS)[number], s: CommentStatus, reports: number) => {
    const r = moderate(action, s, reports);
    return 'code' in r ? r.code : r.to;
  };
  it('keeps held or reported comments, hides shown or held ones, restores hidden or held ones', () => {
    expect(COMMENT_STATUSES.map((s) => outcome('keep', s, 2))).toEqual(['shown', 'shown', 'comment_moderation_state', 'comment_moderation_state']);
    expect(outcome('keep', 'shown', 0)).toBe('comment_moderation_state');
    expect(COMMENT_STATUSES.map((s) => outcome('hide', s, 0))).toEqual(['hidden', 'hidden', 'comment_moderation_state', 'comment_moderation_state']);
    expect(COMMENT_STATUSES.map((s) => outcome('restore', s, 0))).toEqual(['comment_moderation_state', 'shown', 'shown', 'comment_moderation_state']);
  });
  it('never acts on a deleted comment', () => {
    fc.assert(fc.property(fc.constantFrom(...MODERATION_ACTIONS), fc.nat(10), (a, n) => {
      expect(outcome(a, 'deleted', n)).toBe('comment_moderation_state');
    }));
  });
});

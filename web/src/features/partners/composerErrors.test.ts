import { describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client';
import { notificationLink } from '../../components/NotificationBell';
import { composerErrors } from './Composer';

describe('composer errors', () => {
  it('maps the 400 fields attachments.N to the Nth file and keeps the first problem code', () => {
    const err = new ApiRequestError(400, 'bad_request', 'Attachment refused', [
      { path: 'attachments.1', message: 'type application/x-msdownload not accepted', code: 'type' },
      { path: 'attachments.1', message: 'second', code: 'size' },
      { path: 'attachments.3', message: 'content is not a PDF file', code: 'content' },
      { path: 'attachments.4', message: 'from an older server' },
      { path: 'body', message: 'too short' },
    ]);
    expect(composerErrors(err)).toEqual({ body: 'too short', files: { 1: 'type', 3: 'content', 4: 'type' } });
    expect(composerErrors(new ApiRequestError(409, 'conflict', 'x'))).toEqual({ files: {} });
  });
});

describe('notification links', () => {
  const n = (link: string) => ({ id: '1', kind: 'message_received', payload: { title: 'Köln', link }, createdAt: '', readAt: null });
  it('follows in-app paths only', () => {
    expect(notificationLink(n('/partners/conversations/abc'))).toBe('/partners/conversations/abc');
    expect(notificationLink(n('https://evil.example/'))).toBe('/partners/inbox');
    expect(notificationLink(n('//evil.example/'))).toBe('/partners/inbox');
  });
});

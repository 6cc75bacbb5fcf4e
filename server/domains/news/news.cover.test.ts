import { describe, expect, it } from 'vitest';
import type { NewsPost } from '../../../shared/news';
import { refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { fieldCodes } from '../grants/applications/grants.applications.testkit';
import { written } from './news.testkit';

const w = withDemoPeople();

// The smallest real images: a 1×1 PNG and the first bytes of a JPEG (the server checks type, name and magic bytes).
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
const upload = (bytes: Buffer, filename: string, contentType: string) => ({ filename, contentType, dataBase64: bytes.toString('base64') });

describe('news cover images', () => {
  it('makes an uploaded PNG the cover that pages and readers fetch, and replaces it with a JPEG', async () => {
    const post = await written(w.p.manager, { titleEn: 'With a cover' });
    const res = await w.p.manager.request('PUT', `/api/news/${post.id}/cover`, upload(PNG, 'harbour.png', 'image/png'));
    expect(res.statusCode).toBe(200);
    const first = (res.json() as NewsPost).coverImage!;
    expect(first).toMatch(new RegExp(`^/api/news/${post.id}/cover/[0-9a-f-]{36}\\.png$`));
    const image = await w.anonymous.request('GET', first);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.equals(PNG)).toBe(true);
    expect(((await w.anonymous.request('GET', `/api/news/${post.id}`)).json() as NewsPost).coverImage).toBe(first);

    const second = ((await w.p.admin.request('PUT', `/api/news/${post.id}/cover`, upload(JPEG, 'Liman görünümü.jpg', 'image/jpeg'))).json() as NewsPost).coverImage!;
    expect(second).toMatch(/\.jpg$/);
    expect((await w.anonymous.request('GET', second)).rawPayload.equals(JPEG)).toBe(true);
    expect((await w.anonymous.request('GET', first)).statusCode).toBe(404); // the old bytes are gone

    // An edit that keeps the cover keeps it; one that clears it deletes the bytes.
    const kept = await w.p.manager.request('PUT', `/api/news/${post.id}`, { ...post, coverImage: second });
    expect((kept.json() as NewsPost).coverImage).toBe(second);
    await w.p.manager.request('PUT', `/api/news/${post.id}`, { ...post, coverImage: null });
    expect((await w.anonymous.request('GET', second)).statusCode).toBe(404);
  });

  it("keeps a draft's cover private like the draft", async () => {
    const draft = await written(w.p.manager, { titleEn: 'Draft with a cover' }, false);
    const path = ((await w.p.manager.request('PUT', `/api/news/${draft.id}/cover`, upload(PNG, 'a.png', 'image/png'))).json() as NewsPost).coverImage!;
    expect((await w.p.admin.request('GET', path)).statusCode).toBe(200);
    expect((await w.anonymous.request('GET', path)).statusCode).toBe(404);
    expect((await w.p.istanbul.request('GET', path)).statusCode).toBe(404);
  });

  it('refuses other roles, other file types and files that are not what they say, changing nothing', async () => {
    const post = await written(w.p.manager, { titleEn: 'Refusals' });
    const png = upload(PNG, 'a.png', 'image/png');
    expect(refusal(await w.p.istanbul.request('PUT', `/api/news/${post.id}/cover`, png))).toBe('403 forbidden');
    expect(refusal(await w.p.assessor.request('PUT', `/api/news/${post.id}/cover`, png))).toBe('403 forbidden');
    expect((await w.anonymous.request('PUT', `/api/news/${post.id}/cover`, png)).statusCode).toBe(401);
    const pdf = await w.p.manager.request('PUT', `/api/news/${post.id}/cover`, upload(Buffer.from('%PDF-1.4'), 'a.pdf', 'application/pdf'));
    expect(pdf.statusCode).toBe(400);
    expect(fieldCodes(pdf)[0]).toMatch(/^contentType/);
    const fake = await w.p.manager.request('PUT', `/api/news/${post.id}/cover`, upload(Buffer.from('<svg onload=alert(1)>'), 'a.png', 'image/png'));
    expect(fake.statusCode).toBe(400);
    expect(fieldCodes(fake)).toEqual(['dataBase64:content']);
    expect((await w.p.manager.request('PUT', '/api/news/00000000-0000-4000-8000-000000000000/cover', png)).statusCode).toBe(404);
    expect(((await w.anonymous.request('GET', `/api/news/${post.id}`)).json() as NewsPost).coverImage).toBeNull();
  });
});

import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit.schema';
import { refusal } from '../../test/harness';
import { withDemoPeople } from '../../test/people.testkit';
import { fieldCodes } from '../grants/applications/grants.applications.testkit';
import { libraryEntries } from './knowledge.schema';
import { entry, proposed, published } from './knowledge.testkit';

const world = withDemoPeople();

describe('proposing entries', () => {
  it('lets an officer propose; the entry is theirs, proposed, and hidden from the public and other officers', async () => {
    const e = await proposed(world.p.istanbul, { authorityCodes: ['TR-BSB-34'] });
    expect(e).toMatchObject({ status: 'proposed', mine: true, authorityCodes: ['TR-BSB-34'], publishedAt: null });
    expect(refusal(await world.anonymous.request('GET', `/api/library/${e.id}`))).toBe('404 not_found');
    expect(refusal(await world.p.koln.request('GET', `/api/library/${e.id}`))).toBe('404 not_found');
    expect((await world.p.manager.request('GET', `/api/library/${e.id}`)).json()).toMatchObject({ id: e.id, mine: false });
    const search = (await world.anonymous.request('GET', '/api/library?q=rehber&lang=tr')).json() as { items: { id: string }[] };
    expect(search.items.map((i) => i.id)).not.toContain(e.id);
    const [row] = await world.t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, e.id), eq(auditLog.action, 'library.propose')));
    expect(row).toBeDefined();
  });

  it('refuses the signed-out (401), citizens and assessors (403), and writes nothing', async () => {
    const before = (await world.t.ctx.db.select().from(libraryEntries)).length;
    expect(refusal(await world.anonymous.request('POST', '/api/library', entry()))).toBe('401 unauthorized');
    expect(refusal(await world.p.citizen.request('POST', '/api/library', entry()))).toBe('403 forbidden');
    expect(refusal(await world.p.assessor.request('POST', '/api/library', entry()))).toBe('403 forbidden');
    expect((await world.t.ctx.db.select().from(libraryEntries)).length).toBe(before);
  });

  it('answers 400 with field codes for missing text, a bad kind and links that name nothing', async () => {
    const res = await world.p.istanbul.request('POST', '/api/library', { kind: 'poem', titleTr: '', titleEn: '', summaryTr: '', themes: ['weather'] });
    expect(res.statusCode).toBe(400);
    expect(fieldCodes(res)).toEqual(expect.arrayContaining(['kind:', 'themes.0:']));
    const noText = await world.p.istanbul.request('POST', '/api/library', entry({ titleTr: '', titleEn: '' }));
    expect(fieldCodes(noText)).toEqual(['titleTr:']);
    const links = await world.p.istanbul.request('POST', '/api/library', entry({ authorityCodes: ['XX-NOPE'], twinningIds: ['00000000-0000-4000-8000-000000000001'], projectIds: ['00000000-0000-4000-8000-000000000002'] }));
    expect(links.statusCode).toBe(400);
    expect(fieldCodes(links)).toEqual(['authorityCodes.0:unknown_authority', 'twinningIds.0:unknown_twinning', 'projectIds.0:unknown_project']);
  });
});

describe('publishing and rejecting', () => {
  it('lets a manager publish (audited): the entry becomes public and searchable; a second decision is a 409', async () => {
    const e = await proposed(world.p.istanbul, { titleEn: 'Composting in twinned towns', summaryEn: 'How two towns shared composting.' });
    const res = await world.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' });
    expect(res.json()).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await world.anonymous.request('GET', `/api/library/${e.id}`)).json()).toMatchObject({ status: 'published', mine: false });
    const [row] = await world.t.ctx.db.select().from(auditLog).where(and(eq(auditLog.entityId, e.id), eq(auditLog.action, 'library.publish')));
    expect(row).toMatchObject({ before: { status: 'proposed' }, after: { status: 'published' } });
    const again = await world.p.admin.request('POST', `/api/library/${e.id}/decision`, { action: 'reject', reason: 'Too late' });
    expect(refusal(again)).toBe('409 library_entry_decided');
  });

  it('lets an admin reject with a reason (required); the proposer reads why, the public still gets a 404', async () => {
    const e = await proposed(world.p.koln);
    expect(fieldCodes(await world.p.admin.request('POST', `/api/library/${e.id}/decision`, { action: 'reject' }))).toEqual(['reason:']);
    const res = await world.p.admin.request('POST', `/api/library/${e.id}/decision`, { action: 'reject', reason: 'Needs an English summary' });
    expect(res.json()).toMatchObject({ status: 'rejected', decisionReason: 'Needs an English summary' });
    expect((await world.p.koln.request('GET', `/api/library/${e.id}`)).json()).toMatchObject({ status: 'rejected', mine: true });
    expect(refusal(await world.anonymous.request('GET', `/api/library/${e.id}`))).toBe('404 not_found');
  });

  it('refuses decisions by officers, citizens (403) and the signed-out (401); an unknown entry is a 404', async () => {
    const e = await proposed(world.p.istanbul);
    expect(refusal(await world.p.istanbul.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' }))).toBe('403 forbidden');
    expect(refusal(await world.p.citizen.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' }))).toBe('403 forbidden');
    expect(refusal(await world.anonymous.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' }))).toBe('401 unauthorized');
    expect(refusal(await world.p.manager.request('POST', '/api/library/00000000-0000-4000-8000-000000000009/decision', { action: 'publish' }))).toBe('404 not_found');
    expect((await world.p.manager.request('GET', `/api/library/${e.id}`)).json()).toMatchObject({ status: 'proposed' });
  });
});

describe('the review list', () => {
  it('gives managers what waits, officers their own proposals, and refuses citizens and the signed-out', async () => {
    const mine = await proposed(world.p.koln, { titleEn: 'Köln review item' });
    const waiting = (await world.p.manager.request('GET', '/api/library/review')).json() as { items: { id: string; status: string }[] };
    expect(waiting.items.map((i) => i.id)).toContain(mine.id);
    expect(waiting.items.every((i) => i.status === 'proposed')).toBe(true);
    const own = (await world.p.koln.request('GET', '/api/library/review')).json() as { items: { id: string }[] };
    expect(own.items.map((i) => i.id)).toContain(mine.id);
    const istanbul = (await world.p.istanbul.request('GET', '/api/library/review')).json() as { items: { id: string }[] };
    expect(istanbul.items.map((i) => i.id)).not.toContain(mine.id);
    expect(refusal(await world.p.citizen.request('GET', '/api/library/review'))).toBe('403 forbidden');
    expect(refusal(await world.anonymous.request('GET', '/api/library/review'))).toBe('401 unauthorized');
  });
});

describe('search input', () => {
  it('answers 400 for an unknown filter value, never a 500', async () => {
    expect((await world.anonymous.request('GET', '/api/library?lang=de')).statusCode).toBe(400);
    expect((await world.anonymous.request('GET', '/api/library?theme=weather')).statusCode).toBe(400);
    expect((await world.anonymous.request('GET', '/api/library?limit=500')).statusCode).toBe(400);
    expect((await world.anonymous.request('GET', `/api/library?q=${encodeURIComponent("'&|!():* <b>")}`)).statusCode).toBe(200);
  });

  it('publishes through the testkit helper for the search tests', async () => {
    const e = await published(world.p.istanbul, world.p.manager);
    expect(e.status).toBe('published');
  });
});

describe('attachments', () => {
  const pdf = Buffer.from('%PDF-1.4\n% a tiny test file\n').toString('base64');
  const upload = (filename = 'rehber.pdf', contentType = 'application/pdf', dataBase64 = pdf) => ({ filename, contentType, dataBase64 });

  it('lets the proposer attach a PDF before review; readers of the entry download it with its type', async () => {
    const e = await proposed(world.p.istanbul);
    const res = await world.p.istanbul.request('POST', `/api/library/${e.id}/files`, upload('Atık rehberi.pdf'));
    expect(res.statusCode).toBe(201);
    const file = res.json() as { id: string; filename: string; size: number };
    expect(file).toMatchObject({ filename: 'Atık rehberi.pdf', contentType: 'application/pdf' });
    expect((await world.p.manager.request('GET', `/api/library/${e.id}`)).json().files).toEqual([file]);
    expect(refusal(await world.anonymous.request('GET', `/api/library/${e.id}/files/${file.id}`))).toBe('404 not_found');
    await world.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' });
    const got = await world.anonymous.request('GET', `/api/library/${e.id}/files/${file.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.toString('base64')).toBe(pdf);
  });

  it('refuses other types, fake PDFs, other users and the proposer after review; caps the count with a 409', async () => {
    const e = await proposed(world.p.istanbul);
    expect(fieldCodes(await world.p.istanbul.request('POST', `/api/library/${e.id}/files`, upload('notes.txt', 'text/plain', Buffer.from('hi').toString('base64'))))).toEqual(['dataBase64:type']);
    expect(fieldCodes(await world.p.istanbul.request('POST', `/api/library/${e.id}/files`, upload('fake.pdf', 'application/pdf', Buffer.from('<html>').toString('base64'))))).toEqual(['dataBase64:content']);
    expect(refusal(await world.p.koln.request('POST', `/api/library/${e.id}/files`, upload()))).toBe('404 not_found');
    expect(refusal(await world.p.citizen.request('POST', `/api/library/${e.id}/files`, upload()))).toBe('404 not_found');
    for (let i = 0; i < 5; i++) expect((await world.p.manager.request('POST', `/api/library/${e.id}/files`, upload(`f${i}.pdf`))).statusCode).toBe(201);
    expect(refusal(await world.p.istanbul.request('POST', `/api/library/${e.id}/files`, upload()))).toBe('409 library_files_full');
    await world.p.manager.request('POST', `/api/library/${e.id}/decision`, { action: 'publish' });
    const other = await published(world.p.istanbul, world.p.manager);
    expect(refusal(await world.p.istanbul.request('POST', `/api/library/${other.id}/files`, upload()))).toBe('403 forbidden');
    expect(refusal(await world.p.citizen.request('POST', `/api/library/${other.id}/files`, upload()))).toBe('403 forbidden');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Agent, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { signedIn, signedUp } from '../accounts/accounts.testkit';

let t: TestApp;
let koln: Agent;
let istanbul: Agent;
let admin: Agent;
let ankara: Agent;
let id = '';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const upload = (who: Agent, body: Record<string, unknown>) => who.request('POST', `/api/twinnings/${id}/files`, body);
const protocol = { kind: 'protocol', filename: 'Protokol Köln–Ankara.pdf', contentType: 'application/pdf', dataBase64: PDF.toString('base64') };
const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
const uploadsOnDisk = () => {
  const dir = path.join(t.ctx.config.dataDir, 'uploads');
  return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((f) => !fs.statSync(path.join(dir, String(f))).isDirectory()).length : 0;
};

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  admin = await signedIn(t.app, 'admin@twinbridge.demo');
  koln = await signedIn(t.app, 'koln@twinbridge.demo');
  istanbul = await signedIn(t.app, 'istanbul@twinbridge.demo');
  ankara = await signedUp(t.app, 'ankara.files@example.org', 'Ankara Officer');
  const request = await ankara.request('POST', '/api/officer-requests', { authorityCode: 'TR-BSB-06' });
  await admin.request('POST', `/api/admin/officer-requests/${request.json().id}/decision`, { decision: 'approved' });
  id = (await koln.request('POST', '/api/twinnings', { partnerCode: 'TR-BSB-06' })).json().id;
  // The partner takes the proposal on, so the twinning is public (a bare proposal is the sides' alone).
  await ankara.request('POST', `/api/twinnings/${id}/move`, { to: 'exploring' });
});
afterAll(async () => t.close());

describe('documents of a twinning', () => {
  let privateId = '';
  let publicId = '';
  it('officers of either side upload; others are refused', async () => {
    expect((await upload(istanbul, protocol)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: `/api/twinnings/${id}/files`, payload: protocol })).statusCode).toBe(401);
    const priv = await upload(koln, { ...protocol, kind: 'letter_of_intent', filename: 'draft.pdf' });
    expect(priv.statusCode).toBe(201);
    expect(priv.json()).toMatchObject({ public: false, kind: 'letter_of_intent', size: PDF.length, uploadedBy: 'Jonas Becker' });
    privateId = priv.json().id;
    const pub = await upload(ankara, { ...protocol, public: true });
    expect(pub.json()).toMatchObject({ public: true, filename: 'Protokol Köln–Ankara.pdf' });
    publicId = pub.json().id;
  });
  it('refuses a wrong type, a lying file and a photo that is not an image with field messages, storing nothing', async () => {
    const before = uploadsOnDisk();
    const exe = await upload(koln, { ...protocol, filename: 'run.exe', contentType: 'application/x-msdownload' });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().fields).toEqual([expect.objectContaining({ path: 'dataBase64', message: expect.stringMatching(/not accepted/) })]);
    const lying = await upload(koln, { ...protocol, dataBase64: Buffer.from('<html>').toString('base64') });
    expect(lying.json().fields[0].message).toMatch(/not a PDF/);
    const photo = await upload(koln, { ...protocol, kind: 'photo', activityId: '00000000-0000-4000-8000-000000000000' });
    expect(photo.json().fields.map((f: { path: string }) => f.path).sort()).toEqual(['activityId', 'contentType']);
    expect((await upload(koln, { ...protocol, kind: 'poster' })).statusCode).toBe(400);
    expect(uploadsOnDisk()).toBe(before);
  });
  it('shows private files only to the two sides and admins; a private file is a 404 for others', async () => {
    const names = async (who: Agent | null) =>
      ((who ? await who.request('GET', `/api/twinnings/${id}/files`) : await anonymous(`/api/twinnings/${id}/files`)).json().items as { id: string }[]).map((f) => f.id).sort();
    expect(await names(koln)).toEqual([privateId, publicId].sort());
    expect(await names(admin)).toEqual([privateId, publicId].sort());
    expect(await names(null)).toEqual([publicId]);
    expect(await names(istanbul)).toEqual([publicId]);
    expect((await anonymous(`/api/twinnings/${id}/files/${privateId}`)).statusCode).toBe(404);
    expect((await istanbul.request('GET', `/api/twinnings/${id}/files/${privateId}`)).statusCode).toBe(404);
    const got = await anonymous(`/api/twinnings/${id}/files/${publicId}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(PDF)).toBe(true);
    expect((await ankara.request('GET', `/api/twinnings/${id}/files/${privateId}`)).rawPayload.equals(PDF)).toBe(true);
  });
  it('lets the sides publish, hide and remove files; others may not', async () => {
    expect((await istanbul.request('PATCH', `/api/twinnings/${id}/files/${publicId}`, { public: false })).statusCode).toBe(403);
    expect((await ankara.request('PATCH', `/api/twinnings/${id}/files/${privateId}`, { public: true })).json().public).toBe(true);
    expect((await anonymous(`/api/twinnings/${id}/files/${privateId}`)).statusCode).toBe(200);
    expect((await istanbul.request('DELETE', `/api/twinnings/${id}/files/${publicId}`)).statusCode).toBe(403);
    const before = uploadsOnDisk();
    expect((await koln.request('DELETE', `/api/twinnings/${id}/files/${publicId}`)).statusCode).toBe(204);
    expect(uploadsOnDisk()).toBe(before - 1);
    expect((await anonymous(`/api/twinnings/${id}/files/${publicId}`)).statusCode).toBe(404);
    // The sides read the file entries in the timeline; the public reads only the steps (issue 15).
    const actions = (await koln.request('GET', `/api/twinnings/${id}`)).json().timeline.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['file_uploaded', 'file_visibility', 'file_deleted']));
    expect((await anonymous(`/api/twinnings/${id}`)).json().timeline.map((e: { action: string }) => e.action)).toEqual(['proposed', 'moved']);
  });
  it('keeps photos with their activity', async () => {
    const act = await ankara.request('POST', `/api/twinnings/${id}/activities`, { kind: 'event', title: 'Recycling week', startsOn: '2026-09-01', themes: ['recycling'] });
    const photo = await upload(ankara, { kind: 'photo', filename: 'week.png', contentType: 'image/png', dataBase64: PNG.toString('base64'), public: true, activityId: act.json().id });
    expect(photo.statusCode).toBe(201);
    expect(photo.json()).toMatchObject({ kind: 'photo', activityId: act.json().id });
  });
});

describe('registry filters and exports', () => {
  it('filters the list, the counts and the map by theme and by Turkish province', async () => {
    const list = (await anonymous('/api/twinnings?theme=recycling')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
    expect((await anonymous('/api/twinnings?theme=culture')).json().total).toBe(0);
    expect((await anonymous('/api/twinnings?theme=astrology')).statusCode).toBe(400);
    const lines = (await anonymous('/api/twinnings/network?province=Ankara&source=platform')).json();
    expect(lines.status.map((i: number) => lines.statuses[i])).toEqual(['exploring']);
    const stats = (await anonymous('/api/twinnings/stats?theme=recycling')).json();
    expect(stats).toMatchObject({ total: 1, byProvince: { Ankara: 1 } });
  });
  it('exports the filtered registry as CSV', async () => {
    const res = await anonymous('/api/twinnings/export.csv?source=platform');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="twinbridge-twinnings-.*\.csv"/);
    const lines = res.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,a_code,a_name,a_country,b_code,b_name,b_country,status,since,source,sources');
    // The Turkish side first and the list's words for state and source, as on the registry page.
    expect(lines.slice(1)).toEqual([`${id},TR-BSB-06,Ankara Büyükşehir Belediyesi,TR,DE_05315000,"Köln, Stadt",DE,Exploring,,TwinBridge,TwinBridge`]);
    const tr = (await anonymous('/api/twinnings/export.csv?source=platform&lang=tr')).body.trim().split('\r\n');
    expect(tr[1]).toMatch(/,Görüşülüyor,,TwinBridge,TwinBridge$/);
    expect((await anonymous('/api/twinnings/export.csv?lang=de')).statusCode).toBe(400);
  });
  it('exports the same rows as XLSX', async () => {
    const res = await anonymous('/api/twinnings/export.xlsx?source=platform');
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const sheet = strFromU8(unzipSync(res.rawPayload)['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<t xml:space="preserve">Ankara Büyükşehir Belediyesi</t>');
    expect(sheet.match(/<row /g)).toHaveLength(2);
    expect((await anonymous('/api/twinnings/export.pdf')).statusCode).toBe(400);
  });
});

// The signed-in side of the load benchmark: demo people sign in, and each writing virtual user gets
// its own officer, draft application and conversation, as real officers each edit their own draft and
// write in their own conversations (one shared row would measure a lock queue, not the platform).
// Everything is made through the API, as people make it: sign-up, the mailed link (read from the
// admin's outbox), an officer request the admin approves, a draft on an open call, an approach Köln
// accepts. Idempotent: on a kept data folder the second run signs the same officers in.

const PASSWORD = 'twinbridge-demo';
/** The writers' password (sign-up asks for a strong one). */
const WRITER_PASSWORD = 'bench load writer 2026';
/** Turkish metropolitan municipalities the writers act for (İstanbul is the demo officer's). */
const WRITER_AUTHORITIES = ['01', '06', '07', '09', '10', '16', '20', '21', '26', '27', '33', '35', '38', '41', '42', '45'].map((p) => `TR-BSB-${p}`);
const KOLN = 'DE_05315000';

export interface Session {
  headers: Record<string, string>;
}

/** What one writing virtual user writes into: its own draft and its own conversation. */
export interface Writer {
  session: Session;
  draft: string;
  conversation: string;
}

/** Sign a person in: the session cookie and the CSRF token every write carries. */
export async function signIn(base: string, email: string, password = PASSWORD): Promise<Session> {
  const res = await fetch(`${base}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  return sessionOf(res);
}

async function sessionOf(res: Response): Promise<Session> {
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
}

async function call<T>(base: string, s: Session | null, method: string, path: string, body?: unknown): Promise<T> {
  const headers = s?.headers ?? { 'content-type': 'application/json' };
  const res = await fetch(`${base}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A draft application the officer's authority leads: an existing one, or one started on an open call. */
export async function draftOf(base: string, s: Session): Promise<string> {
  const mine = await call<{ items: { id: string; status: string; role?: string }[] }>(base, s, 'GET', '/api/applications?status=draft');
  if (mine.items[0]) return mine.items[0].id;
  const calls = await call<{ items: { id: string; status: string; open: boolean }[] }>(base, s, 'GET', '/api/calls');
  for (const c of calls.items.filter((x) => x.open)) {
    const { 'content-type': _json, ...headers } = s.headers; // no body: a JSON content type would ask for one
    const res = await fetch(`${base}/api/calls/${c.id}/applications`, { method: 'POST', headers });
    if (res.ok) return ((await res.json()) as { id: string }).id;
  }
  throw new Error('no draft application and no open call to start one on');
}

/** A conversation of the officer's authority with `toCode`: an existing one, or one opened by an approach `to` accepts. */
export async function conversationOf(base: string, from: Session, to: Session, toCode: string): Promise<string> {
  type Conversations = { items: { id: string; a: { code: string }; b: { code: string } }[] };
  const find = async () => (await call<Conversations>(base, from, 'GET', '/api/conversations')).items.find((c) => c.a.code === toCode || c.b.code === toCode)?.id;
  const known = await find();
  if (known) return known;
  const eoi = await call<{ id: string }>(base, from, 'POST', '/api/expressions-of-interest', { toCode, message: 'Benchmark approach: shall we talk about a twinning?' });
  await call(base, to, 'POST', `/api/expressions-of-interest/${eoi.id}/decision`, { decision: 'accepted' });
  const opened = await find();
  if (!opened) throw new Error('the accepted approach opened no conversation');
  return opened;
}

/** An officer of `code` signed in: signed up through the mailed link and approved by the admin the first time. */
async function officerOf(base: string, admin: Session, code: string): Promise<Session> {
  const email = `bench.${code.toLowerCase()}@example.org`;
  const users = await call<{ total: number }>(base, admin, 'GET', `/api/admin/users?q=${encodeURIComponent(email)}`);
  if (users.total === 0) {
    await call(base, null, 'POST', '/api/auth/signup', { email, name: `Bench officer ${code}`, password: WRITER_PASSWORD, locale: 'en', acceptTerms: true, acceptPrivacy: true });
    const outbox = await call<{ items: { to: string; body: string }[] }>(base, admin, 'GET', '/api/admin/outbox?limit=200');
    const link = outbox.items.find((m) => m.to === email && /\/signup\/confirm\?token=/.test(m.body))?.body;
    const token = link && /\/signup\/confirm\?token=(\S+)/.exec(link)?.[1];
    if (!token) throw new Error(`no sign-up link for ${email} in the outbox`);
    const confirmed = await fetch(`${base}/api/auth/signup/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: decodeURIComponent(token) }) });
    if (!confirmed.ok) throw new Error(`sign-up of ${email}: ${confirmed.status} ${await confirmed.text()}`);
    const request = await call<{ id: string }>(base, await sessionOf(confirmed), 'POST', '/api/officer-requests', { authorityCode: code });
    await call(base, admin, 'POST', `/api/admin/officer-requests/${request.id}/decision`, { decision: 'approved' });
  }
  return signIn(base, email, WRITER_PASSWORD);
}

/**
 * `count` writers, each an officer of its own Turkish metropolitan municipality with its own draft and
 * its own conversation with Köln (whose demo officer accepts the approaches).
 */
export async function writers(base: string, count: number): Promise<Writer[]> {
  const admin = await signIn(base, 'admin@twinbridge.demo');
  const koln = await signIn(base, 'koln@twinbridge.demo');
  const out: Writer[] = [];
  for (const code of WRITER_AUTHORITIES.slice(0, count)) {
    const session = await officerOf(base, admin, code);
    out.push({ session, draft: await draftOf(base, session), conversation: await conversationOf(base, session, koln, KOLN) });
  }
  return out;
}

/** Most writers the benchmark makes: sign-up allows 20 requests an hour from one address. */
export const MAX_WRITERS = WRITER_AUTHORITIES.length;

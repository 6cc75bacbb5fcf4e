// The signed-in side of the load benchmark: demo people sign in, and find (or make) what the writes
// of the mix edit: a draft application of İstanbul's and a conversation between İstanbul and Köln.

const PASSWORD = 'twinbridge-demo';

export interface Session {
  headers: Record<string, string>;
}

/** Sign a demo person in: the session cookie and the CSRF token every write carries. */
export async function signIn(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/signin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: PASSWORD }) });
  if (!res.ok) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' } };
}

async function call<T>(base: string, s: Session, method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${base}${path}`, { method, headers: s.headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A draft application the officer's authority leads: an existing one, or one started on an open call. */
export async function draftOf(base: string, s: Session): Promise<string> {
  const mine = await call<{ items: { id: string; status: string; role?: string }[] }>(base, s, 'GET', '/api/applications?status=draft');
  if (mine.items[0]) return mine.items[0].id;
  const calls = await call<{ items: { id: string; status: string }[] }>(base, s, 'GET', '/api/calls');
  for (const c of calls.items.filter((x) => x.status === 'open')) {
    const res = await fetch(`${base}/api/calls/${c.id}/applications`, { method: 'POST', headers: s.headers });
    if (res.ok) return ((await res.json()) as { id: string }).id;
  }
  throw new Error('no draft application and no open call to start one on');
}

/** A conversation between the two officers' authorities: an existing one, or one opened by an accepted approach. */
export async function conversationOf(base: string, from: Session, to: Session, toCode: string): Promise<string> {
  const list = await call<{ items: { id: string }[] }>(base, from, 'GET', '/api/conversations');
  if (list.items[0]) return list.items[0].id;
  const eoi = await call<{ id: string }>(base, from, 'POST', '/api/expressions-of-interest', { toCode, message: 'Benchmark approach: shall we talk about a twinning?' });
  await call(base, to, 'POST', `/api/expressions-of-interest/${eoi.id}/decision`, { decision: 'accepted' });
  const opened = await call<{ items: { id: string }[] }>(base, from, 'GET', '/api/conversations');
  if (!opened.items[0]) throw new Error('the accepted approach opened no conversation');
  return opened.items[0].id;
}

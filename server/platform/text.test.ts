import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { users } from '../domains/accounts/accounts.schema';
import type { Agent } from '../test/harness';
import { withDemoPeople } from '../test/people.testkit';
import { badText, badTextFields } from './text';

const w = withDemoPeople();

const NUL = '\u0000';
const LONE = '\ud800';
type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Schema = { type?: string; properties?: Record<string, Schema> };
type Operation = {
  parameters?: { in: string; name: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

/** Every route of the generated OpenAPI with the text fields it takes, one probe per field. */
function probes(): { method: Method; path: string; where: 'path' | 'query' | 'body'; name: string }[] {
  const doc = w.t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
  const out: ReturnType<typeof probes> = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      for (const p of op.parameters ?? []) {
        if ((p.in === 'path' || p.in === 'query') && (p.schema?.type === 'string' || p.schema?.type === undefined)) {
          out.push({ method: method.toUpperCase() as Method, path, where: p.in, name: p.name });
        }
      }
      const json = op.requestBody?.content?.['application/json']?.schema;
      for (const [name, s] of Object.entries(json?.properties ?? {})) {
        if (s.type === 'string' || s.type === undefined) out.push({ method: method.toUpperCase() as Method, path, where: 'body', name });
      }
    }
  }
  return out;
}

/** The request of one probe with `bad` in its field; every other path parameter is a harmless word. */
function request(p: ReturnType<typeof probes>[number], bad: string): { url: string; body?: object } {
  let url = p.path.replace(/\{([^}]+)\}/g, (_m, name: string) => (p.where === 'path' && name === p.name ? encodeURIComponent(bad) : 'x'));
  if (p.where === 'query') url += `?${encodeURIComponent(p.name)}=${encodeURIComponent(bad)}`;
  const sendsBody = p.method !== 'GET' && p.method !== 'DELETE';
  return { url, ...(p.where === 'body' ? { body: { [p.name]: bad } } : sendsBody ? { body: {} } : {}) };
}

describe('NUL and lone surrogates, on every route', () => {
  it('every text field of every route refuses them with a 400 naming the field, anonymous (or a 401 at a closed route) and as admin', async () => {
    const all = probes();
    expect(all.length).toBeGreaterThan(100);
    const wrong: string[] = [];
    for (const [who, agent] of [['anonymous', w.anonymous], ['admin', w.p.admin]] as [string, Agent][]) {
      for (const p of all) {
        // A lone surrogate has no UTF-8 form, so it cannot be put in a URL (encodeURIComponent throws):
        // there only NUL is tried; in a JSON body both are (the JSON escape \ud800).
        for (const bad of p.where === 'body' ? [NUL, LONE] : [NUL]) {
          const { url, body } = request(p, bad);
          const res = await agent.request(p.method, url, body);
          const fields = (res.json() as { fields?: { path: string }[] }).fields ?? [];
          // A route closed to signed-out callers answers them 401 at its gate, before reading any input.
          if (who === 'anonymous' && res.statusCode === 401) continue;
          if (res.statusCode !== 400 || !fields.some((f) => f.path === p.name)) wrong.push(`${who} ${p.method} ${url} ${p.where}.${p.name} ${JSON.stringify(bad)}: ${res.statusCode}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  }, 600_000);

  it('a URL whose bytes are not UTF-8 (a surrogate encoded anyway) is a 4xx, never a 500', async () => {
    for (const url of ['/api/partner-requests?authority=%ED%A0%80', '/api/partner-requests/%ED%A0%80', '/api/authorities?q=%ED%A0%80']) {
      const res = await w.anonymous.request('GET', url);
      expect(res.statusCode, url).toBeLessThan(500);
    }
  });

  it('sign-up with a NUL in the name is a 400 on name and creates no account', async () => {
    const email = 'nul.name@example.org';
    const res = await w.anonymous.request('POST', '/api/auth/signup', { email, name: `Ay${NUL}şe`, password: 'a long enough passphrase 42', locale: 'en', acceptTerms: true, acceptPrivacy: true });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad_request', message: 'Invalid body', fields: [{ path: 'name', message: 'must not contain a NUL character' }] });
    expect(await w.t.ctx.db.select().from(users).where(eq(users.email, email))).toEqual([]);
  });

  it('?authority=%00 is a 400 on authority', async () => {
    const res = await w.anonymous.request('GET', '/api/partner-requests?authority=%00');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: 'bad_request', message: 'Invalid querystring', fields: [{ path: 'authority' }] });
  });

  it('a lone surrogate deep in a body is named by its path; pairs (emoji) and other text pass', () => {
    expect(badTextFields({ items: [{ title: 'ok 👋' }, { title: `x${LONE}` }], note: 'İstanbul ğüşöç' }, 'body')).toEqual([{ path: 'items.1.title', message: 'must not contain a lone surrogate (not valid Unicode)' }]);
    expect(badText('\udc00 trailing low half')).toBeDefined();
    expect(badText('🇹🇷 Türkiye')).toBeUndefined();
    expect(badTextFields({ [`k${NUL}`]: 1 }, 'body')).toEqual([{ path: 'body', message: 'a field name must not contain a NUL character' }]);
  });

  it('a body nested deeper than the call stack is walked without overflowing', () => {
    let deep: unknown = NUL;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(badTextFields(deep, 'body')).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../platform/random';
import { checksums } from './checksums';
import { casesOf, operationsOf, type FuzzCase } from './fuzz.rules';
import type { Agent } from './harness';
import { withDemoPeople } from './people.testkit';

const world = withDemoPeople();
// Print the seed so that a failure can be replayed: FUZZ_SEED=<n> npx vitest run server/test/fuzz.test.ts
const SEED = Number(process.env.FUZZ_SEED ?? 20261206);
// On the embedded database at least 10,000 requests (rounds of every route, case and role). The
// suite's second run, on PostgreSQL, sends one whole round: the checks that refuse are the same code,
// and the round still takes every route through the other database.
const AT_LEAST = process.env.DATABASE_URL ? 1 : 10_000;

async function send(agent: Agent, c: FuzzCase): Promise<number> {
  // The agent keeps its cookie and CSRF token; the raw payload goes as it is, with its content type.
  const headers: Record<string, string> = {};
  if (agent.cookie) headers.cookie = agent.cookie;
  if (agent.csrf && c.method !== 'GET') headers['x-csrf-token'] = agent.csrf;
  if (c.contentType) headers['content-type'] = c.contentType;
  const res = await world.t.app.inject({ method: c.method as 'GET', url: c.url, headers, ...(c.payload === undefined ? {} : { payload: c.payload }) });
  return res.statusCode;
}

describe(`fuzzing every route from the OpenAPI document (seed ${SEED})`, () => {
  it('answers thousands of malformed requests from every role with a 4xx, never a 5xx, and changes nothing', async () => {
    const { t, p, anonymous } = world;
    const doc = (await anonymous.request('GET', '/api/openapi.json')).json() as Parameters<typeof operationsOf>[0];
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(100);
    const agents: [string, Agent][] = [['anonymous', anonymous], ['citizen', p.citizen], ['officer', p.istanbul], ['assessor', p.assessor], ['manager', p.manager], ['admin', p.admin]];
    const rnd = seededRandom(SEED);
    const before = await checksums(t.ctx.db);

    // A wrong answer once per route and case (not per role), so the list names distinct problems.
    const failures = new Map<string, string>();
    let sent = 0;
    for (let round = 0; sent < AT_LEAST; round++) {
      for (const [who, agent] of agents) {
        for (const op of ops) {
          for (const c of casesOf(op, rnd)) {
            const status = await send(agent, c);
            sent++;
            const wrong = status >= 500 || (c.mustRefuse && (status < 400 || status >= 500));
            if (wrong) failures.set(`${status} ${c.method} ${op.path}: ${c.what}`, who);
          }
        }
      }
      if (round > 3) break;
    }

    expect(sent).toBeGreaterThanOrEqual(AT_LEAST);
    expect([...failures].slice(0, 60).map(([what, who]) => `${what} (first as ${who})`)).toEqual([]);
    expect((await anonymous.request('GET', '/api/health')).statusCode).toBe(200);
    // Still signed in: no malformed request ended a session or changed a role.
    expect((await p.manager.request('GET', '/api/auth/me')).json().user.role).toBe('programme_manager');
    expect(await checksums(t.ctx.db)).toEqual(before);
  }, 900_000);
});

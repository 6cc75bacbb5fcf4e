import { describe, expect, it } from 'vitest';
import { ACTORS, accessWorld, type AccessWorld, type Actor } from './access.fixture';
import { ACCESS, LATE, type Expected } from './access.matrix';
import { CALLS, urlOf } from './access.requests';
import { checksums } from './checksums';
import { withDemoPeople } from './people.testkit';

// Issue 15's access matrix: every operation of the OpenAPI document, called by each of the eight
// actors, answers as access.matrix.ts says. Refusals run first, for every route and actor, and must
// change nothing (a checksum of every table); then the allowed calls run, destructive ones last.

const world = withDemoPeople();

interface Op {
  operationId: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  hasBody: boolean;
}

type Doc = { paths: Record<string, Record<string, { operationId: string; requestBody?: unknown }>> };

function operationsOf(doc: Doc): Op[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      operationId: op.operationId,
      method: method.toUpperCase() as Op['method'],
      path,
      hasBody: !!op.requestBody,
    })),
  );
}

const isRefusal = (e: Expected) => e === 401 || e === 403 || e === 404;

/** True when a status is what the matrix expects: 'ok' is anything but a refusal or a server error. */
function matches(e: Expected, status: number): boolean {
  if (e === 'ok') return status !== 401 && status !== 403 && status !== 404 && status < 500;
  return status === e;
}

async function call(w: AccessWorld, actor: Actor, op: Op): Promise<number> {
  const spec = CALLS[op.operationId];
  const url = urlOf(op.path, w.ids, spec, actor);
  const body = op.hasBody ? (spec?.body?.(w.ids) ?? {}) : undefined;
  return (await w.agents[actor].request(op.method, url, body)).statusCode;
}

describe('the access matrix (issue 15)', () => {
  let ops: Op[] = [];
  let w: AccessWorld;

  it('has one entry for every operation of the OpenAPI document, and none for a route that is gone', async () => {
    const doc = (await world.anonymous.request('GET', '/api/openapi.json')).json() as Doc;
    ops = operationsOf(doc);
    const documented = ops.map((o) => o.operationId).sort();
    expect(documented.length).toBeGreaterThan(150);
    expect(Object.keys(ACCESS).sort()).toEqual(documented);
  });

  it('refuses whom it should, with the right status, and a refusal changes nothing', async () => {
    w = await accessWorld(world);
    const before = await checksums(world.t.ctx.db);
    const wrong: string[] = [];
    for (const op of ops)
      for (const [i, actor] of ACTORS.entries()) {
        const expected = ACCESS[op.operationId]![i]!;
        if (!isRefusal(expected)) continue;
        const status = await call(w, actor, op);
        if (!matches(expected, status))
          wrong.push(`${op.operationId} as ${actor}: ${status}, expected ${expected}`);
      }
    expect(wrong).toEqual([]);
    expect(await checksums(world.t.ctx.db)).toEqual(before);
  }, 600_000);

  it('lets through whom it should (destructive calls last)', async () => {
    const order = [
      ...ops.filter((o) => !LATE.includes(o.operationId)),
      ...LATE.map((id) => ops.find((o) => o.operationId === id)!),
    ];
    const wrong: string[] = [];
    for (const op of order)
      for (const [i, actor] of ACTORS.entries()) {
        const expected = ACCESS[op.operationId]![i]!;
        if (isRefusal(expected)) continue;
        const status = await call(w, actor, op);
        if (!matches(expected, status))
          wrong.push(`${op.operationId} as ${actor}: ${status}, expected ${expected}`);
      }
    expect(wrong).toEqual([]);
  }, 600_000);
});

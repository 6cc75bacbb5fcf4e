import fs from 'node:fs';
import { it } from 'vitest';
import { ACTORS, accessWorld } from './access.fixture';
import { CALLS, urlOf } from './access.requests';
import { withDemoPeople } from './people.testkit';
const LATE = ['deleteTwinningFile', 'deleteApplicationFile', 'deleteComment', 'withdrawApplication', 'withdrawExpressionOfInterest', 'cancelEventRegistration', 'setUserRole', 'setUserDisabled', 'revokeOfficerLink', 'endMySession', 'endMyOtherSessions', 'changeMyPassword', 'deleteMyAccount', 'endOwnOfficerLink', 'signOut'];
const world = withDemoPeople();
it('explores', async () => {
  const doc = (await world.anonymous.request('GET', '/api/openapi.json')).json() as any;
  const ops: any[] = [];
  for (const [path, m] of Object.entries<any>(doc.paths)) for (const [method, op] of Object.entries<any>(m)) ops.push({ id: op.operationId, method: method.toUpperCase(), path, hasBody: !!op.requestBody });
  const w = await accessWorld(world);
  const rank = (o: any) => (LATE.includes(o.id) ? 2 + LATE.indexOf(o.id) : o.method === 'GET' ? 0 : 1);
  ops.sort((a, b) => rank(a) - rank(b));
  const out: string[] = [];
  for (const op of ops) {
    const row: string[] = [];
    for (const actor of ACTORS) {
      const spec = CALLS[op.id];
      const res = await w.agents[actor].request(op.method, urlOf(op.path, w.ids, spec), op.hasBody ? (spec?.body?.(w.ids) ?? {}) : undefined);
      row.push(String(res.statusCode) + (res.statusCode >= 400 && res.statusCode !== 401 ? ':' + (res.json().reason ?? res.json().message ?? '').toString().slice(0, 50) : ''));
    }
    out.push(`${op.id}\t${row.join('\t')}`);
  }
  fs.writeFileSync('/tmp/matrix/explore.tsv', out.join('\n') + '\n');
}, 900_000);

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, testApp, type TestApp } from '../../test/harness';
import { seedDemoAccounts } from '../accounts/accounts.demo';
import { demoPeople } from '../grants/applications/grants.applications.testkit';
import { opened } from '../participation/participation.testkit';
import { DATA_TYPES, itemUrl, OPEN_DATASETS } from '../../../shared/opendata';

let t: TestApp;
let ids: Record<'programme' | 'consultation', string>;

beforeAll(async () => {
  t = await testApp();
  await seedDemoAccounts(t.ctx.db, t.ctx.directory);
  const p = await demoPeople(t);
  const programme = await p.manager.request('POST', '/api/programmes', { code: 'TWIN-OD', titleEn: 'Programme', titleTr: 'Program', budgetCents: 2_600_000_00 });
  ids = { programme: programme.json().id as string, consultation: (await opened(p.manager)).id as string };
});
afterAll(() => t.close());

describe('the open datasets', () => {
  it('answers every listed URL to anyone, signed out, with 200 and the stated content type', async () => {
    const anonymous = new Agent(t.app);
    const checked: string[] = [];
    for (const dataset of OPEN_DATASETS) {
      if (dataset.each) expect((await anonymous.request('GET', dataset.each.list)).statusCode, dataset.each.list).toBe(200);
      for (const d of dataset.distributions) {
        const url = dataset.each ? itemUrl(d, ids[dataset.each.kind]) : d.url;
        const res = await anonymous.request('GET', url);
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-type'], url).toBe(DATA_TYPES[d.format]);
        expect(res.rawPayload.length, url).toBeGreaterThan(0);
        checked.push(url);
      }
    }
    expect(checked.length).toBe(OPEN_DATASETS.flatMap((d) => d.distributions).length);
  });

  it('gives each dataset a licence and at least one format, and per-item datasets an {id} in every URL', () => {
    for (const d of OPEN_DATASETS) {
      expect(d.distributions.length).toBeGreaterThan(0);
      for (const dist of d.distributions) expect(dist.url.includes('{id}')).toBe(Boolean(d.each));
    }
    expect(new Set(OPEN_DATASETS.map((d) => d.key)).size).toBe(OPEN_DATASETS.length);
  });
});

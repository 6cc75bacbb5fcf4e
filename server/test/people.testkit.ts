import { afterAll, beforeAll } from 'vitest';
import { seedDemoAccounts } from '../domains/accounts/accounts.demo';
import { demoPeople } from '../domains/grants/applications/grants.applications.testkit';
import { Agent, testApp, type TestApp } from './harness';

export type DemoPeople = Awaited<ReturnType<typeof demoPeople>>;

/** What most route tests start from: a test app, the demo accounts signed in, and a signed-out agent. */
export interface PeopleWorld {
  t: TestApp;
  p: DemoPeople;
  anonymous: Agent;
}

/**
 * A test app with the demo people, made before the file's tests and closed after them (call it at the
 * top of a test file). The fields are filled by the time any test runs.
 */
export function withDemoPeople(): PeopleWorld {
  const world = {} as PeopleWorld;
  beforeAll(async () => {
    world.t = await testApp();
    await seedDemoAccounts(world.t.ctx.db, world.t.ctx.directory);
    world.p = await demoPeople(world.t);
    world.anonymous = new Agent(world.t.app);
  });
  afterAll(() => world.t.close());
  return world;
}

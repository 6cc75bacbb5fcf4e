// npm run bench:trips: the database round trips of the two signed-in writes bench:load mixes in
// (issue 16) — a message and a draft edit — counted at the driver (BEGIN and COMMIT included), session
// lookup and answer included, through the route (app.inject). Under load each round trip costs a turn
// of the busy event loop, so these counts multiply a write's latency. Runs on the test harness's
// database: in-memory PGlite, or PostgreSQL when DATABASE_URL is set. Prints; asserts nothing.
import { testApp } from '../server/test/harness';
import { writeScenario } from '../server/test/trips.scenario';

const t = await testApp();
try {
  const s = await writeScenario(t);
  const rows: [string, number, number][] = [];
  // Twice each: the first write of a kind may differ (e.g. a session's first use touches it).
  for (let i = 0; i < 3; i++) {
    const m = await s.message(`Round ${i}: how about a visit in spring?`);
    const d = await s.draftEdit(`Round ${i}: two towns share what they learnt.`);
    rows.push(['message', m.res.statusCode, m.trips], ['draft edit', d.res.statusCode, d.trips]);
  }
  console.log(`bench:trips — ${process.env.DATABASE_URL ? 'PostgreSQL' : 'embedded PGlite'}: statements per write (status)`);
  for (const [name, status, trips] of rows) console.log(`  ${name.padEnd(12)} ${String(trips).padStart(3)}  (${status})`);
} finally {
  await t.close();
}

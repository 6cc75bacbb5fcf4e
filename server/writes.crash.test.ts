import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, exited, freePorts, ready, server, type ServerProcess } from './cluster.testkit';
import { conversationOf, messageIds, signedIn } from './crash.testkit';
import { throwawayDatabase } from './test/harness';

// kill -9 of the app process in the middle of a write load: every write it acknowledged (answered 2xx)
// is there after a restart, with all it wrote beside it (nothing half-written). On PostgreSQL when
// DATABASE_URL is set (a throw-away database on that server), else on the embedded database in a
// data folder, which the restarted process takes over.
const url = process.env.DATABASE_URL;
const WRITERS = 8;
/** Acknowledged writes before the kill: enough that the kill lands among writes in flight. */
const ACKNOWLEDGED_BEFORE_KILL = 40;

describe(`kill -9 under a write load on ${url ? 'PostgreSQL' : 'the embedded database'}`, () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-crash-'));
  const children: ServerProcess[] = [];
  let env: Record<string, string> = {};
  let drop = async () => {};

  beforeAll(async () => {
    const throwaway = url ? await throwawayDatabase(url) : null;
    drop = throwaway?.drop ?? drop;
    env = { DATABASE_URL: throwaway?.url ?? '', APP_PROCESSES: '1', DATA_DIR: dataDir, DEMO: '1' };
  });
  afterAll(async () => {
    for (const { child } of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await Promise.all(children.map(({ child }) => exited(child)));
    await drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const start = async () => {
    const [port] = await freePorts(1);
    const s = server({ ...env, PORT: String(port) });
    children.push(s);
    await ready(s);
    return { s, base: `http://127.0.0.1:${port}` };
  };

  it('every acknowledged message is there after a restart, each with its audit entry', async () => {
    const first = await start();
    const istanbul = await signedIn(first.base, 'istanbul@twinbridge.demo');
    const conversation = await conversationOf(istanbul, await signedIn(first.base, 'koln@twinbridge.demo'));
    const before = new Set(await messageIds(istanbul, conversation));

    const acknowledged: string[] = [];
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      first.s.child.kill('SIGKILL');
    };
    // Each writer posts until its request fails (the process is gone); the kill comes while all write.
    const writer = async (w: number) => {
      for (let k = 0; ; k++) {
        const res = await istanbul.request('POST', `/api/conversations/${conversation}/messages`, { body: `writer ${w}, message ${k}`, attachments: [] }).catch(() => null);
        if (!res) return;
        expect(res.status).toBe(201);
        acknowledged.push((res.body as { id: string }).id);
        if (acknowledged.length >= ACKNOWLEDGED_BEFORE_KILL) kill();
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    expect(await exited(first.s.child)).toBeNull(); // ended by the signal, not by itself
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);

    const second = await start();
    const reader = await signedIn(second.base, 'istanbul@twinbridge.demo');
    const after = await messageIds(reader, conversation);
    const written = after.filter((id) => !before.has(id));
    expect(written).toEqual(expect.arrayContaining(acknowledged));
    // A write that was not acknowledged may or may not be there, but never half: each message has its
    // audit entry (written in the same transaction), seen through the admin's audit trail.
    const admin = await signedIn(second.base, 'admin@twinbridge.demo');
    const audited = [...(await auditedMessages(admin, conversation))].filter((id) => !before.has(id));
    expect(audited.sort()).toEqual([...written].sort());
    second.s.child.kill('SIGTERM');
    expect(await exited(second.s.child)).toBe(0);
  }, 300_000);
});

/** The message ids the audit trail names for a conversation ("message.posted" entries). */
async function auditedMessages(admin: Browser, conversationId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 200) {
    const res = await admin.request('GET', `/api/admin/audit?entityType=conversation&entityId=${conversationId}&limit=200&offset=${offset}`);
    expect(res.status).toBe(200);
    const items = (res.body as { items: { action: string; after: { messageId?: string } | null }[] }).items;
    for (const e of items) if (e.action === 'message.posted' && e.after?.messageId) ids.add(e.after.messageId);
    if (items.length < 200) return ids;
  }
}

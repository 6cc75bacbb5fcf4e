import { describe, expect, it } from 'vitest';
import { LocalBus, type Notice } from './changes';
import { appProcessCount } from './cluster';
import { localExclusive, skipped } from './cluster.lock';

describe('how many app processes npm start runs', () => {
  it('one per core on PostgreSQL, unless APP_PROCESSES or WEB_CONCURRENCY says otherwise (APP_PROCESSES first)', () => {
    expect(appProcessCount({}, 4, true)).toBe(4);
    expect(appProcessCount({ WEB_CONCURRENCY: '3' }, 4, true)).toBe(3);
    expect(appProcessCount({ WEB_CONCURRENCY: '3', APP_PROCESSES: '2' }, 4, true)).toBe(2);
    expect(appProcessCount({ APP_PROCESSES: ' ' }, 2, true)).toBe(2);
  });
  it('always one on the embedded database: WEB_CONCURRENCY is ignored there, APP_PROCESSES above 1 stops the start', () => {
    expect(appProcessCount({}, 8, false)).toBe(1);
    expect(appProcessCount({ WEB_CONCURRENCY: '4', APP_PROCESSES: '1' }, 8, false)).toBe(1);
    expect(() => appProcessCount({ APP_PROCESSES: '2' }, 8, false)).toThrow(/APP_PROCESSES: 2 app processes need a PostgreSQL database \(DATABASE_URL\)/);
  });
  it('a value that is not a whole number from 1 to 64 stops the start, naming the variable', () => {
    for (const bad of ['0', '-1', 'two', '1.5', '65'])
      expect(() => appProcessCount({ APP_PROCESSES: bad }, 2, true), bad).toThrow(`APP_PROCESSES: a whole number of app processes from 1 to 64 (got "${bad}")`);
    expect(() => appProcessCount({ WEB_CONCURRENCY: 'max' }, 2, true)).toThrow(/WEB_CONCURRENCY: a whole number/);
  });
});

describe('change notices on one bus (the embedded database, tests)', () => {
  it('reach every other member, not the one that published, and a failing subscriber does not stop the others', async () => {
    const bus = new LocalBus();
    const [a, b, c] = [bus.join(), bus.join(), bus.join()];
    const heard: string[] = [];
    a.subscribe('t', (n: Notice) => heard.push(`a:${n.payload}`));
    b.subscribe('t', () => {
      throw new Error('broken subscriber');
    });
    b.subscribe('t', (n) => heard.push(`b:${n.payload}`));
    c.subscribe('other', () => heard.push('c'));
    await a.publish('t', 'x');
    await new Promise((r) => setImmediate(r));
    expect(heard).toEqual(['b:x']);
  });
});

describe('an exclusive run in one process', () => {
  it('skips a second run of the same name while the first runs, waits for it when asked, and frees the name after a failure', async () => {
    const exclusive = localExclusive();
    let release = () => {};
    const first = exclusive('job', () => new Promise<string>((r) => (release = () => r('first'))));
    expect(await exclusive('job', async () => 'second')).toBe(skipped);
    const waiting = exclusive('job', async () => 'after', { wait: true });
    expect(await exclusive('other', async () => 'other')).toBe('other');
    release();
    expect(await first).toBe('first');
    expect(await waiting).toBe('after');
    await expect(exclusive('job', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await exclusive('job', async () => 'again')).toBe('again');
  });
});

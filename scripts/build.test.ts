import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer, ROOT, type ServerBuild } from './build.server';

// The production build (issue 16): the compiled server imports only packages that `npm ci --omit=dev`
// installs, and it starts and answers on its own (`npm run verify:production` goes further: a real
// install without the dev dependencies in a temporary folder).

interface PackageJson {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}
interface LockFile {
  packages: Record<string, { dev?: boolean; dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
}
const readJson = <T>(file: string) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as T;
const pkg = readJson<PackageJson>('package.json');
const lock = readJson<LockFile>('package-lock.json');

// Inside the checkout (.cache/), so the bundle finds the project root and node_modules above it, as dist/server does.
fs.mkdirSync(path.join(ROOT, '.cache'), { recursive: true });
const outdir = fs.mkdtempSync(path.join(ROOT, '.cache', 'build-test-'));
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-build-'));
let build: ServerBuild;
const children: ChildProcess[] = [];
beforeAll(async () => {
  build = await buildServer(outdir);
}, 120_000);
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('the compiled server', () => {
  it('imports only runtime dependencies, which the lock file installs without --omit=dev dropping them', () => {
    expect(build.packages).toContain('fastify');
    expect(build.packages.filter((name) => !pkg.dependencies[name])).toEqual([]);
    expect(build.packages.filter((name) => lock.packages[`node_modules/${name}`]?.dev !== undefined)).toEqual([]);
    // The lock follows package.json (npm ci refuses a lock that does not).
    expect(lock.packages['']?.dependencies).toEqual(pkg.dependencies);
    expect(lock.packages['']?.devDependencies).toEqual(pkg.devDependencies);
  });

  it('keeps the web app and the tools out of the dependencies', () => {
    const webOrTools = ['react', 'react-dom', 'react-router', '@mantine/core', 'recharts', 'i18next', 'react-i18next', 'tsx', 'vite', 'esbuild'];
    expect(webOrTools.filter((name) => pkg.dependencies[name])).toEqual([]);
    // Every dependency is used by the server (the bundle imports it), so none is there for the web app alone.
    expect(Object.keys(pkg.dependencies).filter((name) => !build.packages.includes(name))).toEqual([]);
  });

  it('starts in production on a fresh data folder and answers /api/health', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', build.entry], {
      cwd: os.tmpdir(), // not the checkout: paths come from the bundle's place
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, REFERENCE_DIR: path.join(ROOT, 'server/test/fixtures'), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', FILE_STORE: '' },
    });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (out.includes('TwinBridge ready')) resolve();
        else if (child.exitCode !== null) reject(new Error(`exited ${child.exitCode}: ${out}`));
        else return;
        clearInterval(timer);
      }, 100);
    });
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'up' });
    // Production: no demo accounts.
    expect(out).not.toContain('demo');
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 240_000);

  it('npm start in production without a build says to build first', () => {
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-nobuild-'));
    fs.mkdirSync(path.join(copy, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'scripts/start.mjs'), path.join(copy, 'scripts/start.mjs'));
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { cwd: copy, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' });
    fs.rmSync(copy, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no production build (dist/server/main.js, dist/web/index.html missing). Run `npm run build` first');
  });
});

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

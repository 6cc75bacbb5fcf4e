import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_DIR } from './platform/config';
import { testApp, type TestApp } from './test/harness';

const run = promisify(execFile);
const SPECTRAL = path.join(PROJECT_DIR, 'node_modules/.bin/spectral');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
}
interface Document {
  tags?: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
}
interface Finding {
  code: string;
  path: string[];
  message: string;
  severity: number;
}

/** Every operation of the document with its method and path, so a failure names the route. */
function operations(doc: Document): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([p, ops]) =>
    Object.entries(ops)
      .filter(([m]) => METHODS.includes(m))
      .map(([m, op]): [string, Operation] => [`${m.toUpperCase()} ${p}`, op]),
  );
}

describe('the served OpenAPI document (what a client is generated from)', () => {
  let t: TestApp;
  let doc: Document;
  let dir: string;
  beforeAll(async () => {
    t = await testApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    doc = res.json() as Document;
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tb-openapi-'));
  });
  afterAll(async () => {
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives every operation a unique camelCase operationId, a summary, a description and a defined tag', () => {
    const defined = new Set((doc.tags ?? []).map((tag) => tag.name));
    const seen = new Map<string, string>();
    const problems: string[] = [];
    const ops = operations(doc);
    for (const [route, op] of ops) {
      const id = op.operationId ?? '';
      if (!/^[a-z][a-zA-Z0-9]*$/.test(id)) problems.push(`${route}: operationId "${id}" is missing or not camelCase`);
      else if (seen.has(id)) problems.push(`${route}: operationId "${id}" is also used by ${seen.get(id)}`);
      seen.set(id, route);
      if (!op.summary?.trim()) problems.push(`${route}: no summary`);
      if (!op.description?.trim()) problems.push(`${route}: no description`);
      if (!op.tags?.length) problems.push(`${route}: no tag`);
      for (const tag of op.tags ?? []) if (!defined.has(tag)) problems.push(`${route}: tag "${tag}" is not defined`);
    }
    expect(problems).toEqual([]);
    expect(ops.length).toBeGreaterThan(100);
    // A defined tag that no operation uses is a leftover of a moved or renamed area.
    const used = new Set(ops.flatMap(([, op]) => op.tags ?? []));
    expect([...defined].filter((tag) => !used.has(tag))).toEqual([]);
    expect((doc.tags ?? []).filter((tag) => !tag.description?.trim()).map((tag) => tag.name)).toEqual([]);
  });

  it('passes Spectral’s oas ruleset (.spectral.yaml) with no warning and no error', async () => {
    const file = path.join(dir, 'openapi.json');
    fs.writeFileSync(file, JSON.stringify(doc));
    const args = ['lint', file, '--ruleset', path.join(PROJECT_DIR, '.spectral.yaml'), '--format', 'json', '--fail-severity', 'warn', '--quiet'];
    // Spectral exits 1 when it finds a warning; its findings are on stdout either way.
    const out = await run(SPECTRAL, args, { cwd: PROJECT_DIR, maxBuffer: 32 * 1024 * 1024 }).then(
      (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
      (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' }),
    );
    const findings = (out.stdout.trim() ? JSON.parse(out.stdout) : []) as Finding[];
    expect(findings.map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`)).toEqual([]);
    expect(out.code, `spectral exited ${out.code}: ${out.stderr}`).toBe(0);
  }, 120_000);
});

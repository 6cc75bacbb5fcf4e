// Prints the import graph's boundary crossings (issue 12): the figures that must stay at zero.
// Usage: node scripts/import-graph.mjs [--list]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const list = process.argv.includes('--list');

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (name === 'node_modules' || name === 'migrations') continue;
    if (statSync(full).isDirectory()) out.push(...files(full));
    else if (/\.(ts|tsx)$/.test(name)) out.push(full);
  }
  return out;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
function imports(file) {
  const text = readFileSync(file, 'utf8');
  const found = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    if (spec && spec.startsWith('.')) found.push(path.relative(root, path.resolve(path.dirname(file), spec)));
  }
  return found;
}

const domainOf = (rel) => /^server\/domains\/([^/]+)\//.exec(rel + '/')?.[1];
const counts = { crossDomainTable: [], platformToDomain: [], webToServer: [], sharedToSides: [], crossDomainAny: [] };
for (const file of [...files(path.join(root, 'server')), ...files(path.join(root, 'web')), ...files(path.join(root, 'shared'))]) {
  const rel = path.relative(root, file);
  for (const target of imports(file)) {
    const edge = `${rel} -> ${target}`;
    const from = domainOf(rel);
    const to = domainOf(target);
    if (from && to && from !== to) {
      counts.crossDomainAny.push(edge);
      if (/\.schema$/.test(target)) counts.crossDomainTable.push(edge);
    }
    if (rel.startsWith('server/platform/') && to) counts.platformToDomain.push(edge);
    if (rel.startsWith('web/') && target.startsWith('server/')) counts.webToServer.push(edge);
    if (rel.startsWith('shared/') && (target.startsWith('server/') || target.startsWith('web/'))) counts.sharedToSides.push(edge);
  }
}
for (const [name, edges] of Object.entries(counts)) {
  console.log(`${name.padEnd(18)} ${edges.length}`);
  if (list) for (const e of edges) console.log(`  ${e}`);
}

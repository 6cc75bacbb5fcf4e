// ESLint rule (issue 12): domains meet through services, never tables. A file in server/domains/<a>/
// may not import server/domains/<b>/**/*.schema for another domain b, tests included; the owning
// domain's service (or testkit) is the way in. Import paths are resolved, so folder depth does not matter.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOMAIN = /^server\/domains\/([^/]+)\//;
const SCHEMA = /\.schema(\.[cm]?[jt]sx?)?$/;

/** The repository-relative path, with forward slashes. */
const rel = (file) => path.relative(ROOT, file).split(path.sep).join('/');

/** @type {import('eslint').Rule.RuleModule} */
const noForeignTables = {
  meta: {
    type: 'problem',
    docs: { description: "forbid importing another domain's drizzle tables (*.schema)" },
    schema: [],
    messages: { foreign: "The {{from}} domain may not import the {{to}} domain's tables ({{spec}}): call the {{to}} service (or its testkit in tests)." },
  },
  create(context) {
    const from = DOMAIN.exec(rel(context.filename))?.[1];
    if (!from) return {};
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = rel(path.resolve(path.dirname(context.filename), spec));
      const to = DOMAIN.exec(target)?.[1];
      if (to && to !== from && SCHEMA.test(target)) context.report({ node: node.source, messageId: 'foreign', data: { from, to, spec } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export const domainTables = { rules: { 'no-foreign-tables': noForeignTables } };

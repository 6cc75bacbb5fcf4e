import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_DIR } from '../platform/config';

// The lint rule behind "domains meet through services, never tables" (issue 12, eslint.config.js and
// scripts/lint-domain-tables.mjs): another domain's *.schema is refused at any folder depth, tests
// included; a domain's own tables, the platform's and another domain's service stay allowed.

const eslint = new ESLint({ cwd: PROJECT_DIR });

/** The messages of the rule for a file at `file` (relative to the project) holding `code`. */
async function refusals(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: path.join(PROJECT_DIR, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'domain-tables/no-foreign-tables').map((m) => m.message);
}

describe("the lint rule against another domain's tables", () => {
  it("refuses another domain's schema from a domain file, at any depth", async () => {
    expect(await refusals('server/domains/grants/applications/x.ts', "import { x } from '../../accounts/accounts.schema';")).toEqual([
      "The grants domain may not import the accounts domain's tables (../../accounts/accounts.schema): call the accounts service (or its testkit in tests).",
    ]);
    expect(await refusals('server/domains/matching/x.ts', "import { x } from '../twinnings/twinnings.files.schema';")).toHaveLength(1);
  });

  it('refuses it in tests, type-only imports and re-exports alike', async () => {
    expect(await refusals('server/domains/home/home.x.test.ts', "import { x } from '../grants/grants.schema';")).toHaveLength(1);
    expect(await refusals('server/domains/reference/x.ts', "import type { x } from '../authorities/authorities.schema';")).toHaveLength(1);
    expect(await refusals('server/domains/reference/x.ts', "export { twinnings } from '../twinnings/twinnings.schema';\nconst x = 1;")).toHaveLength(1);
  });

  it("allows the domain's own tables, the platform's, and another domain's service", async () => {
    expect(await refusals('server/domains/grants/applications/x.ts', "import { x } from '../grants.schema';")).toEqual([]);
    expect(await refusals('server/domains/accounts/x.ts', "import { x } from '../../platform/mail.schema';")).toEqual([]);
    expect(await refusals('server/domains/grants/x.ts', "import { x } from '../accounts/accounts.users';")).toEqual([]);
    expect(await refusals('server/db/x.ts', "export * from '../domains/accounts/accounts.schema';\nconst x = 1;")).toEqual([]);
  });
});

import { ESLint } from 'eslint';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The lint half of the fenced sides (issue 12): eslint.config.js refuses an import across a fence,
// whatever the file's depth, and still allows what each side may import.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const eslint = new ESLint({ cwd: root });

/** The no-restricted-imports messages ESLint gives a file at `file` holding `code`. */
async function fenceErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('fenced sides in the lint rules', () => {
  it('refuses server/ in web/, in pages and in tests alike', async () => {
    expect(await fenceErrors('web/src/features/grants/x.tsx', "import { x } from '../../../server/domains/grants/grants.schema';")).toEqual([
      expect.stringContaining('web/ imports only shared/, never server/'),
    ]);
    expect(await fenceErrors('web/src/x.test.ts', "import { x } from '../../server/platform/config';")).toHaveLength(1);
  });

  it('refuses server/ and web/ in shared/', async () => {
    expect(await fenceErrors('shared/x.ts', "import { x } from '../server/platform/config';")).toEqual([expect.stringContaining('shared/ imports neither side')]);
    expect(await fenceErrors('shared/text/x.ts', "import { x } from '../../web/src/api/client';")).toEqual([expect.stringContaining('shared/ imports neither side')]);
  });

  it('refuses web/ in server/', async () => {
    expect(await fenceErrors('server/domains/grants/x.ts', "import { x } from '../../../web/src/features/grants/money';")).toEqual([
      expect.stringContaining('server/ never imports web/'),
    ]);
  });

  it('allows each side its own files and shared/', async () => {
    expect(await fenceErrors('web/src/features/grants/x.ts', "import { x } from '../../../shared/grants';")).toEqual([]);
    expect(await fenceErrors('server/domains/grants/x.ts', "import { x } from '../../platform/config';")).toEqual([]);
    expect(await fenceErrors('shared/x.ts', "import { x } from './grants';")).toEqual([]);
  });
});

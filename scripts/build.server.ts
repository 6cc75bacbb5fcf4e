import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Metafile } from 'esbuild';

/** Root of the checkout. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerBuild {
  /** The compiled entry (main.js) and its source map beside it. */
  entry: string;
  bytes: number;
  /** Every package the bundle imports at run time (no Node built-ins), sorted. */
  packages: string[];
}

/** What the server and the commands are compiled with: one ESM file each for Node 20, packages left as imports. */
const BUNDLE = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: true,
  sourcesContent: false,
  logLevel: 'warning',
} satisfies BuildOptions;

/**
 * Compile the server into one ESM file for Node 20 under `outdir` (dist/server for `npm run build`).
 * Packages stay imports, resolved from node_modules at run time, so their native parts and wasm
 * (argon2, PGlite) load as installed and `npm ci --omit=dev` gives the bundle all it needs. The
 * bundle finds migrations, reference data, fonts and the built web app from the checkout's root
 * (server/platform/config.ts PROJECT_DIR: the nearest folder upward with package.json).
 */
export async function buildServer(outdir: string): Promise<ServerBuild> {
  const entry = path.join(outdir, 'main.js');
  const result = await build({
    ...BUNDLE,
    entryPoints: ['server/main.ts'],
    outfile: entry,
    metafile: true,
  });
  return { entry, bytes: fs.statSync(entry).size, packages: packagesImported(result.metafile) };
}

/** The commands a production install runs beside the server: `npm run db:backup` and `npm run db:restore`. */
export const TOOLS = ['db-backup', 'db-restore'];

/** The commands compiled into `outdir` like the server (dist/server/db-backup.js, …), so they run without tsx. */
export async function buildTools(outdir: string): Promise<string[]> {
  await build({ ...BUNDLE, entryPoints: TOOLS.map((t) => ({ in: `scripts/${t}.ts`, out: t })), outdir });
  return TOOLS.map((t) => path.join(outdir, `${t}.js`));
}

/** The package names (`@scope/name` or `name`) behind the bundle's external imports. */
export function packagesImported(meta: Metafile): string[] {
  const names = new Set<string>();
  for (const output of Object.values(meta.outputs)) {
    for (const imp of output.imports) {
      if (!imp.external || isBuiltin(imp.path)) continue;
      const parts = imp.path.split('/');
      names.add(imp.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!);
    }
  }
  return [...names].sort();
}

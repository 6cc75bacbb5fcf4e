// Brotli and gzip copies of the built web app's text files (dist/web), written once at build time:
// the server sends them as they are (server/platform/static.ts, from memory) instead of compressing the same
// bundle again for every visitor, which under load cost more CPU than the pages' API calls (issue 16).
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const TEXT = /\.(js|mjs|css|html|svg|json|txt|xml|webmanifest|map)$/;
const MIN_BYTES = 1024;
const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Writes file.br and file.gz beside every text file of dir worth compressing; returns bytes before and after (brotli). */
export async function precompress(dir) {
  const files = fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && TEXT.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => fs.statSync(f).size >= MIN_BYTES);
  let before = 0;
  let after = 0;
  await Promise.all(
    files.map(async (file) => {
      const raw = fs.readFileSync(file);
      const [br, gz] = await Promise.all([
        brotli(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
        gzip(raw, { level: zlib.constants.Z_BEST_COMPRESSION }),
      ]);
      fs.writeFileSync(`${file}.br`, br);
      fs.writeFileSync(`${file}.gz`, gz);
      before += raw.length;
      after += br.length;
    }),
  );
  return { files: files.length, before, after };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? 'dist/web');
  const r = await precompress(dir);
  console.log(`TwinBridge: ${r.files} web files pre-compressed (${(r.before / 1024).toFixed(0)} KB → ${(r.after / 1024).toFixed(0)} KB brotli)`);
}

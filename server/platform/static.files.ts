import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { accepts, type Encoding } from './prepared';

// The built web app held in memory: a few MB (about 3.4 MB of files, 1.9 MB of brotli and gzip copies)
// that every page view asks for. Sent from memory, a file costs no stat, open or stream per request:
// under a crowd the file streams and their synchronous existence checks made the static pages the
// slowest public route (issue 16).

export interface WebFile {
  type: string;
  raw: Buffer;
  /** The build's pre-compressed copies (scripts/precompress.mjs), where it made them. */
  copies: Partial<Record<Encoding, Buffer>>;
  /** A strong validator of the content, the same for every encoding of it (suffixed per encoding when sent). */
  etag: string;
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export const typeOf = (file: string): string => TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';

/**
 * Every file of the built app by its URL path ("/assets/index-abc.js"), with its compressed copies.
 * The copies themselves and dot folders (Vite's manifest) are not served.
 */
export function readWebFiles(dir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && !/\.(br|gz)$/.test(entry.name)) files.set(`/${path.relative(dir, full).split(path.sep).join('/')}`, readOne(full));
    }
  };
  walk(dir);
  return files;
}

function readOne(file: string): WebFile {
  const raw = fs.readFileSync(file);
  const copies: WebFile['copies'] = {};
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']] as const) {
    if (fs.existsSync(file + suffix)) copies[encoding] = fs.readFileSync(file + suffix);
  }
  return { type: typeOf(file), raw, copies, etag: crypto.createHash('sha256').update(raw).digest('base64url').slice(0, 22) };
}

/** The copy to send for an Accept-Encoding header: brotli, else gzip, when the browser takes it (q > 0). */
export function pickEncoding(acceptEncoding: string | undefined, copies: WebFile['copies']): Encoding | null {
  return (['br', 'gzip'] as const).find((encoding) => copies[encoding] && accepts(acceptEncoding, encoding)) ?? null;
}

/** The URL path of a request, decoded; null for a malformed escape (a page, never a 500). */
export function urlPath(url: string): string | null {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return null;
  }
}

import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROJECT_DIR } from './config';
import { KeptAnswers } from './kept';
import { PreparedJson, sendPrepared } from './prepared';
import { shareLang, withShareTags, type ShareResolver } from './share';
import { pickEncoding, readWebFiles, urlPath, type WebFile } from './static.files';

const WEB_DIR = path.join(PROJECT_DIR, 'dist/web');
const ASSET_CACHE = 'public, max-age=31536000, immutable';
/**
 * A page's share tags name what the page shows (a profile, a news post): kept this long, so an edit
 * reaches a link's preview within it. Nobody but link-preview crawlers reads them.
 */
const PAGE_RECHECK_MS = 10_000;
/** Pages kept (3 KB each with their compressed forms): a crawler's walk must not grow the process. */
const MAX_PAGES = 2000;

export interface WebAppOptions {
  /** The built web app (default dist/web); tests point it at a folder of their own. */
  dir?: string;
  /** Share tags per page; without it index.html is sent as built. */
  share?: ShareResolver;
}

/** A file of the app from memory: the compressed copy the browser takes, 304 when it has this one already. */
function sendFile(req: FastifyRequest, reply: FastifyReply, file: WebFile, asset: boolean) {
  const encoding = pickEncoding(req.headers['accept-encoding'], file.copies);
  const etag = `"${file.etag}${encoding ? `-${encoding}` : ''}"`;
  reply.header('cache-control', asset ? ASSET_CACHE : 'public, max-age=0').header('etag', etag).type(file.type);
  if (Object.keys(file.copies).length) reply.header('vary', 'accept-encoding');
  if (req.headers['if-none-match']?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return reply.status(304).send();
  if (encoding) reply.header('content-encoding', encoding);
  return reply.send(encoding ? file.copies[encoding] : file.raw);
}

/**
 * Serve the built web app, with index.html for every non-API path so client routes survive a reload;
 * each page's index.html carries its own title and Open Graph / Twitter card tags.
 */
export async function registerWebApp(app: FastifyInstance, opts: WebAppOptions = {}): Promise<boolean> {
  const dir = opts.dir ?? WEB_DIR;
  if (!fs.existsSync(path.join(dir, 'index.html'))) return false;
  // Read once: a new build means a restart, as the hashed asset names change too.
  const files = readWebFiles(dir);
  const index = files.get('/index.html')!.raw.toString('utf8');
  // Each page's index.html (its share tags) kept with its compressed forms: every visit starts here.
  const pages = new KeptAnswers(
    async (key) => {
      const [lang, pagePath] = [key.slice(0, 2) as 'tr' | 'en', key.slice(3)];
      return new PreparedJson(opts.share ? withShareTags(index, await opts.share(pagePath, lang)) : index);
    },
    PAGE_RECHECK_MS,
    MAX_PAGES,
  );
  const sendIndex = async (req: FastifyRequest, reply: FastifyReply, pagePath: string) => {
    const page = await pages.answer(`${shareLang(req.headers['accept-language'])}|${pagePath}`);
    // The page's language follows Accept-Language: a cache keeps one copy per language.
    return sendPrepared(req, reply.header('cache-control', 'no-cache').header('vary', 'accept-language'), page, 'text/html; charset=utf-8');
  };
  app.get('/', (req, reply) => sendIndex(req, reply, '/'));
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const pagePath = urlPath(req.url);
    const file = pagePath === null || pagePath === '/index.html' ? undefined : files.get(pagePath);
    if (file) return sendFile(req, reply, file, pagePath!.startsWith('/assets/'));
    if (req.url.startsWith('/api/')) return reply.status(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    return sendIndex(req, reply, req.url.split('?')[0] ?? '/');
  });
  return true;
}

import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PROJECT_DIR } from './config';
import { shareLang, withShareTags, type ShareResolver } from './share';

const WEB_DIR = path.join(PROJECT_DIR, 'dist/web');

export interface WebAppOptions {
  /** The built web app (default dist/web); tests point it at a folder of their own. */
  dir?: string;
  /** Share tags per page; without it index.html is sent as built. */
  share?: ShareResolver;
}

/**
 * Serve the built web app, with index.html for every non-API path so client routes survive a reload;
 * each page's index.html carries its own title and Open Graph / Twitter card tags.
 */
export async function registerWebApp(app: FastifyInstance, opts: WebAppOptions = {}): Promise<boolean> {
  const dir = opts.dir ?? WEB_DIR;
  if (!fs.existsSync(path.join(dir, 'index.html'))) return false;
  // Read once: a new build means a restart, as the hashed asset names change too.
  const index = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  // serve: false, so every file goes through the route below with its cache headers (the plugin's own
  // per-file routes would send hashed assets with max-age=0). preCompressed: the build's .br/.gz copies
  // (scripts/precompress.mjs) go out as they are, not compressed again for every request.
  await app.register(fastifyStatic, { root: dir, serve: false, index: false, preCompressed: true });
  const sendIndex = async (req: FastifyRequest, reply: FastifyReply) => {
    const pagePath = req.url.split('?')[0] ?? '/';
    const html = opts.share ? withShareTags(index, await opts.share(pagePath, shareLang(req.headers['accept-language']))) : index;
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  };
  app.get('/', sendIndex);
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const file = path.join(dir, decodeURIComponent(req.url.split('?')[0] ?? ''));
    if (file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(dir, file), { maxAge: req.url.startsWith('/assets/') ? '365d' : 0, immutable: req.url.startsWith('/assets/') });
    }
    if (req.url.startsWith('/api/')) return reply.status(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    return sendIndex(req, reply);
  });
  return true;
}

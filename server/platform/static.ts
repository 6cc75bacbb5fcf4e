import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { PROJECT_DIR } from './config';

const WEB_DIR = path.join(PROJECT_DIR, 'dist/web');

/** Serve the built web app, with index.html for every non-API path so client routes survive a reload. */
export async function registerWebApp(app: FastifyInstance): Promise<boolean> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: WEB_DIR, wildcard: false, index: false });
  const sendIndex = (reply: import('fastify').FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', (_req, reply) => sendIndex(reply));
  app.get('/*', { schema: { hide: true } }, (req, reply) => {
    const file = path.join(WEB_DIR, decodeURIComponent(req.url.split('?')[0] ?? ''));
    if (file.startsWith(WEB_DIR) && fs.existsSync(file) && fs.statSync(file).isFile()) {
      return reply.sendFile(path.relative(WEB_DIR, file), { maxAge: req.url.startsWith('/assets/') ? '365d' : 0, immutable: req.url.startsWith('/assets/') });
    }
    if (req.url.startsWith('/api/')) return reply.status(404).send({ error: 'not_found', message: `No route ${req.method} ${req.url.split('?')[0]}` });
    return sendIndex(reply);
  });
  return true;
}

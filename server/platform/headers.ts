import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/** HSTS for a year, subdomains included: sent only on responses that came over TLS. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The Content-Security-Policy of every response. Scripts only from our own origin: the built web app
 * is one module file and its chunks, with no inline script, so an injected <script> or onclick never
 * runs. style-src allows 'unsafe-inline' because Mantine renders <style> elements at run time (its
 * theme's CSS variables, responsive props) and style attributes on components; a style cannot run code.
 * Images may be data: URIs (inline SVG icons, swagger-ui's) and blob: (a download or preview made in
 * the page). No external origin is needed: the maps are SVG drawn in the page, fonts are the system's.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Helmet's choices for TwinBridge: CSP, no framing, a referrer that leaves only the origin to other sites. */
const HELMET_OPTIONS: HelmetOptions = {
  // Our own list, without helmet's default upgrade-insecure-requests: a deployment over plain HTTP
  // (a local run, the browser tests) would otherwise have its own scripts rewritten to https.
  contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  hsts: false,
};

/**
 * The headers helmet sets with the options above, computed once. They depend on nothing in the request,
 * and @fastify/helmet rebuilt helmet's middleware (parsing every CSP directive) on each request: 5% of
 * an app process's CPU under bench:load.
 */
export function securityHeaders(): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader: (name: string, value: string | number | readonly string[]) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: () => {},
  };
  helmet(HELMET_OPTIONS)({} as IncomingMessage, res as unknown as ServerResponse, () => {});
  return headers;
}

/**
 * Security headers on every response (API, web app, docs, errors). HSTS only when the request came
 * over TLS (request.protocol, which follows X-Forwarded-Proto only from a trusted proxy): over plain
 * HTTP it means nothing, and on a local http://localhost it would pin the name to https for a year.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const headers = securityHeaders();
  app.addHook('onRequest', (request, reply, done) => {
    reply.headers(headers);
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
    done();
  });
}

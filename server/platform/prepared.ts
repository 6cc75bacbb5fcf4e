import zlib from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

export type Encoding = 'br' | 'gzip';
/** Below this a compressed answer saves too little to be worth a header (the compress plugin's threshold too). */
const MIN_BYTES = 2048;

/**
 * A cached JSON answer (or any text: a page's HTML) kept as its text and, made once each on first
 * demand, its brotli and gzip forms: a large answer that only changes with the data (the network map,
 * 300 KB and more) would otherwise be compressed again for every browser that asks, which costs more
 * than serving it.
 */
export class PreparedJson {
  private readonly forms = new Map<Encoding, Buffer>();

  constructor(readonly text: string) {}

  encoded(encoding: Encoding): Buffer {
    let bytes = this.forms.get(encoding);
    if (!bytes) {
      bytes = encoding === 'br' ? zlib.brotliCompressSync(this.text, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 6 } }) : zlib.gzipSync(this.text, { level: 6 });
      this.forms.set(encoding, bytes);
    }
    return bytes;
  }
}

/** A value prepared as the route's response schema would send it (fastify-type-provider-zod's serializer: parse, then stringify). */
export function prepare<S extends z.ZodType>(schema: S, value: z.input<S>): PreparedJson {
  return new PreparedJson(JSON.stringify(schema.parse(value)));
}

/** Whether an Accept-Encoding header takes this encoding (named or by `*`, with q > 0). */
export function accepts(header: string | undefined, encoding: Encoding): boolean {
  const accepted = new Map<string, number>();
  for (const part of (header ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name, q === undefined ? 1 : Number(q));
  }
  return (accepted.get(encoding) ?? accepted.get('*') ?? 0) > 0;
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none (q=0 refuses one). */
export function preferredEncoding(header: string | undefined): Encoding | null {
  return accepts(header, 'br') ? 'br' : accepts(header, 'gzip') ? 'gzip' : null;
}

/** Sends a prepared answer in the form the caller accepts, as JSON (or the text type given). */
export function sendPrepared(req: FastifyRequest, reply: FastifyReply, prepared: PreparedJson, type = 'application/json; charset=utf-8'): FastifyReply {
  const vary = reply.getHeader('vary');
  reply.type(type).header('vary', vary ? `${String(vary)}, accept-encoding` : 'accept-encoding');
  const encoding = preferredEncoding(req.headers['accept-encoding']);
  if (!encoding || prepared.text.length < MIN_BYTES) return reply.send(prepared.text);
  return reply.header('content-encoding', encoding).send(prepared.encoded(encoding));
}

/**
 * Requests that every route must refuse, generated from the OpenAPI document (the same zod schemas
 * that validate requests). Each case is invalid by construction — a malformed or wrongly typed body,
 * a wrong content type, a NUL or lone surrogate in a parameter — so the only right answers are 4xx,
 * and a refused request must change nothing. GETs also get odd but well-formed input (huge strings,
 * unicode edge cases), where any answer but a 5xx is right.
 */

export type JsonSchema = {
  type?: string | string[];
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  $ref?: string;
};

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  pathParams: Record<string, JsonSchema>;
  query: Record<string, JsonSchema>;
  body: JsonSchema | null;
}

export interface FuzzCase {
  method: string;
  url: string;
  /** A raw payload (string) and its content type; absent for none. */
  payload?: string;
  contentType?: string;
  /** True when the case is invalid by construction: only a 4xx is right. */
  mustRefuse: boolean;
  what: string;
}

export const NUL = 'a\u0000b';
export const LONE_SURROGATE = 'x\ud800y';
/** Well-formed strings that often break code: huge, right-to-left override, combining marks, emoji, Turkish İ/ı, SQL and path tricks. */
export const ODD_STRINGS = [
  'x'.repeat(20_000),
  '\u202egnp.exe',
  'e\u0301\u0301\u0301',
  '👩‍👩‍👧‍👦🇹🇷',
  'İIıi',
  "' OR 1=1 --",
  '../../etc/passwd',
  '%00',
  '',
  ' ',
];

type Doc = { paths?: Record<string, Record<string, RawOp>>; components?: { schemas?: Record<string, JsonSchema> } };
type RawOp = {
  operationId?: string;
  parameters?: { name: string; in: string; schema?: JsonSchema }[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
};

/** The operations of an OpenAPI document, with their parameters and JSON body schema ($refs resolved one level). */
export function operationsOf(doc: Doc): Operation[] {
  const resolve = (s: JsonSchema | undefined): JsonSchema | undefined => {
    if (!s?.$ref) return s;
    return doc.components?.schemas?.[s.$ref.replace('#/components/schemas/', '')];
  };
  const out: Operation[] = [];
  for (const [path, ops] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(ops)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const params = op.parameters ?? [];
      const pick = (where: string) => Object.fromEntries(params.filter((p) => p.in === where).map((p) => [p.name, resolve(p.schema) ?? {}]));
      const json = op.requestBody?.content?.['application/json']?.schema;
      out.push({ method: method.toUpperCase(), path, operationId: op.operationId ?? `${method} ${path}`, pathParams: pick('path'), query: pick('query'), body: resolve(json) ?? null });
    }
  }
  return out;
}

/** A value a schema accepts, as far as a generator without the data can tell (ids are random, so they name nothing). */
export function plausible(s: JsonSchema | undefined, rnd: () => number): string {
  if (s?.enum?.length) return String(s.enum[Math.floor(rnd() * s.enum.length)]);
  if (s?.format === 'uuid') return '00000000-0000-4000-8000-' + String(Math.floor(rnd() * 1e12)).padStart(12, '0');
  const type = Array.isArray(s?.type) ? s.type[0] : s?.type;
  if (type === 'integer' || type === 'number') return String(1 + Math.floor(rnd() * 5));
  if (type === 'boolean') return 'true';
  return 'TR-BSB-34';
}

/** A value of the wrong JSON type for a schema, or undefined when any value might be accepted. */
export function wrongTyped(s: JsonSchema | undefined): unknown {
  if (!s) return undefined;
  const type = Array.isArray(s.type) ? s.type.find((x) => x !== 'null') : s.type;
  if (s.enum?.length) return LONE_SURROGATE;
  switch (type) {
    case 'string':
      return { nested: NUL };
    case 'integer':
    case 'number':
      return 'not a number' + NUL;
    case 'boolean':
      return 'maybe';
    case 'array':
      return { not: 'an array' };
    case 'object':
      return [NUL];
    default:
      return undefined;
  }
}

/**
 * Percent-encode as a client would; a lone surrogate has no UTF-8 form, so it goes as the bytes a
 * careless encoder writes for it (ED A0 80), which no decoder accepts.
 */
function enc(v: string): string {
  return v.split(/([\ud800-\udfff])/).map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part))).join('');
}

function urlOf(op: Operation, params: Record<string, string>, query: Record<string, string>): string {
  const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => enc(params[name] ?? 'x'));
  const qs = Object.entries(query).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  return qs ? `${path}?${qs}` : path;
}

/** The cases of one operation. */
export function casesOf(op: Operation, rnd: () => number): FuzzCase[] {
  const params = Object.fromEntries(Object.entries(op.pathParams).map(([k, s]) => [k, plausible(s, rnd)]));
  const base = urlOf(op, params, {});
  const hasBody = op.method !== 'GET';
  const cases: FuzzCase[] = [];
  const add = (c: Omit<FuzzCase, 'method'>) => cases.push({ method: op.method, ...c });

  // Parameters: a NUL is refused everywhere; a URL cannot carry a lone surrogate, only bytes no decoder
  // accepts, which must not break anything; odd strings only matter for reads.
  for (const name of Object.keys(op.pathParams)) {
    add({ url: urlOf(op, { ...params, [name]: NUL }, {}), mustRefuse: true, what: `path ${name} NUL` });
    add({ url: urlOf(op, { ...params, [name]: LONE_SURROGATE }, {}), mustRefuse: false, what: `path ${name} undecodable` });
    if (op.pathParams[name]?.format === 'uuid') add({ url: urlOf(op, { ...params, [name]: 'not-a-uuid' }, {}), mustRefuse: true, what: `path ${name} not a uuid` });
  }
  for (const name of Object.keys(op.query)) {
    add({ url: urlOf(op, params, { [name]: NUL }), mustRefuse: true, what: `query ${name} NUL` });
    add({ url: urlOf(op, params, { [name]: LONE_SURROGATE }), mustRefuse: false, what: `query ${name} undecodable` });
    if (!hasBody) {
      const odd = ODD_STRINGS[Math.floor(rnd() * ODD_STRINGS.length)]!;
      add({ url: urlOf(op, params, { [name]: odd }), mustRefuse: false, what: `query ${name} odd string` });
    }
  }
  if (!hasBody) {
    add({ url: `${base}${base.includes('?') ? '&' : '?'}unknown=${encodeURIComponent(NUL)}`, mustRefuse: true, what: 'unknown query with NUL' });
    return cases;
  }

  // Bodies: malformed, of the wrong content type, of the wrong top-level type, with a wrongly typed field.
  add({ url: base, payload: '{"a": ', contentType: 'application/json', mustRefuse: true, what: 'malformed JSON' });
  add({ url: base, payload: 'plain words', contentType: 'text/plain', mustRefuse: true, what: 'text/plain body' });
  add({ url: base, payload: JSON.stringify({ x: NUL, [LONE_SURROGATE]: 1 }), contentType: 'application/json', mustRefuse: true, what: 'NUL value and lone-surrogate key' });
  if (op.body) {
    for (const top of [[], 42, 'a string']) add({ url: base, payload: JSON.stringify(top), contentType: 'application/json', mustRefuse: true, what: `body ${JSON.stringify(top)}` });
    const props = op.body.properties ?? {};
    for (const [name, s] of Object.entries(props)) {
      const wrong = wrongTyped(s);
      if (wrong === undefined) continue;
      const extra = { ['extra_' + Math.floor(rnd() * 1000)]: ODD_STRINGS[Math.floor(rnd() * ODD_STRINGS.length)] };
      add({ url: base, payload: JSON.stringify({ ...extra, [name]: wrong }), contentType: 'application/json', mustRefuse: true, what: `field ${name} wrongly typed` });
    }
  }
  return cases;
}

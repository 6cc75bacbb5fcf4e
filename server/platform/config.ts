import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_PUBLISHER_REF, isOrgIdentifier } from '../../shared/iati';
import type { FileStoreSettings } from './files.open';

/**
 * Root of the checkout, the nearest folder upward holding package.json: migrations, reference data,
 * fonts and the built web app are found relative to it, from the sources (server/platform/) and from
 * the production bundle (dist/server/) alike.
 */
export const PROJECT_DIR = projectDir(path.dirname(fileURLToPath(import.meta.url)));

function projectDir(from: string): string {
  for (let dir = from; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
  }
  throw new Error(`No package.json above ${from}: TwinBridge runs from its checkout (or a copy with package.json beside dist/)`);
}

/** An empty variable counts as unset (an `.env` line with nothing after the `=`). */
const unset = z.string().optional().transform((v) => v || undefined);

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default(path.join(PROJECT_DIR, 'data')),
  REFERENCE_DIR: z.string().default(path.join(PROJECT_DIR, 'data')),
  DATABASE_URL: z.string().optional(),
  PG_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  NODE_ENV: z.string().default('development'),
  DEMO: z.enum(['0', '1', 'true', 'false']).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('TwinBridge <no-reply@twinbridge.local>'),
  PUBLIC_URL: z.string().optional(),
  LOG_LEVEL: z.string().default('info'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  AUTH_REQUESTS_PER_ADDRESS_HOUR: z.coerce.number().int().min(1).default(20),
  AUTH_MAILS_PER_EMAIL_HOUR: z.coerce.number().int().min(1).default(3),
  IATI_PUBLISHER_REF: z.string().default(DEFAULT_PUBLISHER_REF).refine(isOrgIdentifier, 'not an IATI organisation identifier (agency prefix, then the code, e.g. XI-IATI-EC_NEAR)'),
  TRUST_PROXY: z.string().optional().transform((v, c) => {
    const parsed = parseTrustProxy(v ?? '');
    if (parsed === undefined) c.addIssue({ code: 'custom', message: 'true, false, a hop count, or a comma-separated list of proxy addresses or CIDR ranges (loopback, linklocal and uniquelocal name theirs)' });
    return parsed ?? false;
  }),
  API_DOCS: z.enum(['0', '1', 'true', 'false']).optional(),
  FILE_STORE: unset.pipe(z.enum(['disk', 's3']).default('disk')),
  S3_ENDPOINT: unset.pipe(z.url({ protocol: /^https?$/, error: 'an http(s) URL, e.g. https://s3.eu-central-1.amazonaws.com or http://127.0.0.1:9000' }).optional()),
  S3_BUCKET: unset,
  S3_REGION: unset.pipe(z.string().default('us-east-1')),
  S3_ACCESS_KEY_ID: unset,
  S3_SECRET_ACCESS_KEY: unset,
  S3_FORCE_PATH_STYLE: unset.pipe(z.enum(['0', '1', 'true', 'false']).optional()),
  S3_PREFIX: unset.pipe(z.string().regex(/^[A-Za-z0-9._-]+\/$/, 'letters, digits, ".", "_" or "-", ending in "/" (e.g. twinbridge/)').optional()),
});

/** An S3 bucket is named when FILE_STORE=s3, and an access key comes with its secret. */
const envChecked = envSchema.superRefine((e, c) => {
  if (e.FILE_STORE !== 's3') return;
  if (!e.S3_BUCKET) c.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'required when FILE_STORE=s3' });
  if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY) {
    c.addIssue({ code: 'custom', path: [e.S3_ACCESS_KEY_ID ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'], message: 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together (or neither, for the AWS SDK\'s own credentials chain)' });
  }
});

/** Address ranges proxy-addr (Fastify's trustProxy) knows by name. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(s: string): boolean {
  if (NAMED_RANGES.has(s)) return true;
  const [addr = '', bits, ...rest] = s.split('/');
  const family = net.isIP(addr);
  if (!family || rest.length) return false;
  if (bits === undefined) return true;
  return /^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}

/**
 * TRUST_PROXY as Fastify's trustProxy takes it; undefined when malformed. Off by default: trusting
 * X-Forwarded-For from anyone lets a client choose its address (rate limits, logs).
 */
export function parseTrustProxy(raw: string): boolean | number | string[] | undefined {
  const v = raw.trim();
  if (v === '' || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  const list = v.split(',').map((a) => a.trim());
  return list.every(isAddressOrRange) ? list : undefined;
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  referenceDir: string;
  databaseUrl: string | undefined;
  /** PostgreSQL connections each app process may hold (PG_POOL_SIZE); a write holds one for its whole transaction. */
  pgPoolSize: number;
  production: boolean;
  /** Demo accounts exist only in demo mode: the default, never in production unless DEMO=1. */
  demo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  logLevel: string;
  /** The IATI organisation identifier of the platform as publisher of the grant scheme's activity file. */
  iatiPublisherRef: string;
  /**
   * Which proxies' X-Forwarded-For/-Proto to believe (Fastify's trustProxy): false (default), true
   * (any: only behind a proxy that overwrites them), a hop count, or addresses/CIDR ranges.
   */
  trustProxy: boolean | number | string[];
  /** Serve the API docs page and /api/openapi.json: always outside production, there only with API_DOCS=1. */
  apiDocs: boolean;
  /** Session lifetimes and the sign-in, sign-up and reset throttles (the accounts domain reads them). */
  auth: AuthLimits;
  /** Where uploads go: DATA_DIR/uploads (FILE_STORE=disk, the default) or an S3-compatible bucket (FILE_STORE=s3). */
  files: FileStoreSettings;
}

/** Session lifetimes and throttles; the three most likely to need tuning come from the environment. */
export interface AuthLimits {
  /** A session unused this long ends (SESSION_IDLE_MINUTES, default 120). */
  sessionIdleMinutes: number;
  /** Failed sign-ins for one account from one address (in the window) before that address waits, doubling each time. */
  signInPairFailures: number;
  /** Failed sign-ins for one account from all addresses (in the window) after which a right password also needs a mailed link. */
  signInAccountFailures: number;
  /** Failed sign-ins from one address for any accounts (in the window) before it waits. */
  signInAddressFailures: number;
  /** Sign-up and reset requests one address may make in an hour (AUTH_REQUESTS_PER_ADDRESS_HOUR, default 20). */
  requestsPerAddressHour: number;
  /** Sign-up, reset and sign-in-link mails one email address may get in an hour (AUTH_MAILS_PER_EMAIL_HOUR, default 3). */
  mailsPerEmailHour: number;
  /** The shortest time a sign-up or reset request answers in, hiding what timing differs between known and unknown emails. */
  requestFloorMs: number;
}

/** Read and check the environment once at start; a bad value stops the process with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envChecked.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const demoFlag = e.DEMO === undefined ? undefined : e.DEMO === '1' || e.DEMO === 'true';
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    referenceDir: path.resolve(e.REFERENCE_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    pgPoolSize: e.PG_POOL_SIZE,
    production,
    demo: demoFlag ?? !production,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    iatiPublisherRef: e.IATI_PUBLISHER_REF,
    trustProxy: e.TRUST_PROXY,
    apiDocs: e.API_DOCS === undefined ? !production : e.API_DOCS === '1' || e.API_DOCS === 'true',
    files: fileStoreSettings(e),
    auth: {
      sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
      signInPairFailures: 5,
      signInAccountFailures: 20,
      signInAddressFailures: 50,
      requestsPerAddressHour: e.AUTH_REQUESTS_PER_ADDRESS_HOUR,
      mailsPerEmailHour: e.AUTH_MAILS_PER_EMAIL_HOUR,
      requestFloorMs: 400,
    },
  };
}

function fileStoreSettings(e: z.infer<typeof envSchema>): FileStoreSettings {
  if (e.FILE_STORE === 'disk') return { kind: 'disk' };
  return {
    kind: 's3',
    bucket: e.S3_BUCKET ?? '',
    region: e.S3_REGION,
    endpoint: e.S3_ENDPOINT,
    forcePathStyle: e.S3_FORCE_PATH_STYLE === '1' || e.S3_FORCE_PATH_STYLE === 'true',
    prefix: e.S3_PREFIX ?? '',
    credentials: e.S3_ACCESS_KEY_ID && e.S3_SECRET_ACCESS_KEY ? { accessKeyId: e.S3_ACCESS_KEY_ID, secretAccessKey: e.S3_SECRET_ACCESS_KEY } : undefined,
  };
}

import type { SessionStore } from './auth';
import type { Changes } from './changes';
import type { Exclusive } from './cluster.lock';
import type { Config } from './config';
import type { Db } from './db';
import type { FileStore } from './files';
import type { Mailer } from './mail';

/**
 * What every domain plugin is built from: no globals, so tests build as many apps as they like.
 * The platform declares only what it owns or needs; server/context.ts, the composition root, adds
 * the domains' shared parts (the directory, the matching engine) to this same interface.
 */
export interface AppContext {
  db: Db;
  config: Config;
  mail: Mailer;
  files: FileStore;
  /** Sessions for platform/auth, kept by the accounts domain. */
  sessions: SessionStore;
  /** Change notices to and from the other app processes on the same database. */
  changes: Changes;
  /** Work that one process among all those on the database does at a time (periodic jobs, start-up). */
  exclusive: Exclusive;
}

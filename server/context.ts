import type { DirectoryIndex } from './domains/authorities/authorities.index';
import { MatchingEngine } from './domains/matching/matching.engine';
import { sessionStore } from './domains/accounts/accounts.sessions';
import { type Changes, localChanges } from './platform/changes';
import { type Exclusive, localExclusive } from './platform/cluster.lock';
import type { Config } from './platform/config';
import type { AppContext } from './platform/context';
import type { Db } from './platform/db';
import { openFileStore } from './platform/files.open';
import { createMailer } from './platform/mail';
import { followMatchingChanges } from './domains/matching/matching.changes';
import { followRegistryChanges } from './domains/twinnings/twinnings.registry';
import { followGrantsChanges } from './domains/grants/grants.answers';
import { followProfileChanges } from './domains/authorities/authorities.answers';

// The platform knows no domain: its AppContext holds what it owns, and this composition root,
// which may know domains, adds the parts every domain plugin shares (declaration merging).
declare module './platform/context' {
  interface AppContext {
    /** The in-memory directory of authorities (authorities domain). */
    directory: DirectoryIndex;
    /** Partner recommendations (matching domain). */
    matching: MatchingEngine;
  }
}

/** How this process meets the others on its database: alone (PGlite, most tests) unless told. */
export interface Peers {
  changes: Changes;
  exclusive: Exclusive;
}

/**
 * Assemble the context every domain plugin is built from (the same for the process and for tests),
 * and let the in-memory parts follow the other processes' changes.
 */
export async function createContext(db: Db, config: Config, directory: DirectoryIndex, peers: Peers = { changes: localChanges(), exclusive: localExclusive() }): Promise<AppContext> {
  const ctx: AppContext = {
    db,
    config,
    directory,
    mail: createMailer(db, config.smtpUrl, config.mailFrom),
    files: await openFileStore(config.files, config.dataDir),
    sessions: sessionStore(db, config.auth),
    matching: MatchingEngine.start(directory, () => config.demo),
    ...peers,
  };
  followMatchingChanges(ctx);
  followRegistryChanges(ctx);
  followGrantsChanges(ctx);
  followProfileChanges(ctx);
  return ctx;
}

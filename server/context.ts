import type { DirectoryIndex } from './domains/authorities/authorities.index';
import { MatchingEngine } from './domains/matching/matching.engine';
import { sessionStore } from './domains/accounts/accounts.sessions';
import type { Config } from './platform/config';
import type { AppContext } from './platform/context';
import type { Db } from './platform/db';
import { openFileStore } from './platform/files.open';
import { createMailer } from './platform/mail';

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

/** Assemble the context every domain plugin is built from (the same for the process and for tests). */
export async function createContext(db: Db, config: Config, directory: DirectoryIndex): Promise<AppContext> {
  return {
    db,
    config,
    directory,
    mail: createMailer(db, config.smtpUrl, config.mailFrom),
    files: await openFileStore(config.files, config.dataDir),
    sessions: sessionStore(db, config.auth),
    matching: MatchingEngine.start(directory, () => config.demo),
  };
}

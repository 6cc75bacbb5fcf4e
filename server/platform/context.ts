import type { DirectoryIndex } from '../domains/authorities/authorities.index';
import type { Config } from './config';
import type { Db } from './db';
import type { FileStore } from './files';
import type { Mailer } from './mail';
import type { MatchingEngine } from '../domains/matching/matching.engine';

/** What every domain plugin is built from: no globals, so tests build as many apps as they like. */
export interface AppContext {
  db: Db;
  config: Config;
  directory: DirectoryIndex;
  mail: Mailer;
  files: FileStore;
  matching: MatchingEngine;
}

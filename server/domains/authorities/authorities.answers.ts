import type { AuthoritySearchQuery } from '../../../shared/authorities';
import { authorityProfile, authoritySearchResult } from '../../../shared/authorities';
import type { AppContext } from '../../platform/context';
import { KeptAnswers } from '../../platform/kept';
import { prepare, type PreparedJson } from '../../platform/prepared';
import type { DirectoryIndex } from './authorities.index';
import { getProfile } from './authorities.service';

/** Distinct searches kept (about 5 KB each with their compressed forms): a crawler's walk must not grow the process. */
const MAX_SEARCHES = 1000;

/**
 * Directory searches kept ready to send (text and compressed forms) per query, for as long as the
 * index is the same. A search is the costliest public read (a typo-tolerant name lookup, then the
 * response schema's parse and the compression of the page), the same for every caller, and people
 * search the same names: under a crowd, answering them again was most of the app's CPU (issue 16).
 * The index only changes by its own methods, which move its version on; the first search after
 * that starts afresh.
 */
export class SearchAnswers {
  private readonly kept = new Map<string, PreparedJson>();
  private version = -1;

  constructor(
    private readonly index: DirectoryIndex,
    private readonly max = MAX_SEARCHES,
  ) {}

  answer(query: AuthoritySearchQuery): PreparedJson {
    if (this.version !== this.index.version) {
      this.kept.clear();
      this.version = this.index.version;
    }
    // The query as the schema parsed it: the same fields in the same order for the same search.
    const key = JSON.stringify(query);
    let prepared = this.kept.get(key);
    if (prepared) this.kept.delete(key); // most recently used last: the first is the one to drop
    else {
      prepared = prepare(authoritySearchResult, this.index.search(query));
      if (this.kept.size >= this.max) this.kept.delete(this.kept.keys().next().value!);
    }
    this.kept.set(key, prepared);
    return prepared;
  }

  /** How many searches are kept (for tests). */
  get size(): number {
    return this.kept.size;
  }
}

/** Topic: an authority's profile changed (payload: its code); the other processes drop what they keep of it. */
export const PROFILE_CHANGED = 'authorities.profile';
/** A kept profile is read again after this long: the safety net for a change nobody announced (SQL by hand). */
const PROFILE_RECHECK_MS = 10_000;
/** Profiles kept (about 1–2 KB each): a crawler's walk of the directory must not grow the process. */
const MAX_PROFILES = 2000;

const profileCaches = new WeakMap<AppContext, KeptAnswers>();

/**
 * Profiles as a signed-out reader sees them, kept ready to send per code (one cache per context). A
 * profile is among the most read pages and changes only by its officers' edits: the edit forgets it
 * here and, through the change notice, in every other process.
 */
export function profileAnswers(ctx: AppContext): KeptAnswers {
  let cache = profileCaches.get(ctx);
  if (!cache) profileCaches.set(ctx, (cache = new KeptAnswers(async (code) => prepare(authorityProfile, await getProfile(ctx.db, code, false, !ctx.config.demo)), PROFILE_RECHECK_MS, MAX_PROFILES)));
  return cache;
}

/** A profile changed (committed; without a code, several may have): forget it here, and tell the other processes. */
export function profileChanged(ctx: AppContext, code?: string): Promise<void> {
  profileAnswers(ctx).forget(code);
  return ctx.changes.publish(PROFILE_CHANGED, code ?? '');
}

/** Follow the other processes' profile edits; after a lost connection (resync) forget every profile. */
export function followProfileChanges(ctx: AppContext): void {
  ctx.changes.subscribe(PROFILE_CHANGED, (n) => profileAnswers(ctx).forget(n.resync || !n.payload ? undefined : n.payload));
}

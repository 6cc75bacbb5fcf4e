import type { AuthoritySearchQuery } from '../../../shared/authorities';
import { authoritySearchResult } from '../../../shared/authorities';
import { prepare, type PreparedJson } from '../../platform/prepared';
import type { DirectoryIndex } from './authorities.index';

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

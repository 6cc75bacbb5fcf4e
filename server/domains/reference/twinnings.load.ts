import path from 'node:path';
import type { AuthoritySummary } from '../../../shared/authorities';
import type { MatchStats } from '../../../shared/twinnings';
import type { Db } from '../../platform/db';
import { insertTwinnings } from '../twinnings/twinnings.service';
import { parseCsv, readDataFile } from './csv';
import { type TwinningRow, mergeTwinnings } from './twinnings.merge';
import { AuthorityMatcher, devPairs, wikidataPairs, wikipediaPairs } from './twinnings.rules';
import { referenceLoads } from './reference.schema';
import type { Progress } from './reference.service';
import { eq } from 'drizzle-orm';

export const TWINNING_FILES = {
  wikipedia: 'world_twinnings_wikipedia.csv.gz',
  wikidata: 'eu_twinnings_wikidata2017.tsv.gz',
  dev: 'tr_eu_twinning_pairs_dev.csv',
};
const BATCH = 1000;

/**
 * Read the three twinning lists and tie their sides to the directory (no database involved);
 * `storedKeys(i)` gives the search keys the directory holds for directory[i], when it has them.
 */
export function readTwinnings(dir: string, directory: readonly AuthoritySummary[], devFile?: string, storedKeys?: (i: number) => string): TwinningRow[] {
  const read = (file: string, sep = ',') => parseCsv(readDataFile(path.resolve(dir, file)), sep);
  const pairs = [
    ...devPairs(read(devFile ?? TWINNING_FILES.dev)),
    ...wikidataPairs(read(TWINNING_FILES.wikidata, '\t')),
    ...wikipediaPairs(read(TWINNING_FILES.wikipedia)),
  ];
  return mergeTwinnings(pairs, new AuthorityMatcher(directory, storedKeys));
}

/** How many listed sides were tied to the directory, and how. */
export function matchStatsOf(rows: readonly Pick<TwinningRow, 'aMatch' | 'bMatch' | 'source'>[]): MatchStats {
  const byMethod: Record<string, number> = {};
  const bySource: Record<string, number> = {};
  let matchedSides = 0;
  let bothMatched = 0;
  for (const r of rows) {
    for (const m of [r.aMatch, r.bMatch]) {
      byMethod[m ?? 'external'] = (byMethod[m ?? 'external'] ?? 0) + 1;
      if (m) matchedSides++;
    }
    if (r.aMatch && r.bMatch) bothMatched++;
    bySource[r.source] = (bySource[r.source] ?? 0) + 1;
  }
  return { pairs: rows.length, sides: rows.length * 2, matchedSides, bothMatched, byMethod, bySource };
}

/**
 * Load the real twinnings once, in one transaction with its marker row; returns the match counts.
 * The directory is only listed when loading (listing makes every summary: not for nothing at a restart).
 */
export async function loadTwinnings(
  db: Db,
  dir: string,
  directory: { all(): readonly AuthoritySummary[]; searchKeysAt?(i: number): string },
  progress: Progress = () => {},
): Promise<MatchStats | null> {
  const done = await db.select().from(referenceLoads).where(eq(referenceLoads.dataset, 'twinnings'));
  if (done.length > 0) return null;
  progress('matching twinnings', 0, 1);
  // The directory's own search keys: not folded again for each of its names.
  const rows = readTwinnings(dir, directory.all(), undefined, directory.searchKeysAt?.bind(directory));
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += BATCH) {
      await insertTwinnings(tx, rows.slice(i, i + BATCH));
      progress('inserting twinnings', Math.min(i + BATCH, rows.length), rows.length);
    }
    await tx.insert(referenceLoads).values({ dataset: 'twinnings', rows: rows.length });
  });
  return matchStatsOf(rows);
}

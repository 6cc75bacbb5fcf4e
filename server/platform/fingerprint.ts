import { sql, type SQL } from 'drizzle-orm';

/**
 * A cheap fingerprint of a whole table, for caches that must miss after any committed change: the
 * row count and the sum of `xmin` (the id of the transaction that last wrote each row), so an insert,
 * update or delete changes it even when it keeps every timestamp. One index-free scan of the table;
 * `where` narrows it to the rows a cache reads (a draft's autosave need not touch the public projects).
 */
export function tableFingerprint(table: string, where?: SQL): SQL<string> {
  return sql<string>`(select concat_ws(':', count(*), coalesce(sum(xmin::text::bigint), 0)) from ${sql.identifier(table)}${where ? sql` where ${where}` : sql``})`;
}

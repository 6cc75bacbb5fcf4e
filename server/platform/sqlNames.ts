import { type SQL, sql } from 'drizzle-orm';

/**
 * Column names for raw SQL (an insert's column list, a returning clause), taken from drizzle's
 * columns so that a renamed column is renamed here too.
 */
export const columnNames = (...columns: readonly { name: string }[]): SQL => sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);

import { type SQL, sql } from 'drizzle-orm';
import { EU_COUNTRIES } from '../../../shared/countries';
import { fold } from '../../../shared/text/fold';
import { twinnings } from './twinnings.schema';

/** A twinning's two sides as the registry shows them. */
interface Sides<S extends { country: string | null }> {
  a: S;
  b: S;
}

/** The Turkish side first (the registry is read from Turkey's side), else the order as stored. */
export function turkishFirst<S extends { country: string | null }, T extends Sides<S>>(row: T): T {
  return row.b.country === 'TR' && row.a.country !== 'TR' ? { ...row, a: row.b, b: row.a } : row;
}

// The database has no Turkish collation: sort on names folded the way shared/text/fold does, letter
// for letter with translate() (the same on PGlite and PostgreSQL), then lower() for plain ASCII.
const LETTERS = [...'ÇçĞğİıIÖöŞşÜüÂâÎîÛûÄäÀàÁáÅåÃãÉéÈèÊêËëĘęÍíÌìÏïÓóÒòÔôÕõØøŐőÚúÙùŰűŮůÑñŃńŇňŁłĽľĹĺŽžŹźŻżŠšŚśȘșŞČčĆćŘřŔŕĎďĐđŤťȚțÝýÿĄą'].filter((c) => fold(c).length === 1);
const FROM = LETTERS.join('');
const TO = LETTERS.map((c) => fold(c)).join('');
const key = (col: SQL) => sql`lower(translate(${col}, ${FROM}, ${TO}))`;

const bFirst = sql`(${twinnings.bCountry} = 'TR' AND ${twinnings.aCountry} IS DISTINCT FROM 'TR')`;

/** Registry order: by the first side's name as shown (Turkish side first), then the partner's, then id. */
export const REGISTRY_ORDER: SQL[] = [
  key(sql`CASE WHEN ${bFirst} THEN ${twinnings.bName} ELSE ${twinnings.aName} END`),
  key(sql`CASE WHEN ${bFirst} THEN ${twinnings.aName} ELSE ${twinnings.bName} END`),
  sql`${twinnings.id}`,
];

/** Twinnings between a Turkish authority and one in an EU-27 country (the registry's default view). */
export function turkeyEu(): SQL {
  const eu = sql.join(EU_COUNTRIES.map((c) => sql`${c}`), sql`, `);
  return sql`((${twinnings.aCountry} = 'TR' AND ${twinnings.bCountry} IN (${eu})) OR (${twinnings.bCountry} = 'TR' AND ${twinnings.aCountry} IN (${eu})))`;
}

/** Compare two names as the registry sorts them (folded, then as written). */
export function byName(x: string, y: string): number {
  const fx = fold(x);
  const fy = fold(y);
  return fx < fy ? -1 : fx > fy ? 1 : x.localeCompare(y);
}

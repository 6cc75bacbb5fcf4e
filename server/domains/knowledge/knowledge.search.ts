import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { LibraryHit, LibrarySearchQuery, LibrarySearchResult, SearchLang } from '../../../shared/knowledge';
import type { AppContext } from '../../platform/context';
import { inLang, lexemesOf, makeSnippet, queryWords } from './knowledge.rules';
import { FOLD_FROM, FOLD_TO, libraryEntries as e } from './knowledge.schema';

const CONFIG: Record<SearchLang, string> = { tr: 'turkish', en: 'english' };

/**
 * One query word as the stored vectors hold words: its Snowball stem or itself, folded the same way
 * (see knowledge.schema.ts). Words are ANDed. Core SQL only, so PGlite and PostgreSQL answer alike.
 */
function tsquery(lang: SearchLang, words: string[]): SQL {
  const parts = words.map(
    (w) => sql`(plainto_tsquery(${CONFIG[lang]}::regconfig, ${w}) || plainto_tsquery('simple'::regconfig, ${w}))`,
  );
  return sql`translate((${sql.join(parts, sql` && `)})::text, ${FOLD_FROM}, ${FOLD_TO})::tsquery`;
}

/**
 * The printed, folded queries of a word list. They depend only on the words and the built-in
 * Snowball configurations, never on the library's rows, so they are kept (up to PRINTED_MAX word
 * lists, oldest dropped first) and a repeated search saves a round trip to the database.
 */
const PRINTED_MAX = 1000;
const printedQueries = new Map<string, { tr: string; en: string }>();

async function printedQuery(ctx: AppContext, words: string[]): Promise<{ tr: string; en: string }> {
  const key = words.join(' ');
  const known = printedQueries.get(key);
  if (known) return known;
  // Both drivers answer execute() with { rows }; the shared base type cannot say so.
  const res = (await ctx.db.execute(sql`select ${tsquery('tr', words)}::text as tr, ${tsquery('en', words)}::text as en`)) as unknown as { rows: { tr: string; en: string }[] };
  const printed = res.rows[0]!;
  if (printedQueries.size >= PRINTED_MAX) printedQueries.delete(printedQueries.keys().next().value!);
  printedQueries.set(key, printed);
  return printed;
}

/** Published entries matching the words and filters, best first (newest first without words), with highlighted snippets. */
export async function searchLibrary(ctx: AppContext, q: LibrarySearchQuery): Promise<LibrarySearchResult> {
  const words = queryWords(q.q);
  const langs: SearchLang[] = q.lang ? [q.lang] : ['tr', 'en'];
  const filters: SQL[] = [eq(e.status, 'published')];
  if (q.theme) filters.push(sql`${e.themes} @> ${JSON.stringify([q.theme])}::jsonb`);
  if (q.country) filters.push(eq(e.country, q.country));
  if (q.type) filters.push(eq(e.kind, q.type));
  if (q.authorityType) filters.push(eq(e.authorityType, q.authorityType));

  let lexemes: Record<SearchLang, string[]> = { tr: [], en: [] };
  let matchTr: SQL = sql`false`;
  // ORDER BY a bare 0 would name a column position, so no rank at all without words.
  let rank: SQL | null = null;
  if (words.length > 0) {
    const printed = await printedQuery(ctx, words);
    lexemes = { tr: lexemesOf(printed.tr), en: lexemesOf(printed.en) };
    const vec = { tr: e.searchTr, en: e.searchEn };
    // The printed, folded queries go back as literals: folding happened once, in the line above.
    const hits = langs.map((l) => sql`${vec[l]} @@ ${printed[l]}::tsquery`);
    filters.push(sql`(${sql.join(hits, sql` or `)})`);
    matchTr = langs.includes('tr') ? sql`${e.searchTr} @@ ${printed.tr}::tsquery` : sql`false`;
    rank = sql.join(langs.map((l) => sql`ts_rank(${vec[l]}, ${printed[l]}::tsquery)`), sql` + `);
  }
  // The page's ids and the total first, reading only small columns; texts only for the page's rows.
  const page = await ctx.db
    .select({ id: e.id, matchTr: sql<boolean>`${matchTr}`.as('match_tr'), total: sql<number>`count(*) over ()`.mapWith(Number).as('total') })
    .from(e)
    .where(and(...filters))
    .orderBy(...(rank ? [sql`${rank} desc`] : []), sql`${e.publishedAt} desc nulls last`, e.id)
    .limit(q.limit)
    .offset(q.offset);
  const texts = page.length
    ? await ctx.db
      .select({
        id: e.id, kind: e.kind, titleTr: e.titleTr, titleEn: e.titleEn, summaryTr: e.summaryTr, summaryEn: e.summaryEn,
        bodyTr: e.bodyTr, bodyEn: e.bodyEn, themes: e.themes, country: e.country, year: e.year, source: e.source,
      })
      .from(e)
      .where(inArray(e.id, page.map((r) => r.id)))
    : [];
  const byId = new Map(texts.map((r) => [r.id, r]));
  const rows = page.map((p) => ({ ...byId.get(p.id)!, matchTr: p.matchTr }));

  const items = rows.map((r): LibraryHit => {
    const lang: SearchLang = q.lang ?? (r.matchTr || words.length === 0 ? 'tr' : 'en');
    const summary = inLang(lang, r.summaryTr, r.summaryEn);
    const body = inLang(lang, r.bodyTr, r.bodyEn);
    return {
      id: r.id, kind: r.kind as LibraryHit['kind'], lang, title: inLang(lang, r.titleTr, r.titleEn),
      snippet: makeSnippet(body ? `${summary} ${body}` : summary, lexemes[lang]),
      themes: r.themes, country: r.country, year: r.year, source: r.source ?? null,
    };
  });
  return { items, total: page[0]?.total ?? (q.offset > 0 ? await countOf(ctx, filters) : 0) };
}

/** The number of matches when the page asked for lies beyond them (the window count has no row to ride on). */
async function countOf(ctx: AppContext, filters: SQL[]): Promise<number> {
  const [row] = await ctx.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(e).where(and(...filters));
  return row?.n ?? 0;
}

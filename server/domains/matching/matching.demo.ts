import { eq, sql } from 'drizzle-orm';
import type { AuthoritySummary } from '../../../shared/authorities';
import type { Theme } from '../../../shared/themes';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { DEMO_ACCOUNTS, demoUserIds } from '../accounts/accounts.demo';
import { fillEmptyThemes } from '../authorities/authorities.service';
import { twinningEdges } from '../twinnings/twinnings.service';
import { demoThemes, REQUEST_TEXTS } from './matching.demo.content';
import { partnerRequests } from './matching.schema';
import { signalsChanged } from './matching.changes';
import { profileChanged } from '../authorities/authorities.answers';

/** Authorities given profile themes on each side, and how many of them publish a request. */
const PER_SIDE = 24;
const REQUESTS_PER_SIDE = 8;
const BIG = new Set(['metropolitan_municipality', 'province_center']);

type Edge = { a: string | null; b: string | null };

/**
 * Who the demo speaks for: the big Turkish towns of the real twinning lists (most EU partners first)
 * and their EU partners (largest first), topped up from the directory when the lists are short. The
 * demo officers' own authorities are left alone: their themes and requests are for them to write.
 */
export function demoAuthorities(all: readonly AuthoritySummary[], byCode: (code: string) => AuthoritySummary | undefined, edges: readonly Edge[]) {
  const own = new Set(DEMO_ACCOUNTS.flatMap((a) => (a.authorityCode ? [a.authorityCode] : [])));
  const euPartners = new Map<string, Set<string>>();
  for (const e of edges) {
    const [x, y] = [e.a && byCode(e.a), e.b && byCode(e.b)];
    if (!x || !y || (x.country === 'TR') === (y.country === 'TR')) continue;
    const [tr, eu] = x.country === 'TR' ? [x, y] : [y, x];
    if (BIG.has(tr.type) && !own.has(tr.code)) (euPartners.get(tr.code) ?? euPartners.set(tr.code, new Set()).get(tr.code)!).add(eu.code);
  }
  const turkish = [...euPartners.keys()].sort((p, q) => euPartners.get(q)!.size - euPartners.get(p)!.size || p.localeCompare(q)).slice(0, PER_SIDE);
  const size = (c: string) => byCode(c)?.population ?? 0;
  const eu = [...new Set(turkish.flatMap((c) => [...euPartners.get(c)!]))].filter((c) => !own.has(c)).sort((p, q) => size(q) - size(p) || p.localeCompare(q)).slice(0, PER_SIDE);
  // Only when a list is short: sorting every EU authority took ~9 s of a first start at ten times the directory.
  const largest = (pick: (a: AuthoritySummary) => boolean, taken: string[]) =>
    taken.length >= PER_SIDE ? [] : all.filter((a) => pick(a) && !own.has(a.code) && !taken.includes(a.code)).sort((p, q) => (q.population ?? 0) - (p.population ?? 0) || p.code.localeCompare(q.code)).map((a) => a.code);
  turkish.push(...largest((a) => a.country === 'TR' && BIG.has(a.type), turkish).slice(0, PER_SIDE - turkish.length));
  eu.push(...largest((a) => a.country !== 'TR', eu).slice(0, PER_SIDE - eu.length));
  return { turkish, eu };
}

/** A demo request of one authority on its first theme, in Turkish and English. */
function demoRequest(a: AuthoritySummary, themes: Theme[], createdBy: string) {
  const text = REQUEST_TEXTS[themes[0]!];
  const turkish = a.country === 'TR';
  const fill = (s: string) => s.replaceAll('{name}', a.name);
  return {
    authorityCode: a.code, createdBy, demo: true, status: 'open',
    title: turkish ? text.titleTr : text.titleEn,
    themes: themes.slice(0, 2),
    // A Turkish town asks for EU partners; an EU town for Turkish ones.
    targetCountries: turkish ? [] : ['TR'],
    languages: turkish ? ['tr', 'en'] : ['en'],
    timeframe: text.timeframe,
    descriptionTr: fill(text.tr),
    descriptionEn: fill(text.en),
  };
}

/**
 * Seed the matching demo: profile themes for about fifty Turkish and EU authorities and open partner
 * requests marked `demo`. Once: after the first run the demo requests exist and later starts only read.
 * An advisory lock keeps replicas that start together from seeding twice.
 */
export async function seedDemoMatching(ctx: AppContext): Promise<{ themes: number; requests: number }> {
  const none = { themes: 0, requests: 0 };
  const [seeded] = await ctx.db.select({ id: partnerRequests.id }).from(partnerRequests).where(eq(partnerRequests.demo, true)).limit(1);
  const admin = (await demoUserIds(ctx.db)).get('admin@twinbridge.demo');
  if (seeded || !admin) return none;
  const picked = demoAuthorities(ctx.directory.all(), (c) => ctx.directory.get(c), await twinningEdges(ctx.db));
  const themes = new Map<string, Theme[]>();
  picked.turkish.forEach((c, i) => themes.set(c, demoThemes(i)));
  picked.eu.forEach((c, i) => themes.set(c, demoThemes(i + 5)));
  const requesters = [...picked.turkish.slice(0, REQUESTS_PER_SIDE), ...picked.eu.slice(0, REQUESTS_PER_SIDE)];
  const result = await ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('twinbridge.matching_demo'))`);
    const [again] = await tx.select({ id: partnerRequests.id }).from(partnerRequests).where(eq(partnerRequests.demo, true)).limit(1);
    if (again) return none;
    const changed = await fillEmptyThemes(tx, themes);
    const rows = requesters.map((c) => demoRequest(ctx.directory.get(c)!, themes.get(c)!, admin));
    const created = rows.length ? await tx.insert(partnerRequests).values(rows).returning({ id: partnerRequests.id, code: partnerRequests.authorityCode }) : [];
    for (const r of created) await audit(tx, { actorId: null, action: 'partner_request.demo_seeded', entityType: 'partner_request', entityId: r.id, after: { authorityCode: r.code } });
    return { themes: changed, requests: created.length };
  });
  if (result.themes) await profileChanged(ctx); // the profiles show the themes
  await signalsChanged(ctx);
  return result;
}

/** Start-up hook: in demo mode only (never in production unless DEMO=1), seed the matching demo. */
export async function demoMatchingHook(ctx: AppContext): Promise<void> {
  if (!ctx.config.demo) return;
  const seeded = await seedDemoMatching(ctx);
  if (seeded.requests) console.log(`TwinBridge: demo partner matching: themes for ${seeded.themes} authorities, ${seeded.requests} open partner requests`);
}

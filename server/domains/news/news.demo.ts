import { eq, sql } from 'drizzle-orm';
import type { NewsInput } from '../../../shared/news';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { demoUserIds } from '../accounts/accounts.demo';
import { newsPosts } from './news.schema';

const DAY = 24 * 3_600_000;

/** The demo posts, oldest first; written by the demo manager, each saying it is demo content. */
const DEMO_POSTS: (NewsInput & { daysAgo: number })[] = [
  {
    daysAgo: 21,
    titleTr: 'Kardeş şehir hibe programı için bilgi günleri başlıyor (demo)',
    titleEn: 'Info days for the town twinning grant scheme begin (demo)',
    summaryTr: 'Belediyeler başvuru sürecini, eş finansmanı ve ortak bulmayı bilgi günlerinde öğrenecek.',
    summaryEn: 'Municipalities learn about the application process, co-financing and finding a partner at the info days.',
    bodyTr: 'Program ekibi başvuru rehberini, değerlendirme tablosunu ve ortak arama araçlarını anlatacak. Bu bir demo haberidir.',
    bodyEn: 'The programme team presents the guide for applicants, the evaluation grid and the partner search tools. This is a demo post.',
    themes: ['culture'],
    coverImage: null,
  },
  {
    daysAgo: 9,
    titleTr: 'Sıfır atık ortaklıkları: üç yeni kardeş şehir anlaşması (demo)',
    titleEn: 'Zero-waste partnerships: three new twinning agreements (demo)',
    summaryTr: 'Türk ve AB belediyeleri geri dönüşüm ve kompost üzerine niyet mektupları imzaladı.',
    summaryEn: 'Turkish and EU municipalities signed letters of intent on recycling and composting.',
    bodyTr: 'Anlaşmalar personel değişimlerini ve ortak pilot projeleri kapsıyor. Bu bir demo haberidir.',
    bodyEn: 'The agreements cover staff exchanges and joint pilot projects. This is a demo post.',
    themes: ['recycling', 'environment'],
    coverImage: null,
  },
  {
    daysAgo: 2,
    titleTr: 'Gençlik değişimleri için yeni çağrı yakında (demo)',
    titleEn: 'A new call for youth exchanges is coming (demo)',
    summaryTr: 'Gençlik ve spor temalı projeler için bir teklif çağrısı hazırlanıyor.',
    summaryEn: 'A call for proposals on youth and sports projects is being prepared.',
    bodyTr: 'Çağrının kuralları ve takvimi yayımlandığında haber verilecek. Bu bir demo haberidir.',
    bodyEn: 'The call’s rules and dates will be announced when it is published. This is a demo post.',
    themes: ['youth_and_sports'],
    coverImage: null,
  },
];

/** Seed the demo news posts once (demo mode only), published by the demo manager, marked as demo. */
export async function seedDemoNews(ctx: AppContext): Promise<boolean> {
  const [seeded] = await ctx.db.select({ id: newsPosts.id }).from(newsPosts).where(eq(newsPosts.demo, true)).limit(1);
  if (seeded) return false;
  const manager = (await demoUserIds(ctx.db)).get('manager@twinbridge.demo');
  if (!manager) return false;
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('twinbridge.news_demo'))`);
    const [again] = await tx.select({ id: newsPosts.id }).from(newsPosts).where(eq(newsPosts.demo, true)).limit(1);
    if (again) return false;
    const now = Date.now();
    for (const { daysAgo, ...post } of DEMO_POSTS) {
      const at = new Date(now - daysAgo * DAY);
      await tx.insert(newsPosts).values({ ...post, status: 'published', demo: true, authorId: manager, createdAt: at, updatedAt: at, publishedAt: at });
    }
    await audit(tx, { actorId: null, action: 'news.demo_seeded', entityType: 'news', entityId: 'demo', after: { posts: DEMO_POSTS.length } });
    return true;
  });
}

/** Start-up hook (after the demo accounts'): the demo posts exist in demo mode. */
export async function demoNewsHook(ctx: AppContext): Promise<void> {
  if (ctx.config.demo && (await seedDemoNews(ctx))) console.log('Demo news seeded (marked as demo data).');
}

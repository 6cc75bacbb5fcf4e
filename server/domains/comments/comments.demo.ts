import { eq, sql } from 'drizzle-orm';
import { audit } from '../../platform/audit';
import type { AppContext } from '../../platform/context';
import { demoUserIds } from '../accounts/accounts.demo';
import { listConsultations } from '../participation/participation.service';
import { comments } from './comments.schema';

const MINUTE = 60_000;

/** The demo thread: who writes, in what stance, and whether it answers the first comment. */
const DEMO_THREAD = [
  { by: 'citizen@twinbridge.demo', authority: null, stance: 'for', reply: false, minutesAgo: 3 * 24 * 60, body: 'Gençlik değişimleri sürsün; oğlum Köln’den çok şey öğrendi. / Keep the youth exchanges going; my son learned a lot in Köln. (demo)' },
  { by: 'istanbul@twinbridge.demo', authority: 'TR-BSB-34', stance: 'neutral', reply: true, minutesAgo: 2 * 24 * 60, body: 'Teşekkürler; değişimleri ortak ofisten yürütmeyi düşünüyoruz. / Thank you; we think of running the exchanges from a joint office. (demo)' },
  { by: 'koln@twinbridge.demo', authority: 'DE_05315000', stance: 'against', reply: false, minutesAgo: 24 * 60, body: 'Kalıcı bir ofis bütçemizi aşar; dönüşümlü bir sekreterlik öneriyoruz. / A permanent office is beyond our budget; we suggest a rotating secretariat. (demo)' },
] as const;

/**
 * Seed a short demo thread on the demo consultation (demo mode only, once): a citizen's comment, an
 * officer's reply and the partner's dissent, so the comments block is not empty on first visit.
 */
export async function seedDemoComments(ctx: AppContext): Promise<boolean> {
  const [seeded] = await ctx.db.select({ id: comments.id }).from(comments).where(eq(comments.demo, true)).limit(1);
  if (seeded) return false;
  const consultation = (await listConsultations(ctx, null, {})).items.find((c) => c.demo);
  const people = await demoUserIds(ctx.db);
  if (!consultation || DEMO_THREAD.some((c) => !people.get(c.by))) return false;
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('twinbridge.comments_demo'))`);
    const [again] = await tx.select({ id: comments.id }).from(comments).where(eq(comments.demo, true)).limit(1);
    if (again) return false;
    let first: string | null = null;
    for (const c of DEMO_THREAD) {
      const [row]: { id: string }[] = await tx
        .insert(comments)
        .values({ targetKind: 'consultation', targetId: consultation.id, parentId: c.reply ? first : null, authorId: people.get(c.by)!, authorAuthority: c.authority, body: c.body, stance: c.stance, demo: true, createdAt: new Date(Date.now() - c.minutesAgo * MINUTE) })
        .returning({ id: comments.id });
      first ??= row!.id;
    }
    await audit(tx, { actorId: null, action: 'comment.demo_seeded', entityType: 'consultation', entityId: consultation.id, after: { comments: DEMO_THREAD.length } });
    return true;
  });
}

/** Start-up hook (after the demo consultation's): the demo thread exists in demo mode. */
export async function demoCommentsHook(ctx: AppContext): Promise<void> {
  if (ctx.config.demo && (await seedDemoComments(ctx))) console.log('Demo comments seeded (marked as demo data).');
}

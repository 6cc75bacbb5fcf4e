import { entryInput } from '../../../shared/knowledge';
import type { AppContext } from '../../platform/context';
import { SEED_GUIDES } from './knowledge.guides';
import { libraryEntries } from './knowledge.schema';

/**
 * Publish the seeded guides once (a stable key per guide: a second run, or a second process, adds
 * nothing). They are reference content, so they are seeded in every mode, marked by their `source`.
 */
export async function seedLibraryGuides(ctx: AppContext): Promise<number> {
  const rows = SEED_GUIDES.map((g) => ({ ...entryInput.parse(g.entry), status: 'published', source: g.source, seedKey: g.key, publishedAt: new Date() }));
  const added = await ctx.db.insert(libraryEntries).values(rows).onConflictDoNothing({ target: libraryEntries.seedKey }).returning({ id: libraryEntries.id });
  return added.length;
}

/** Start-up hook: the library starts with its seeded guides. */
export async function libraryGuidesHook(ctx: AppContext): Promise<void> {
  const n = await seedLibraryGuides(ctx);
  if (n > 0) console.log(`Library: ${n} guides seeded (title, publisher and link of real publications).`);
}

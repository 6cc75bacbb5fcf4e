import { demoAccountsHook } from './domains/accounts/accounts.demo';
import { demoProgrammeHook } from './domains/grants/demo/grants.demo';
import { backfillEnvelopes } from './domains/grants/calls/grants.envelope.service';
import { retireTieBreaks } from './domains/grants/awards/ranking.migrate';
import { backfillSignedGrants } from './domains/grants/awards/signed.backfill';
import { demoMatchingHook } from './domains/matching/matching.demo';
import { demoCommentsHook } from './domains/comments/comments.demo';
import { demoNewsHook } from './domains/news/news.demo';
import { libraryGuidesHook } from './domains/knowledge/knowledge.seed';
import { demoEventsHook } from './domains/events/events.demo';
import { remindTomorrow } from './domains/events/events.reminders';
import { settleExpiredConfirmations } from './domains/participation/participation.anonymous';
import { demoConsultationHook } from './domains/participation/participation.demo';
import { remindDormant } from './domains/twinnings/twinnings.activities.service';
import { unknownStatusHook } from './domains/twinnings/twinnings.backfill';
import type { AppContext } from './platform/context';

/** Work each domain does once after the database is ready (demo accounts, indexes, reminders). */
export const startupHooks: ((ctx: AppContext) => Promise<void>)[] = [unknownStatusHook, demoAccountsHook, backfillEnvelopes, retireTieBreaks, demoProgrammeHook, backfillSignedGrants, demoMatchingHook, demoConsultationHook, demoCommentsHook, demoNewsHook, libraryGuidesHook, demoEventsHook];

/** Work repeated while the process runs, with its period. */
export const periodicJobs: { name: string; everyMs: number; run: (ctx: AppContext) => Promise<unknown> }[] = [
  { name: 'dormant-twinning reminders', everyMs: 24 * 3_600_000, run: (ctx) => remindDormant(ctx) },
  { name: 'expired anonymous-answer links', everyMs: 3_600_000, run: (ctx) => settleExpiredConfirmations(ctx) },
  { name: 'event reminders a day before', everyMs: 3_600_000, run: (ctx) => remindTomorrow(ctx) },
];

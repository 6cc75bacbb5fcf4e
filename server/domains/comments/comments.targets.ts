import type { SessionUser } from '../../../shared/accounts';
import type { CommentTargetKind } from '../../../shared/comments';
import type { AppContext } from '../../platform/context';
import { HttpError, notFound } from '../../platform/errors';
import { eventTitle, getEvent } from '../events/events.service';
import { getProject } from '../grants/awards/grants.projects.service';
import { entryTitle, getEntry } from '../knowledge/knowledge.service';
import { getRequest } from '../matching/matching.requests.service';
import { canRead } from '../participation/participation.policy';
import { consultationRow } from '../participation/participation.service';
import { accessOf } from '../participation/participation.view';
import { twinningSides } from '../twinnings/twinnings.service';
import { twinningWithTimeline } from '../twinnings/twinnings.lifecycle.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface Target {
  kind: CommentTargetKind;
  id: string;
}

/** The other domain's 404 stays a 404; anything else is not ours to hide. */
async function exists(load: () => Promise<unknown>): Promise<boolean> {
  try {
    await load();
    return true;
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) return false;
    throw err;
  }
}

/**
 * Whether the target exists and this reader may read it, asked of the owning domain's services:
 * projects, partner requests, twinnings and events are public pages; a consultation per its audience;
 * a library entry once published (before, to its proposer and reviewers).
 */
async function readable(ctx: AppContext, user: SessionUser | null, t: Target): Promise<boolean> {
  if (!UUID.test(t.id)) return false; // every target has a uuid; anything else names nothing
  switch (t.kind) {
    case 'project':
      return exists(() => getProject(ctx, t.id));
    case 'request':
      return exists(() => getRequest(ctx, t.id));
    case 'twinning':
      return (await twinningSides(ctx.db, t.id))?.shownPublicly ?? false; // comments are public: not on a bare proposal
    case 'consultation': {
      let row;
      try {
        row = await consultationRow(ctx, ctx.db, t.id);
      } catch (err) {
        if (err instanceof HttpError && err.status === 404) return false;
        throw err;
      }
      return canRead(user, accessOf(row));
    }
    case 'library':
      return exists(() => getEntry(ctx, user, t.id));
    case 'event':
      // Readable as the event page is: a 404 there (unknown, or a demo event with demo mode off) is one here.
      return exists(() => getEvent(ctx, user, t.id));
  }
}

/** The target, or a 404 when it does not exist or the reader may not read it (a hidden page is not confirmed to exist). */
export async function readableTarget(ctx: AppContext, user: SessionUser | null, t: Target): Promise<void> {
  if (!(await readable(ctx, user, t))) throw notFound(`No such ${t.kind === 'request' ? 'partner request' : t.kind}`);
}

/** The target's page on the web app, for notices. */
export function targetLink(t: Target): string {
  switch (t.kind) {
    case 'project':
      return `/grants/projects/${t.id}`;
    case 'request':
      return `/partners/requests/${t.id}`;
    case 'twinning':
      return `/twinnings/${t.id}`;
    case 'consultation':
      return `/consultations/${t.id}`;
    case 'library':
      return `/library/${t.id}`;
    case 'event':
      return `/events/${t.id}`;
  }
}

/** The target's title as a notice names it (English first, as the consultation decision notice does). */
export async function targetTitle(ctx: AppContext, t: Target): Promise<string> {
  switch (t.kind) {
    case 'project': {
      const p = await getProject(ctx, t.id);
      return p.titleEn || p.titleTr || p.reference;
    }
    case 'request':
      return (await getRequest(ctx, t.id)).title;
    case 'twinning': {
      const tw = await twinningWithTimeline(ctx, t.id, null);
      return `${tw.a.name} – ${tw.b.name}`;
    }
    case 'consultation': {
      const c = await consultationRow(ctx, ctx.db, t.id);
      return c.titleEn || c.titleTr;
    }
    case 'library':
      return entryTitle(ctx, t.id);
    case 'event':
      return eventTitle(ctx, t.id);
  }
}

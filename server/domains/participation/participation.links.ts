import type { ConsultationInput } from '../../../shared/participation';
import type { AppContext } from '../../platform/context';
import { badRequest, HttpError } from '../../platform/errors';
import { findCall } from '../grants/calls/call.row';
import { getProject } from '../grants/awards/grants.projects.service';
import { getRequest } from '../matching/matching.requests.service';
import { twinningSides } from '../twinnings/twinnings.service';
import type { OrganisedFor } from './participation.policy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const missing = (kind: string) => badRequest('Invalid body', [{ path: 'link.id', message: `names no ${kind}`, code: 'link_unknown' }]);

/** The other domain's 404 as our caller's 400: the link they sent names nothing. */
async function orMissing<T>(kind: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    if (err instanceof HttpError && err.status === 404) throw missing(kind);
    throw err;
  }
}

/**
 * What a new consultation is linked to, with the authorities that own it, read through the owning
 * domains' services; a link to nothing is the caller's mistake (400), never a 500.
 */
export async function resolveLink(ctx: AppContext, link: ConsultationInput['link']): Promise<OrganisedFor | null> {
  if (!link) return null;
  if (!UUID.test(link.id)) throw missing(link.kind);
  switch (link.kind) {
    case 'twinning': {
      const sides = await twinningSides(ctx.db, link.id);
      if (!sides) throw missing('twinning');
      return { kind: 'twinning', authorities: [sides.aCode, sides.bCode].filter((c): c is string => c !== null) };
    }
    case 'project': {
      const p = await orMissing('project', () => getProject(ctx, link.id));
      return { kind: 'project', authorities: [p.lead.code, ...p.partners.map((x) => x.code)] };
    }
    case 'request': {
      const r = await orMissing('partner request', () => getRequest(ctx, link.id));
      return { kind: 'request', authorities: [r.authority.code] };
    }
    case 'call': {
      if (!(await findCall(ctx.db, link.id))) throw missing('call');
      return { kind: 'call', authorities: [] };
    }
  }
}

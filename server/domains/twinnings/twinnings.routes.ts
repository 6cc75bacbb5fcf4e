import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { matchStats, type AuthorityTwinning } from '../../../shared/twinnings';
import { authorityTwinningList, registryPage } from '../../../shared/twinnings.api';
import { registryFilter, registryQuery } from './twinnings.filter';
import type { AppContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { prepare, sendPrepared } from '../../platform/prepared';
import { directoryNamed } from '../authorities/authorities.names';
import { byName } from './twinnings.order';
import { proposingAuthority } from './twinnings.policy';
import { registryCache } from './twinnings.registry';
import { matchStats as readMatchStats, twinningsOf } from './twinnings.service';

const tags = ['twinnings'];
const listQuery = registryQuery.extend({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The twinning registry: an authority's twinnings, the filtered list, and the load's match counts. */
export function twinningsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/authorities/:code/twinnings', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'listAuthorityTwinnings',
        summary: "An authority's twinnings",
        description: "Every twinning of an authority, loaded from public lists or made on the platform; a proposal its partner has not yet taken part in only for the two sides' officers. Anyone may call it.",
        params: z.object({ code: z.string().min(2).max(40) }),
        response: { 200: authorityTwinningList, 404: apiError },
      },
    }, async (req, reply) => {
      if (!ctx.directory.get(req.params.code)) throw notFound(`No authority with code ${req.params.code}`);
      // Sorted after naming: a side tied to the directory shows (and sorts by) the directory's name.
      const present = (items: AuthorityTwinning[]) => ({
        items: items.map((t) => ({ ...t, partner: directoryNamed(ctx.directory, t.partner) })).sort((x, y) => byName(x.partner.name, y.partner.name) || x.id.localeCompare(y.id)),
      });
      // A proposal the partner has not taken part in yet shows only to the two sides' officers; the
      // public's view comes from the registry's snapshot.
      const viewer = proposingAuthority(req.user);
      if (viewer) return present(await twinningsOf(ctx.db, req.params.code, viewer));
      // Kept ready to send with the snapshot, as the schema sends it: a profile is among the most read pages.
      const prepared = await registryCache(ctx).of(req.params.code, (items) => prepare(authorityTwinningList, present(items)));
      return sendPrepared(req, reply, prepared) as unknown as z.infer<typeof authorityTwinningList>;
    });

    app.get('/twinnings', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'listTwinnings',
        summary: 'Twinning registry',
        description: 'The twinning registry, filtered and paged (theme: twinnings with an activity on it). Anyone may call it.',
        querystring: listQuery,
        response: { 200: registryPage, 400: apiError },
      },
    }, async (req, reply) => {
      const { offset, limit } = req.query;
      // Each page kept ready to send with the snapshot (its filters' figures are bounded there).
      const prepared = await registryCache(ctx).figure(`page:${offset}:${limit}`, registryFilter(ctx, req.query), (rows) => {
        const page = rows.slice(offset, offset + limit).map((e) => e.item);
        return prepare(registryPage, { total: rows.length, items: page.map((t) => ({ ...t, a: directoryNamed(ctx.directory, t.a), b: directoryNamed(ctx.directory, t.b) })) });
      });
      return sendPrepared(req, reply, prepared) as unknown as z.infer<typeof registryPage>;
    });

    app.get('/twinnings/match-stats', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getTwinningMatchStats', summary: 'Twinning list match figures', description: 'How the loaded public twinning lists were tied to the directory. Anyone may call it.', response: { 200: matchStats } },
    }, async () => readMatchStats(ctx.db));
  };
}

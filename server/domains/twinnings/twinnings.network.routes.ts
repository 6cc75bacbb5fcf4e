import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import { PreparedJson, prepare, sendPrepared } from '../../platform/prepared';
import { networkLines as networkLinesSchema, registryStats, type NetworkLines } from '../../../shared/twinnings.api';
import type { AppContext } from '../../platform/context';
import { CSV_TYPE, toCsv, toXlsx, XLSX_TYPE } from '../../platform/exports';
import { registryFilter, registryQuery } from './twinnings.filter';
import { registryColumns } from './twinnings.export';
import { registryCache } from './twinnings.registry';
import { compactNetwork } from './twinnings.registry.rules';
import { exportTwinnings } from './twinnings.service';
import { registryCounts } from './twinnings.stats';

const tags = ['twinnings'];

/** The network: counts, map lines and exports of the registry, all with the same filters. */
export function networkRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const cache = registryCache(ctx);
  return async (app) => {
    app.get('/twinnings/stats', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getTwinningStats', summary: 'Twinning statistics', description: 'Twinnings per country, per Turkish province and by status, and activities per theme per year. Anyone may call it.', querystring: registryQuery, response: { 200: registryStats, 400: apiError } },
    }, async (req, reply) => {
      const prepared = await cache.figure('counts', registryFilter(ctx, req.query), (rows, snapshot) => prepare(registryStats, { ...registryCounts(rows, ctx.directory), activities: snapshot.activities }));
      return sendPrepared(req, reply, prepared) as unknown as z.infer<typeof registryStats>;
    });

    app.get('/twinnings/network', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'getTwinningNetwork',
        summary: 'Twinning network',
        description: 'Lines of the twinning network for the map, where both sides are in the directory. Anyone may call it.',
        querystring: registryQuery,
        response: { 200: networkLinesSchema, 400: apiError },
      },
    }, async (req, reply) => {
      // Kept as its JSON text and its compressed forms: tens of thousands of numbers cost more to check,
      // write out and compress than to compute. Text and bytes go out as they are (Fastify serializes only objects).
      const prepared = await cache.figure('network', registryFilter(ctx, req.query), (rows) => new PreparedJson(JSON.stringify(networkLinesSchema.parse(compactNetwork(rows, ctx.directory)))));
      return sendPrepared(req, reply.header('cache-control', 'public, max-age=60'), prepared) as unknown as NetworkLines;
    });

    app.get('/twinnings/export.:format', {
      config: { access: 'public' },
      schema: {
        tags,
        operationId: 'exportTwinnings',
        summary: 'Export the registry',
        description: 'The filtered registry as CSV or XLSX, with states and sources in the words of the list (lang: en or tr). Anyone may call it.',
        params: z.object({ format: z.enum(['csv', 'xlsx']) }),
        querystring: registryQuery.extend({ lang: z.enum(['en', 'tr']).default('en') }),
        produces: [CSV_TYPE, XLSX_TYPE],
      },
    }, async (req, reply) => {
      const { lang, ...query } = req.query;
      const rows = await exportTwinnings(ctx.db, registryFilter(ctx, query));
      const columns = registryColumns(lang);
      const name = `twinbridge-twinnings-${new Date().toISOString().slice(0, 10)}.${req.params.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (req.params.format === 'csv') return reply.type(CSV_TYPE).send(toCsv(columns, rows));
      return reply.type(XLSX_TYPE).send(Buffer.from(toXlsx('Twinnings', columns, rows)));
    });
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { forbidden, notFound } from '../../platform/errors';
import { CSV_TYPE, toCsv, toXlsx, XLSX_TYPE } from '../../platform/exports';
import { EXPORT_TABLES, exportTable } from './grants.exports';
import { managesGrants } from './grants.policy';
import { findCall } from './calls/call.row';

/** A call's applications, scores, ranking and payments as CSV or XLSX (programme managers). */
export function exportsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calls/:id/exports/:table.:format', {
      schema: {
        tags: ['grant scheme'],
        summary: "A call's applications, scores, ranking or payments as CSV or XLSX (programme managers)",
        params: z.object({ id: z.uuid(), table: z.enum(EXPORT_TABLES), format: z.enum(['csv', 'xlsx']) }),
        produces: [CSV_TYPE, XLSX_TYPE],
      },
    }, async (req, reply) => {
      if (!managesGrants(requireUser(req))) throw forbidden('Only programme managers export the call’s tables');
      const call = await findCall(ctx.db, req.params.id);
      if (!call) throw notFound('No such call');
      const { columns, rows } = await exportTable(ctx, call.id, call.rules, req.params.table);
      const name = `${call.reference.replace(/[^A-Za-z0-9-]/g, '_')}-${req.params.table}.${req.params.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (req.params.format === 'csv') return reply.type(CSV_TYPE).send(toCsv(columns, rows));
      return reply.type(XLSX_TYPE).send(Buffer.from(toXlsx(req.params.table, columns, rows)));
    });
  };
}

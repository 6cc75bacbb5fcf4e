import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { CSV_TYPE, toCsv, toXlsx, XLSX_TYPE } from '../../platform/exports';
import { callTable, EXPORT_TABLES } from './grants.exports';

/** A call's applications, scores, ranking and payments as CSV or XLSX (programme managers). */
export function exportsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calls/:id/exports/:table.:format', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: {
        tags: ['grant scheme'],
        operationId: 'exportCallTable',
        summary: 'Export a call table',
        description: "A call's applications, scores, ranking or payments as CSV or XLSX. Programme managers and admins only.",
        params: z.object({ id: z.uuid(), table: z.enum(EXPORT_TABLES), format: z.enum(['csv', 'xlsx']) }),
        produces: [CSV_TYPE, XLSX_TYPE],
      },
    }, async (req, reply) => {
      const { reference, columns, rows } = await callTable(ctx, requireUser(req), req.params.id, req.params.table);
      const name = `${reference.replace(/[^A-Za-z0-9-]/g, '_')}-${req.params.table}.${req.params.format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (req.params.format === 'csv') return reply.type(CSV_TYPE).send(toCsv(columns, rows));
      return reply.type(XLSX_TYPE).send(Buffer.from(toXlsx(req.params.table, columns, rows)));
    });
  };
}

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../../shared/errors';
import { ledgerView } from '../../../../shared/grants.api';
import { amendmentBody, awardView, contractBody, promotion, rankingView, reportBody, reportDecisionBody } from '../../../../shared/grants.review';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { awardCall, awardIdOf, declineAward, rankingView as ranking } from './grants.award.service';
import { amend, awardOf, callLedger, contract, payFinal, payPreFinancing } from '../money/grants.money.service';
import { decideReport, submitReport } from '../money/grants.reports.service';

const tags = ['grant scheme: award and payments'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

/** Ranking and award within the budget, reserve promotion, contracts, reports, payments and the ledger. */
export function awardsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calls/:id/ranking', {
      schema: { tags, summary: 'Ranking with the budget cut-off and reserve list, before confirming (programme managers)', params: idParams, response: { 200: rankingView, ...errors } },
    }, async (req) => ranking(ctx, requireUser(req), req.params.id));

    app.post('/calls/:id/award', {
      schema: { tags, summary: 'Confirm the award: grants in rank order within the budget, a reserve list, the rest rejected', params: idParams, response: { 200: rankingView, ...errors } },
    }, async (req) => awardCall(ctx, requireUser(req), req.params.id));

    app.get('/calls/:id/ledger', {
      schema: { tags, summary: "The call's budget ledger: total, awarded, committed, paid, left (programme managers)", params: idParams, response: { 200: ledgerView, ...errors } },
    }, async (req) => callLedger(ctx, requireUser(req), req.params.id));

    app.get('/awards/:id', {
      schema: { tags, summary: 'An award: contract, payment plan, payments, reports, amendments (project officers, managers)', params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => awardOf(ctx, requireUser(req), req.params.id));

    for (const kind of ['declined', 'withdrawn'] as const)
      app.post(`/awards/:id/${kind === 'declined' ? 'decline' : 'withdraw'}`, {
        schema: { tags, summary: `The awardee ${kind === 'declined' ? 'declines' : 'withdraws'}; the next fitting reserve application moves up`, params: idParams, response: { 200: promotion, ...errors } },
      }, async (req) => declineAward(ctx, requireUser(req), req.params.id, kind));

    app.post('/applications/:id/withdraw-award', {
      schema: { tags, summary: 'The awardee withdraws, named by its application; the next fitting reserve application moves up', params: idParams, response: { 200: promotion, ...errors } },
    }, async (req) => {
      const user = requireUser(req);
      return declineAward(ctx, user, await awardIdOf(ctx, req.params.id), 'withdrawn');
    });

    app.post('/awards/:id/contract', {
      schema: { tags, summary: 'Sign the contract: dates and the grant rate (programme managers)', params: idParams, body: contractBody, response: { 200: awardView, ...errors } },
    }, async (req) => contract(ctx, requireUser(req), req.params.id, req.body.startsOn, req.body.durationMonths));

    app.post('/awards/:id/payments/pre-financing', {
      schema: { tags, summary: "Pay the pre-financing (the call's share of the grant), once", params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => payPreFinancing(ctx, requireUser(req), req.params.id));

    app.post('/awards/:id/payments/final', {
      schema: { tags, summary: 'Final payment on the approved final report, or a recovery order for an overpayment', params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => payFinal(ctx, requireUser(req), req.params.id));

    app.post('/awards/:id/reports', {
      schema: { tags, summary: 'Submit an interim or final report (officers of the lead authority)', params: idParams, body: reportBody, response: { 200: awardView, ...errors } },
    }, async (req) => submitReport(ctx, requireUser(req), req.params.id, req.body));

    app.post('/reports/:id/decision', {
      schema: { tags, summary: 'Approve a report (a final one with the accepted costs) or return it with comments', params: idParams, body: reportDecisionBody, response: { 200: awardView, ...errors } },
    }, async (req) => decideReport(ctx, requireUser(req), req.params.id, req.body));

    app.post('/awards/:id/amendments', {
      schema: { tags, summary: 'Amend the grant or the end date, with the reason', params: idParams, body: amendmentBody, response: { 200: awardView, ...errors } },
    }, async (req) => amend(ctx, requireUser(req), req.params.id, req.body));
  };
}

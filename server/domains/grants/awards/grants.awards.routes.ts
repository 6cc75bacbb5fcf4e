import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../../shared/errors';
import { ledgerView } from '../../../../shared/grants.api';
import { amendmentBody, awardView, collectionBody, contractBody, promotion, rankingView, reportBody, reportDecisionBody, transferBody } from '../../../../shared/grants.review';
import { requireUser } from '../../../platform/auth';
import type { AppContext } from '../../../platform/context';
import { awardCall, awardIdOf, declineAward, proposeAward, rankingView as ranking } from './grants.award.service';
import { amend, awardOf, callLedger, contract } from '../money/grants.money.service';
import { approvePayment, collectRecovery, requestFinal, requestPreFinancing } from '../money/grants.payments.service';
import { transferBudget } from '../money/grants.transfers.service';
import { decideReport, submitReport } from '../money/grants.reports.service';

const tags = ['grant scheme: award and payments'];
const idParams = z.object({ id: z.uuid() });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError, 409: apiError };

/** Ranking and award within the budget, reserve promotion, contracts, reports, payments and the ledger. */
export function awardsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/calls/:id/ranking', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'getRanking', summary: 'Ranking', description: 'The ranking with the budget cut-off and reserve list, before the award is confirmed. Programme managers and admins only.', params: idParams, response: { 200: rankingView, ...errors } },
    }, async (req) => ranking(ctx, requireUser(req), req.params.id));

    app.post('/calls/:id/award/proposal', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'proposeAward', summary: 'Propose the award', description: 'Proposes the award decision on the approved evaluation report; another manager confirms it. Programme managers and admins only.', params: idParams, response: { 200: rankingView, ...errors } },
    }, async (req) => proposeAward(ctx, requireUser(req), req.params.id));

    app.post('/calls/:id/award', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'awardCall', summary: 'Confirm the award', description: 'Awards grants in rank order within the call budget, keeps a reserve list and rejects the rest, on the approved evaluation report and the award another manager proposed. A programme manager or admin who did not propose it and did not evaluate in the call (as an assessor or voting member).', params: idParams, response: { 200: rankingView, ...errors } },
    }, async (req) => awardCall(ctx, requireUser(req), req.params.id));

    app.get('/calls/:id/ledger', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'getCallLedger', summary: 'Call ledger', description: "The call's budget ledger: total, awarded, committed, paid and left. Programme managers and admins only.", params: idParams, response: { 200: ledgerView, ...errors } },
    }, async (req) => callLedger(ctx, requireUser(req), req.params.id));

    app.get('/awards/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getAward', summary: 'Award', description: 'An award with its contract, payment plan, payments, reports and amendments. Officers of the lead authority and programme managers only.', params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => awardOf(ctx, requireUser(req), req.params.id));

    for (const kind of ['declined', 'withdrawn'] as const)
      app.post(`/awards/:id/${kind === 'declined' ? 'decline' : 'withdraw'}`, {
        config: { access: 'user' },
        schema: {
          tags,
          operationId: kind === 'declined' ? 'declineAward' : 'withdrawAward',
          summary: kind === 'declined' ? 'Decline an award' : 'Withdraw from an award',
          description: `The awardee ${kind === 'declined' ? 'declines' : 'withdraws'}; the next fitting reserve application moves up. Officers of the lead authority and programme managers only.`,
          params: idParams,
          response: { 200: promotion, ...errors },
        },
      }, async (req) => declineAward(ctx, requireUser(req), req.params.id, kind));

    app.post('/applications/:id/withdraw-award', {
      config: { access: 'user' },
      schema: { tags, operationId: 'withdrawAwardOfApplication', summary: 'Withdraw from an award by application', description: 'The awardee withdraws, named by its application; the next fitting reserve application moves up. Officers of the lead authority and programme managers only.', params: idParams, response: { 200: promotion, ...errors } },
    }, async (req) => {
      const user = requireUser(req);
      return declineAward(ctx, user, await awardIdOf(ctx, req.params.id), 'withdrawn');
    });

    app.post('/awards/:id/contract', {
      config: { access: 'user' },
      schema: { tags, operationId: 'signContract', summary: 'Sign the contract', description: 'Signs the grant contract with its dates, the Annex II payment option and grant rate; a reduced grant or corrected budget before signature needs a reason. Programme managers and admins only.', params: idParams, body: contractBody, response: { 200: awardView, ...errors } },
    }, async (req) => contract(ctx, requireUser(req), req.params.id, req.body));

    app.post('/awards/:id/payments/pre-financing', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'payPreFinancing', summary: 'Request the next pre-financing instalment', description: 'Requests the next pre-financing instalment of the payment plan (option 2: once 70 % of the previous one is used); another manager approves it. Programme managers and admins only.', params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => requestPreFinancing(ctx, requireUser(req), req.params.id));

    app.post('/awards/:id/payments/final', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'payFinal', summary: 'Settle on the final report', description: 'Requests the balance on the approved final report for another manager to approve, or issues a recovery order for an overpayment and closes the contract. Programme managers and admins only.', params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => requestFinal(ctx, requireUser(req), req.params.id));

    app.post('/payments/:id/approve', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'approvePayment', summary: 'Approve a payment', description: 'Approves and pays a requested payment: a programme manager or admin other than the requester who assessed no application of the call.', params: idParams, response: { 200: awardView, ...errors } },
    }, async (req) => approvePayment(ctx, requireUser(req), req.params.id));

    app.post('/recoveries/:id/collections', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'collectRecovery', summary: 'Record a recovery collected', description: 'Records money actually collected on a recovery order on the day it came in (collectedOn, default today; not before the order was issued, not in the future), at most what is outstanding. Programme managers and admins only.', params: idParams, body: collectionBody, response: { 200: awardView, ...errors } },
    }, async (req) => collectRecovery(ctx, requireUser(req), req.params.id, req.body));

    app.post('/awards/:id/transfers', {
      config: { access: 'user' },
      schema: { tags, operationId: 'transferBudget', summary: 'Move budget between headings', description: 'Moves money between headings of a running contract: officers of the lead authority by notification up to 25 % of each heading; programme managers also by addendum and the approved use of the contingency reserve.', params: idParams, body: transferBody, response: { 200: awardView, ...errors } },
    }, async (req) => transferBudget(ctx, requireUser(req), req.params.id, req.body));

    app.post('/awards/:id/reports', {
      config: { access: 'user' },
      schema: { tags, operationId: 'submitReport', summary: 'Submit a report', description: 'Submits an interim or final report on the project. Officers of the lead authority only.', params: idParams, body: reportBody, response: { 200: awardView, ...errors } },
    }, async (req) => submitReport(ctx, requireUser(req), req.params.id, req.body));

    app.post('/reports/:id/decision', {
      config: { access: { roles: ['programme_manager', 'admin'] } },
      schema: { tags, operationId: 'decideReport', summary: 'Decide a report', description: 'Approves a report (a final one with the accepted costs) or returns it with comments. Programme managers and admins only.', params: idParams, body: reportDecisionBody, response: { 200: awardView, ...errors } },
    }, async (req) => decideReport(ctx, requireUser(req), req.params.id, req.body));

    app.post('/awards/:id/amendments', {
      config: { access: 'user' },
      schema: { tags, operationId: 'amendAward', summary: 'Amend an award', description: 'Amends the grant or the end date, with the reason. Programme managers and admins only.', params: idParams, body: amendmentBody, response: { 200: awardView, ...errors } },
    }, async (req) => amend(ctx, requireUser(req), req.params.id, req.body));
  };
}

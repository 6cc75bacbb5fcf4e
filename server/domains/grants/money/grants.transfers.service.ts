import type { SessionUser } from '../../../../shared/accounts';
import { transferKind, transferProblems, type Transfer } from '../../../../shared/grants.budget.flex.rules';
import { audit } from '../../../platform/audit';
import type { AppContext } from '../../../platform/context';
import { conflict, forbidden } from '../../../platform/errors';
import { rulesBroken } from '../../../platform/problems';
import { problem } from '../../../../shared/problems';
import { canReportOn, managesGrants } from '../grants.policy';
import { budgetTransfers } from '../grants.schema';
import { contractFigures } from './grants.contract.figures';
import { awardOf, loadAward } from './grants.money.service';

/**
 * Move money between the headings of a running contract. The lead authority's officers notify a
 * transfer that keeps every heading within 25 % of its basis; a larger one is an addendum and the use
 * of the contingency reserve needs prior written approval, both recorded by a programme manager.
 */
export async function transferBudget(ctx: AppContext, user: SessionUser, id: string, body: Transfer & { reason: string }) {
  await ctx.db.transaction(async (tx) => {
    const { award, app, call } = await loadAward(tx, id, true);
    const manager = managesGrants(user);
    if (!manager && !canReportOn(user, app.leadCode)) throw forbidden('Only the lead authority’s officers and programme managers move budget');
    if (award.status !== 'contracted') throw conflict('contract_not_running', 'Only a running contract’s budget moves');
    const f = await contractFigures(tx, award, app.content);
    const problems = transferProblems(f.current, body, call.rules.maxIndirectBp);
    if (body.reason.trim() === '') problems.push(problem('reason', 'required'));
    if (problems.length) throw rulesBroken('The transfer breaks the contract’s budget rules', problems);
    const kind = transferKind(f.basis, f.current, body);
    if (!manager && kind === 'addendum') throw conflict('transfer_needs_addendum', 'A transfer above 25 % of a heading needs an addendum', { limitBp: 2_500 });
    if (!manager && kind === 'contingency') throw conflict('contingency_needs_approval', 'The contingency reserve is used only with prior written approval');
    await tx.insert(budgetTransfers).values({ awardId: id, kind, fromHeading: body.from, toHeading: body.to, amountCents: body.amountCents, reason: body.reason, createdBy: user.id });
    await audit(tx, { actorId: user.id, action: `budget.${kind}`, entityType: 'award', entityId: id, after: { from: body.from, to: body.to, amountCents: body.amountCents, reason: body.reason } });
  });
  return awardOf(ctx, user, id);
}

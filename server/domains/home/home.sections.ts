import type { SessionUser } from '../../../shared/accounts';
import type { HomeSection, HomeSectionKey } from '../../../shared/home';
import type { AppContext } from '../../platform/context';
import { failedMails } from '../accounts/accounts.admin';
import { listOfficerRequests } from '../accounts/accounts.officers';
import { applicationsOfAuthority, assessmentsDue, callsAtWork, reportsAwaitingDecision } from '../grants/grants.home';
import { approachesAwaitingAnswer, conversationsWithUnread, openRequestsOf } from '../matching/matching.home';
import { twinningsAwaitingApproval } from '../twinnings/twinnings.home';
import { officerAuthority } from '../grants/grants.policy';
import { item, section } from './home.rules';
import { shortlistsWaiting } from './home.shortlist';
import { HOME_SECTION_LIMIT } from '../../../shared/home';

type Build = (ctx: AppContext, user: SessionUser, now: Date) => Promise<HomeSection>;

const nameOf = (ctx: AppContext, code: string) => ctx.directory.get(code)?.name ?? code;
/** Officer sections run only for a user who acts for an authority (sectionsFor sees to it). */
const own = (user: SessionUser) => officerAuthority(user) ?? '';

/** One builder per section; each reads its domain only through that domain's exported functions. */
export const BUILDERS: Record<HomeSectionKey, Build> = {
  async approvals(ctx, user) {
    const rows = await twinningsAwaitingApproval(ctx.db, own(user));
    return section('approvals', rows.map((r) => item({ id: r.id, link: `/twinnings/${r.id}`, title: r.partnerName, status: r.target, due: r.since.toISOString() })), `/authorities/${encodeURIComponent(own(user))}`);
  },
  async approaches(ctx, user) {
    const rows = await approachesAwaitingAnswer(ctx.db, own(user));
    return section('approaches', rows.map((r) => item({ id: r.id, link: '/partners/inbox', title: nameOf(ctx, r.fromCode), due: r.at.toISOString() })), '/partners/inbox');
  },
  async conversations(ctx, user) {
    const rows = await conversationsWithUnread(ctx.db, own(user), user.id);
    // Unread first: they are what asks for an answer.
    const sorted = [...rows].sort((a, b) => (b.unread > 0 ? 1 : 0) - (a.unread > 0 ? 1 : 0));
    return section('conversations', sorted.map((r) => item({ id: r.id, link: `/partners/conversations/${r.id}`, title: nameOf(ctx, r.otherCode), unread: r.unread, due: r.lastMessageAt.toISOString() })), '/partners/conversations');
  },
  async requests(ctx, user) {
    const rows = await openRequestsOf(ctx.db, own(user), ctx.config.demo);
    return section('requests', rows.map((r) => item({ id: r.id, link: `/partners/requests/${r.id}/edit`, title: r.title, status: 'open', due: r.updatedAt.toISOString() })), '/partners/requests');
  },
  async applications(ctx, user, now) {
    const rows = await applicationsOfAuthority(ctx.db, own(user), now);
    return section('applications', rows.map((r) => item({ id: r.id, link: `/grants/applications/${r.id}`, title: `${r.reference} · ${r.titleEn}`, titleTr: `${r.reference} · ${r.titleTr || r.titleEn}`, status: r.status, due: r.due })), '/grants/applications');
  },
  async assessments(ctx, user) {
    const rows = await assessmentsDue(ctx.db, user.id);
    return section('assessments', rows.map((r) => item({ id: r.id, link: `/grants/assessments/${r.id}`, title: `${r.reference} · ${r.titleEn}`, titleTr: `${r.reference} · ${r.titleTr || r.titleEn}`, status: r.status, due: r.callDeadline })), '/grants/assessments');
  },
  async calls(ctx, user, now) {
    const rows = await callsAtWork(ctx.db, now);
    // A two-stage call whose concept notes are all evaluated waits for the shortlist, made on the call's page.
    const shortlists = await shortlistsWaiting(ctx, user, rows.filter((r) => r.stage === 'closed').map((r) => r.id));
    const link = (r: (typeof rows)[number]) =>
      r.stage === 'draft' ? `/grants/calls/${r.id}/edit` : shortlists.has(r.id) ? `/grants/calls/${r.id}#call-shortlist` : r.stage === 'closed' ? `/grants/calls/${r.id}/evaluation` : `/grants/calls/${r.id}`;
    return section('calls', rows.map((r) => item({ id: r.id, link: link(r), title: `${r.reference} · ${r.titleEn}`, titleTr: `${r.reference} · ${r.titleTr || r.titleEn}`, status: r.stage, due: r.deadlineAt, waits: r.waits, shortlist: shortlists.get(r.id) ?? null })), '/grants');
  },
  async reports(ctx) {
    const rows = await reportsAwaitingDecision(ctx.db);
    return section('reports', rows.map((r) => item({ id: r.id, link: `/grants/awards/${r.awardId}`, title: r.reference, status: r.kind, due: r.submittedAt.toISOString() })), '/grants');
  },
  async officerRequests(ctx) {
    const { items, total } = await listOfficerRequests(ctx.db, ctx.directory, { status: 'pending', limit: HOME_SECTION_LIMIT, offset: 0 });
    return section('officerRequests', items.map((r) => item({ id: r.id, link: '/admin', title: `${r.userName} · ${r.authorityName ?? r.authorityCode}`, due: r.createdAt })), '/admin', total);
  },
  async failedMail(ctx) {
    const { items, total } = await failedMails(ctx.db, HOME_SECTION_LIMIT);
    return section('failedMail', items.map((r) => item({ id: r.id, link: '/admin?tab=outbox', title: `${r.to} · ${r.subject}`, due: r.createdAt.toISOString() })), '/admin?tab=outbox', total);
  },
};

import type { z } from 'zod';
import type { ledgerView, LedgerView } from '../../../shared/grants.api';
import type { assignmentList, assignmentResult, assignmentView, awardView, committeeCandidates, committeeView, evaluationView, promotion, rankingView, amendmentBody, AssessedApplication, AssignmentView, AwardView, committeeBody, CommitteeView, consensusBody, EvaluationView, RankingView, reportBody, reportDecisionBody, scoresBody } from '../../../shared/grants.review';
import { request } from './client';

export type { AssessedApplication, AssignmentView, AwardView, CommitteeView, EvaluationView, LedgerView, RankingView };
export type Scores = z.input<typeof scoresBody>['scores'];
export type ConsensusChanges = NonNullable<z.input<typeof consensusBody>['changes']>;
export type ReportBody = z.input<typeof reportBody>;

const enc = encodeURIComponent;

/** The assessor's own assignments. */
export const myAssessments = (signal?: AbortSignal) => request<typeof assignmentList>('/assessments', { signal });

/** One assignment (the application once no conflict is declared). */
export const getAssignment = (id: string, signal?: AbortSignal) => request<typeof assignmentView>(`/assignments/${enc(id)}`, { signal });

/** Declare no conflict of interest (to read) or a conflict (to step aside). */
export const declare = (id: string, noConflict: boolean, note?: string) =>
  request<typeof assignmentView>(`/assignments/${enc(id)}/declaration`, { method: 'POST', body: { noConflict, note } });

/** Save the score sheet as a draft. */
export const saveScores = (id: string, scores: Scores) =>
  request<typeof assignmentView>(`/assignments/${enc(id)}/scores`, { method: 'PUT', body: { scores } });

/** Submit the score sheet (400 names every gap). */
export const submitScores = (id: string, scores: Scores) =>
  request<typeof assignmentView>(`/assignments/${enc(id)}/submit`, { method: 'POST', body: { scores } });

/** Assign assessors to a call's applications under evaluation. */
export const assignAssessors = (callId: string) => request<typeof assignmentResult>(`/calls/${enc(callId)}/assignments`, { method: 'POST' });

/** The committee's view of one application. */
export const getEvaluation = (applicationId: string, signal?: AbortSignal) =>
  request<typeof evaluationView>(`/applications/${enc(applicationId)}/evaluation`, { signal });

/** Record the committee's score: the assessors' mean, with the sections it changes and why. */
export const recordConsensus = (applicationId: string, changes: ConsensusChanges) =>
  request<typeof evaluationView>(`/applications/${enc(applicationId)}/consensus`, { method: 'PUT', body: { changes } });

/** The call's evaluation committee, declarations, averages, changes, report approval and award proposal. */
export const getCommittee = (callId: string, signal?: AbortSignal) => request<typeof committeeView>(`/calls/${enc(callId)}/committee`, { signal });

/** Appoint the committee. */
export const setCommittee = (callId: string, body: z.input<typeof committeeBody>) =>
  request<typeof committeeView>(`/calls/${enc(callId)}/committee`, { method: 'PUT', body });

/** People who may sit on the committee. */
export const getCommitteeCandidates = (callId: string, signal?: AbortSignal) => request<typeof committeeCandidates>(`/calls/${enc(callId)}/committee/candidates`, { signal });

/** Sign the declaration of impartiality and confidentiality. */
export const signDeclaration = (callId: string) =>
  request<typeof committeeView>(`/calls/${enc(callId)}/committee/declaration`, { method: 'POST', body: { impartial: true, confidential: true } });

/** Approve the evaluation report. */
export const approveReport = (callId: string) => request<typeof committeeView>(`/calls/${enc(callId)}/evaluation-report/approval`, { method: 'POST' });

/** Where the evaluation report PDF is downloaded, per language. */
export const reportUrl = (callId: string, lang: 'tr' | 'en') => `/api/calls/${enc(callId)}/evaluation-report?lang=${lang}`;

/** Propose the award decision (another manager confirms it). */
export const proposeAward = (callId: string) => request<typeof rankingView>(`/calls/${enc(callId)}/award/proposal`, { method: 'POST' });

/** The ranking with the budget cut-off. */
export const getRanking = (callId: string, signal?: AbortSignal) => request<typeof rankingView>(`/calls/${enc(callId)}/ranking`, { signal });

/** Confirm the award of a call. */
export const confirmAward = (callId: string) => request<typeof rankingView>(`/calls/${enc(callId)}/award`, { method: 'POST' });

/** The budget ledger of a call. */
export const getCallLedger = (callId: string, signal?: AbortSignal) => request<typeof ledgerView>(`/calls/${enc(callId)}/ledger`, { signal });

/** An award with its contract, payments, reports and amendments. */
export const getAward = (id: string, signal?: AbortSignal) => request<typeof awardView>(`/awards/${enc(id)}`, { signal });

/** Sign the contract. */
export const signContract = (id: string, startsOn: string, durationMonths: number, correction: { grantCents?: number; reason?: string } = {}) =>
  request<typeof awardView>(`/awards/${enc(id)}/contract`, { method: 'POST', body: { startsOn, durationMonths, ...correction } });

/** Pay the pre-financing or the final payment (or issue the recovery order). */
export const pay = (id: string, kind: 'pre-financing' | 'final') => request<typeof awardView>(`/awards/${enc(id)}/payments/${kind}`, { method: 'POST' });

/** The lead authority submits a report. */
export const submitReport = (id: string, body: ReportBody) => request<typeof awardView>(`/awards/${enc(id)}/reports`, { method: 'POST', body });

/** Approve (with accepted costs) or return a report. */
export const decideReport = (reportId: string, body: z.input<typeof reportDecisionBody>) =>
  request<typeof awardView>(`/reports/${enc(reportId)}/decision`, { method: 'POST', body });

/** Amend the grant or the end date. */
export const amendAward = (id: string, body: z.input<typeof amendmentBody>) => request<typeof awardView>(`/awards/${enc(id)}/amendments`, { method: 'POST', body });

/** The lead authority declines the award. */
export const declineAward = (id: string) => request<typeof promotion>(`/awards/${enc(id)}/decline`, { method: 'POST' });

/** Approve a requested payment (another manager than the requester). */
export const approvePayment = (paymentId: string) => request<typeof awardView>(`/payments/${enc(paymentId)}/approve`, { method: 'POST' });

/** Record money collected on a recovery order, on the day it came in (YYYY-MM-DD). */
export const collectRecovery = (orderId: string, amountCents: number, collectedOn: string) => request<typeof awardView>(`/recoveries/${enc(orderId)}/collections`, { method: 'POST', body: { amountCents, collectedOn } });

/** Move money between headings of a running contract (notification, addendum or approved contingency use). */
export const transferBudget = (id: string, body: { from: string; to: string; amountCents: number; reason: string }) =>
  request<typeof awardView>(`/awards/${enc(id)}/transfers`, { method: 'POST', body });

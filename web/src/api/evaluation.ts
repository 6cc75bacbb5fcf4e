import type { z } from 'zod';
import { ledgerView, type LedgerView } from '../../../shared/grants.api';
import {
  assignmentList,
  assignmentResult,
  assignmentView,
  awardView,
  committeeCandidates,
  committeeView,
  evaluationView,
  promotion,
  rankingView,
  type amendmentBody,
  type AssessedApplication,
  type AssignmentView,
  type AwardView,
  type committeeBody,
  type CommitteeView,
  type consensusBody,
  type EvaluationView,
  type RankingView,
  type reportBody,
  type reportDecisionBody,
  type scoresBody,
} from '../../../shared/grants.review';
import { request } from './client';

export type { AssessedApplication, AssignmentView, AwardView, CommitteeView, EvaluationView, LedgerView, RankingView };
export type Scores = z.input<typeof scoresBody>['scores'];
export type ConsensusChanges = NonNullable<z.input<typeof consensusBody>['changes']>;
export type ReportBody = z.input<typeof reportBody>;

const enc = encodeURIComponent;

/** The assessor's own assignments. */
export const myAssessments = (signal?: AbortSignal) => request('/assessments', { signal }, assignmentList);

/** One assignment (the application once no conflict is declared). */
export const getAssignment = (id: string, signal?: AbortSignal) => request(`/assignments/${enc(id)}`, { signal }, assignmentView);

/** Declare no conflict of interest (to read) or a conflict (to step aside). */
export const declare = (id: string, noConflict: boolean, note?: string) =>
  request(`/assignments/${enc(id)}/declaration`, { method: 'POST', body: { noConflict, note } }, assignmentView);

/** Save the score sheet as a draft. */
export const saveScores = (id: string, scores: Scores) =>
  request(`/assignments/${enc(id)}/scores`, { method: 'PUT', body: { scores } }, assignmentView);

/** Submit the score sheet (400 names every gap). */
export const submitScores = (id: string, scores: Scores) =>
  request(`/assignments/${enc(id)}/submit`, { method: 'POST', body: { scores } }, assignmentView);

/** Assign assessors to a call's applications under evaluation. */
export const assignAssessors = (callId: string) => request(`/calls/${enc(callId)}/assignments`, { method: 'POST' }, assignmentResult);

/** The committee's view of one application. */
export const getEvaluation = (applicationId: string, signal?: AbortSignal) =>
  request(`/applications/${enc(applicationId)}/evaluation`, { signal }, evaluationView);

/** Record the committee's score: the assessors' mean, with the sections it changes and why. */
export const recordConsensus = (applicationId: string, changes: ConsensusChanges) =>
  request(`/applications/${enc(applicationId)}/consensus`, { method: 'PUT', body: { changes } }, evaluationView);

/** The call's evaluation committee, declarations, averages, changes, report approval and award proposal. */
export const getCommittee = (callId: string, signal?: AbortSignal) => request(`/calls/${enc(callId)}/committee`, { signal }, committeeView);

/** Appoint the committee. */
export const setCommittee = (callId: string, body: z.input<typeof committeeBody>) =>
  request(`/calls/${enc(callId)}/committee`, { method: 'PUT', body }, committeeView);

/** People who may sit on the committee. */
export const getCommitteeCandidates = (callId: string, signal?: AbortSignal) => request(`/calls/${enc(callId)}/committee/candidates`, { signal }, committeeCandidates);

/** Sign the declaration of impartiality and confidentiality. */
export const signDeclaration = (callId: string) =>
  request(`/calls/${enc(callId)}/committee/declaration`, { method: 'POST', body: { impartial: true, confidential: true } }, committeeView);

/** Approve the evaluation report. */
export const approveReport = (callId: string) => request(`/calls/${enc(callId)}/evaluation-report/approval`, { method: 'POST' }, committeeView);

/** Where the evaluation report PDF is downloaded, per language. */
export const reportUrl = (callId: string, lang: 'tr' | 'en') => `/api/calls/${enc(callId)}/evaluation-report?lang=${lang}`;

/** Propose the award decision (another manager confirms it). */
export const proposeAward = (callId: string) => request(`/calls/${enc(callId)}/award/proposal`, { method: 'POST' }, rankingView);

/** The ranking with the budget cut-off. */
export const getRanking = (callId: string, signal?: AbortSignal) => request(`/calls/${enc(callId)}/ranking`, { signal }, rankingView);

/** Confirm the award of a call. */
export const confirmAward = (callId: string) => request(`/calls/${enc(callId)}/award`, { method: 'POST' }, rankingView);

/** The budget ledger of a call. */
export const getCallLedger = (callId: string, signal?: AbortSignal) => request(`/calls/${enc(callId)}/ledger`, { signal }, ledgerView);

/** An award with its contract, payments, reports and amendments. */
export const getAward = (id: string, signal?: AbortSignal) => request(`/awards/${enc(id)}`, { signal }, awardView);

/** Sign the contract. */
export const signContract = (id: string, startsOn: string, durationMonths: number, correction: { grantCents?: number; reason?: string } = {}) =>
  request(`/awards/${enc(id)}/contract`, { method: 'POST', body: { startsOn, durationMonths, ...correction } }, awardView);

/** Pay the pre-financing or the final payment (or issue the recovery order). */
export const pay = (id: string, kind: 'pre-financing' | 'final') => request(`/awards/${enc(id)}/payments/${kind}`, { method: 'POST' }, awardView);

/** The lead authority submits a report. */
export const submitReport = (id: string, body: ReportBody) => request(`/awards/${enc(id)}/reports`, { method: 'POST', body }, awardView);

/** Approve (with accepted costs) or return a report. */
export const decideReport = (reportId: string, body: z.input<typeof reportDecisionBody>) =>
  request(`/reports/${enc(reportId)}/decision`, { method: 'POST', body }, awardView);

/** Amend the grant or the end date. */
export const amendAward = (id: string, body: z.input<typeof amendmentBody>) => request(`/awards/${enc(id)}/amendments`, { method: 'POST', body }, awardView);

/** The lead authority declines the award. */
export const declineAward = (id: string) => request(`/awards/${enc(id)}/decline`, { method: 'POST' }, promotion);

/** Approve a requested payment (another manager than the requester). */
export const approvePayment = (paymentId: string) => request(`/payments/${enc(paymentId)}/approve`, { method: 'POST' }, awardView);

/** Record money collected on a recovery order, on the day it came in (YYYY-MM-DD). */
export const collectRecovery = (orderId: string, amountCents: number, collectedOn: string) => request(`/recoveries/${enc(orderId)}/collections`, { method: 'POST', body: { amountCents, collectedOn } }, awardView);

/** Move money between headings of a running contract (notification, addendum or approved contingency use). */
export const transferBudget = (id: string, body: { from: string; to: string; amountCents: number; reason: string }) =>
  request(`/awards/${enc(id)}/transfers`, { method: 'POST', body }, awardView);

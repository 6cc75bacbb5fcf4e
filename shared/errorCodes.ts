// The stable error codes the UI translates, apart from errors.ts's schema so the web app's first visit
// words an error without loading zod.

/** The error code of a 503 while the platform's database cannot be reached; the UI words it in tr/en. */
export const DATABASE_UNAVAILABLE = 'database_unavailable';

/**
 * Why a request conflicts with the current state (a 409): a stable code the UI translates, so a
 * Turkish reader never gets the server's English sentence. Add a code here, use it in `conflict(...)`,
 * and translate it in conflicts.{en,tr}.json (the i18n test checks every code has both).
 */
export const CONFLICT_CODES = [
  // accounts
  'email_taken', 'officer_already_linked', 'officer_request_pending', 'officer_request_decided', 'own_admin_role', 'last_admin',
  // partner matching
  'request_closed', 'request_closed_edit', 'interest_pending', 'interest_answered', 'interest_not_accepted', 'interest_conversation_open',
  // twinnings
  'twinning_self', 'twinning_exists', 'twinning_step_not_allowed', 'twinning_step_pending', 'twinning_already_approved',
  'twinning_nothing_pending', 'twinning_nothing_to_withdraw', 'twinning_ended', 'twinning_own_proposal',
  // grant scheme: programmes and calls
  'programme_code_taken', 'programme_envelope_exceeded', 'programme_envelope_below_calls', 'call_reference_taken', 'call_published_locked', 'call_published_title', 'call_not_draft',
  // applications
  'call_closed', 'call_deadline_passed', 'call_not_open_yet', 'call_full_stage', 'lead_has_application', 'changed_meanwhile',
  'application_not_draft', 'application_not_withdrawable', 'application_not_checkable', 'application_files_full',
  // two stages and the binding deadline
  'deadline_not_passed', 'call_not_two_stage', 'call_not_concept_stage', 'shortlist_concept_notes_pending', 'shortlist_full_deadline_passed', 'shortlist_empty', 'concept_stage_no_award',
  // evaluation
  'nothing_to_assign', 'evaluation_closed', 'declaration_made', 'declaration_first', 'score_sheet_final',
  'consensus_not_in_evaluation', 'consensus_call_awarded', 'consensus_scores_missing', 'consensus_scores_diverge',
  // evaluation committee and its report
  'committee_missing', 'committee_declaration_missing', 'committee_declaration_made', 'committee_report_approved', 'committee_report_not_ready',
  'award_report_not_approved', 'award_not_proposed', 'award_already_proposed',
  // award, contract, reports, payments
  'call_already_awarded', 'award_before_deadline', 'award_applications_pending', 'award_nothing_evaluated',
  'award_not_open', 'award_not_ranked', 'contract_not_running', 'prefinancing_before_contract', 'prefinancing_paid',
  'final_report_not_approved', 'report_waiting', 'final_report_approved', 'report_decided',
  'payment_waiting', 'payment_not_requested', 'payment_four_eyes', 'payment_approver_assessed', 'prefinancing_70_percent',
  'recovery_collected', 'transfer_needs_addendum', 'contingency_needs_approval',
  // participation
  'consultation_not_open', 'consultation_closed', 'already_responded', 'no_response_yet', 'consultation_not_closed', 'decision_published',
  'statement_decided', 'confirmation_used', 'confirmation_expired',
  // comments and moderation
  'comment_edit_closed', 'comment_already_reported', 'comment_own', 'comment_not_shown', 'comment_reply_depth', 'comment_moderation_state',
  // news
  'news_already_published',
  // library
  'library_entry_decided', 'library_files_full',
  // trainings and events
  'event_registration_closed', 'event_already_registered', 'event_cancel_after_deadline', 'event_not_registered', 'event_not_started', 'event_not_ended', 'event_feedback_given', 'event_capacity_below_registered', 'event_attendance_not_registered',
  // grant scheme: an authority the call names as excluded
  'call_authority_excluded',
  // accounts: officer links and disabled accounts
  'own_account_disabled',
] as const;
export type ConflictCode = (typeof CONFLICT_CODES)[number];
/** The figures a conflict's sentence needs (a date, a reference, a count); values are language-neutral. */
export type ConflictParams = Record<string, string | number>;
/** A refusal a pure rule returns: the code the UI translates, the English sentence for API readers, its figures. */
export interface Refusal {
  code: ConflictCode;
  message: string;
  params?: ConflictParams;
}

import { z } from 'zod';

/** Every kind of notification the platform sends; the bell and the mails say each in tr and en. */
export const NOTIFICATION_KINDS = [
  'eoi_received', 'eoi_accepted', 'eoi_declined', 'eoi_withdrawn', 'message_received',
  'twinning_proposed', 'twinning_moved', 'twinning_approval_requested', 'twinning_approval_withdrawn', 'twinning_dormant_risk',
  'application_partner_invited', 'application_eligible', 'application_ineligible',
  'application_awarded', 'application_reserve', 'application_rejected',
  'application_shortlisted',
  'report_approved', 'report_returned', 'payment_made', 'recovery_order',
  'consultation_decision', 'comment_moderated',
  'event_promoted', 'event_reminder',
  'library_published', 'library_rejected',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The groups of mail a user turns on or off; in-app notifications arrive regardless. */
export const MAIL_GROUPS = ['contact', 'twinning', 'grants', 'reminders', 'participation'] as const;
export type MailGroup = (typeof MAIL_GROUPS)[number];

/** Which group of mail a kind belongs to. */
export function mailGroupOf(kind: NotificationKind): MailGroup {
  if (kind.startsWith('eoi_') || kind === 'message_received') return 'contact';
  if (kind === 'twinning_dormant_risk' || kind === 'event_reminder') return 'reminders';
  // A seat won from the waiting list is news about taking part, like a consultation's decision.
  // So is a manager's decision on an entry one proposed for the library.
  if (kind.startsWith('consultation_') || kind.startsWith('library_') || kind === 'comment_moderated' || kind === 'event_promoted') return 'participation';
  if (kind.startsWith('twinning_')) return 'twinning';
  return 'grants';
}

/** A user's mail choices: true means "send me these mails". */
export const mailPreferences = z.strictObject({ contact: z.boolean(), twinning: z.boolean(), grants: z.boolean(), reminders: z.boolean(), participation: z.boolean() });
export type MailPreferences = z.infer<typeof mailPreferences>;

import { z } from 'zod';

/** Roles; `public` is a signed-in citizen or civil-society user with no special rights. */
export const ROLES = ['admin', 'programme_manager', 'assessor', 'officer', 'public'] as const;
export type Role = (typeof ROLES)[number];
export const LOCALES = ['tr', 'en'] as const;

const email = z.email().max(200).transform((e) => e.trim().toLowerCase());
const password = z.string().min(10, 'at least 10 characters').max(200);

/**
 * The version of the terms of use and the privacy notice (KVKK Law No. 6698, GDPR) shown at sign-up;
 * stored with each account's consent, so a later change of the texts can ask again.
 */
export const NOTICE_VERSION = '2026-12-06';

export const signUpBody = z.object({
  email,
  name: z.string().trim().min(2).max(120),
  password,
  locale: z.enum(LOCALES).default('tr'),
  /** Consent to the terms of use and to the privacy notice: both required, never pre-ticked. */
  acceptTerms: z.literal(true, 'accept the terms of use to create an account'),
  acceptPrivacy: z.literal(true, 'confirm you have read the privacy notice to create an account'),
});
export type SignUpBody = z.input<typeof signUpBody>;
export const signInBody = z.object({ email, password: z.string().min(1).max(200) });
export const resetRequestBody = z.object({ email });
export const resetConfirmBody = z.object({ token: z.string().min(20).max(200), password });
/** The same answer whether or not the address has an account (no account enumeration). */
export const resetRequestAnswer = z.object({ message: z.string() });

/** The signed-in user as the web app sees it (`GET /api/auth/me`); `csrfToken` goes in X-CSRF-Token. */
export const sessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  /** The authority the user acts for once an admin approved it, else null. */
  authorityCode: z.string().nullable(),
  officerRequest: z
    .object({ authorityCode: z.string(), status: z.enum(['pending', 'approved', 'rejected']) })
    .nullable(),
});
export type SessionUser = z.infer<typeof sessionUser>;
export const meResponse = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string().nullable(),
  /** Whether the user accepted the current terms and privacy notice (NOTICE_VERSION); null signed out. */
  consentCurrent: z.boolean().nullable().optional(),
});
/** Accepting the current notices again after they changed (`POST /api/auth/me/consent`). */
export const consentBody = z.object({
  acceptTerms: z.literal(true, 'accept the terms of use to go on'),
  acceptPrivacy: z.literal(true, 'confirm you have read the privacy notice to go on'),
});
export const consentRecord = z.object({ consentAt: z.string(), consentVersion: z.string() });

/** A user asks to act for an authority; an admin decides. */
export const officerRequestBody = z.object({
  authorityCode: z.string().min(3).max(40),
  position: z.string().trim().max(120).optional(),
});
export const officerDecisionBody = z.object({ decision: z.enum(['approved', 'rejected']) });
export const roleChangeBody = z.object({ role: z.enum(ROLES) });
/** An admin disables an account (no sign-in, no sessions, no mail) or enables it again. */
export const disabledChangeBody = z.object({ disabled: z.boolean() });
/** An assessor's country as ISO 3166-1 alpha-2 (EL is taken as GR), or null to clear it. */
export const countryChangeBody = z.object({
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'a two-letter ISO 3166-1 country code')
    .transform((c) => (c.toUpperCase() === 'EL' ? 'GR' : c.toUpperCase()))
    .nullable(),
});

/** Sign-up and sign-in answer with the user and the CSRF token for later writes. */
export const authResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export const updateMeBody = z.object({ name: z.string().trim().min(2).max(120), locale: z.enum(LOCALES) }).partial();

export const OFFICER_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];

/** Paging shared by the admin lists; `total` in the answer counts every match. */
const paging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/** One officer request as the admin queue and its requester see it. */
export const officerRequest = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  userEmail: z.string(),
  authorityCode: z.string(),
  /** Null when the code has left the directory since the request. */
  authorityName: z.string().nullable(),
  position: z.string().nullable(),
  status: z.enum(OFFICER_STATUSES),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type OfficerRequest = z.infer<typeof officerRequest>;
export const officerRequestQuery = z.object({ status: z.enum(OFFICER_STATUSES).optional(), ...paging });
export const officerRequestList = z.object({ items: z.array(officerRequest), total: z.number() });

/** A user as the admin user list shows them. */
export const adminUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  locale: z.enum(LOCALES),
  /** The country an assessor is tied to, for the same-country exclusion; null when not recorded. */
  country: z.string().nullable(),
  createdAt: z.string(),
  disabled: z.boolean(),
  officerRequest: z.object({ authorityCode: z.string(), status: z.enum(OFFICER_STATUSES) }).nullable(),
});
export type AdminUser = z.infer<typeof adminUser>;
export const adminUserQuery = z.object({
  /** Part of the name or email, case-insensitive. */
  q: z.string().trim().max(200).optional(),
  role: z.enum(ROLES).optional(),
  ...paging,
});
export const adminUserList = z.object({ items: z.array(adminUser), total: z.number() });

/** A mail in the outbox: every mail the platform sent or would have sent without SMTP. */
export const outboxMail = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  error: z.string().nullable(),
});
export const outboxQuery = z.object(paging);
export const outboxList = z.object({ items: z.array(outboxMail), total: z.number() });

/** One audit entry; `before`/`after` hold the changed fields as they were and became. */
export const auditEntry = z.object({
  id: z.number(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditEntryView = z.infer<typeof auditEntry>;
export const auditQuery = z.object({
  entityType: z.string().trim().min(1).max(60).optional(),
  entityId: z.string().trim().min(1).max(200).optional(),
  ...paging,
});
export const auditList = z.object({ items: z.array(auditEntry), total: z.number() });

/** A sign-up or reset request's answer: the same words for every email, so it tells nothing about accounts. */
export const mailedAnswer = z.object({ message: z.string() });
/** The token of a mailed link (finish a sign-up, a one-time sign-in). */
export const linkTokenBody = z.object({ token: z.string().min(20).max(200) });
/**
 * A right password for an account under a guessing attack: no session yet; a one-time sign-in link
 * went to the account's email (the second factor).
 */
export const signInLinkAnswer = z.object({ secondFactor: z.literal('mail'), message: z.string() });
/** Change one's own password: the current one proves it is the owner at the keyboard. */
export const changePasswordBody = z.object({ currentPassword: z.string().min(1).max(200), newPassword: password });

/** One of the signed-in user's sessions, as their session list shows it. */
export const sessionSummary = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;
export const sessionList = z.object({ items: z.array(sessionSummary) });

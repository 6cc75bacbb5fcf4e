import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A person with a sign-in. `role` is one of ROLES in shared/accounts.ts. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role').notNull().default('public'),
    locale: text('locale').notNull().default('tr'),
    /**
     * The country an assessor is tied to (nationality or employer), ISO 3166-1 alpha-2, recorded by an
     * admin: a call may exclude assessors from the applicants' countries. Null when not recorded.
     */
    country: text('country'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** When the user accepted the terms and the privacy notice, and which version (NOTICE_VERSION); null for accounts made by staff or seeding. */
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentVersion: text('consent_version'),
    /** When the person closed the account: name and address are gone, the id stays as a pseudonym. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('users_email_idx').on(sql`lower(${t.email})`)],
);

/** A user's request to act for one authority; an admin approves it, which makes the user an officer. */
export const officerLinks = pgTable(
  'officer_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    authorityCode: text('authority_code').notNull(),
    position: text('position'),
    status: text('status').notNull().default('pending'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('officer_links_user_idx').on(t.userId), index('officer_links_authority_idx').on(t.authorityCode)],
);

/** Server-side sessions: the cookie holds a random token, the table its SHA-256, so a leak of rows is harmless. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The id the owner's session list names it by (the token hash stays server-side). */
    id: uuid('id').notNull().defaultRandom(),
    /** Last request, touched at most once a minute; a session idle longer than the limit ends. */
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** The browser and address it was started from, so the owner can tell their sessions apart. */
    userAgent: text('user_agent'),
    ip: text('ip'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_id_idx').on(t.id)],
);

export const passwordResets = pgTable('password_resets', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

/** Throttle hits (failed sign-ins, sign-up/reset requests, mails), keyed by kind and subject, kept in the database so limits hold across processes. */
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('login_attempts_key_idx').on(t.key, t.at)],
);

/** Groups of mail (MAIL_GROUPS) a user turned off; in-app notifications still arrive. No row: every mail. */
export const mailOptOuts = pgTable(
  'mail_opt_outs',
  {
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    mailGroup: text('mail_group').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.mailGroup] })],
);

/**
 * A sign-up waiting for its mailed link: the account is made only when the link is opened, so the
 * sign-up answer is the same whether or not the email has an account.
 */
export const signupRequests = pgTable('signup_requests', {
  tokenHash: text('token_hash').primaryKey(),
  email: text('email').notNull(),
  name: text('name').notNull(),
  locale: text('locale').notNull(),
  passwordHash: text('password_hash').notNull(),
  consentAt: timestamp('consent_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});

/** One-time sign-in links, the second factor asked of a right password after many failures for the account. */
export const signinLinks = pgTable('signin_links', {
  tokenHash: text('token_hash').primaryKey(),
  userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});

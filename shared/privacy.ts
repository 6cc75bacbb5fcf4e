import { z } from 'zod';

/**
 * A user's own data, as the right of access and portability (GDPR Art. 15 and 20, KVKK Art. 11) asks:
 * the account, and every row of every table that names the user, grouped by table. Secrets (password
 * and token hashes, CSRF tokens) are left out: they are not the user's data but the platform's locks.
 */
export const personalData = z.object({
  format: z.literal('twinbridge-personal-data/1'),
  exportedAt: z.string(),
  account: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.string(),
    locale: z.string(),
    country: z.string().nullable(),
    createdAt: z.string(),
    consentAt: z.string().nullable(),
    consentVersion: z.string().nullable(),
  }),
  /** Rows naming the user, by table and then by the column that names them ("messages.author_id"). */
  records: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
  /** Mails the platform sent (or queued) to the account's address. */
  mails: z.array(z.object({ subject: z.string(), createdAt: z.string(), sentAt: z.string().nullable() })),
});
export type PersonalData = z.infer<typeof personalData>;

/** Closing one's own account asks for the password again, so a left-open session cannot do it. */
export const deleteAccountBody = z.object({
  password: z.string().min(1, 'Enter your password').max(200),
});
export type DeleteAccountBody = z.infer<typeof deleteAccountBody>;

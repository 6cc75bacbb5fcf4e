import { z } from 'zod';
import { LOCALES } from './accounts';
import { responseInput } from './participation';

/** Hours a confirmation link sent to an anonymous respondent stays valid. */
export const CONFIRMATION_HOURS = 48;

/**
 * POST /api/consultations/{id}/responses/anonymous: a response to a public consultation without an
 * account, with the address the one-time link goes to (never stored with the response) and the
 * language of that mail.
 */
export const anonymousResponseInput = responseInput.extend({
  email: z.email().max(200),
  locale: z.enum(LOCALES).default('tr'),
});
export type AnonymousResponseInput = z.output<typeof anonymousResponseInput>;

/** The 202 answer: the same whatever the address, so it says nothing of who answered already. */
export const anonymousResponseAccepted = z.object({ message: z.string(), expiresInHours: z.number().int() });

/** POST /api/consultations/{id}/responses/confirm: the token of the mailed link. */
export const confirmationInput = z.object({ token: z.string().min(20).max(200) });

/** The confirmed response was recorded; anonymous respondents are not told of the decision (no address is kept). */
export const confirmationDone = z.object({ recorded: z.literal(true), respondents: z.number().int() });

import { z } from 'zod';

/** Roles; `public` is a signed-in citizen or civil-society user with no special rights. */
export const ROLES = ['admin', 'programme_manager', 'assessor', 'officer', 'public'] as const;
export type Role = (typeof ROLES)[number];
export const LOCALES = ['tr', 'en'] as const;

const email = z.email().max(200).transform((e) => e.trim().toLowerCase());
const password = z.string().min(10, 'at least 10 characters').max(200);

export const signUpBody = z.object({
  email,
  name: z.string().trim().min(2).max(120),
  password,
  locale: z.enum(LOCALES).default('tr'),
});
export const signInBody = z.object({ email, password: z.string().min(1).max(200) });
export const resetRequestBody = z.object({ email });
export const resetConfirmBody = z.object({ token: z.string().min(20).max(200), password });

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
export const meResponse = z.object({ user: sessionUser.nullable(), csrfToken: z.string().nullable() });

/** A user asks to act for an authority; an admin decides. */
export const officerRequestBody = z.object({
  authorityCode: z.string().min(3).max(40),
  position: z.string().trim().max(120).optional(),
});
export const officerDecisionBody = z.object({ decision: z.enum(['approved', 'rejected']) });
export const roleChangeBody = z.object({ role: z.enum(ROLES) });

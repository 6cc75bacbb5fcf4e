import type { z } from 'zod';
import type { adminUser, adminUserList, authResponse, consentRecord, mailedAnswer, meResponse, officerRequest, officerRequestBody, officerRequestList, outboxList, resetRequestAnswer, sessionList, sessionUser, signInLinkAnswer, signInBody, updateMeBody, OfficerStatus, Role, SignUpBody } from '../../../shared/accounts';
import type { mailPreferences, MailPreferences } from '../../../shared/notifications';
import { request, send } from './client';

export type MeResponse = z.infer<typeof meResponse>;
export type AuthResponse = z.infer<typeof authResponse>;
export type OutboxMail = z.infer<typeof outboxList>['items'][number];

/** The signed-in user (or null) and the CSRF token for writes. */
export const getMe = () => request<typeof meResponse>('/auth/me', {});

/** A session, or (for an account under a guessing attack) word that a one-time sign-in link was mailed. */
export const signIn = (body: z.input<typeof signInBody>) =>
  request<z.ZodUnion<[typeof authResponse, typeof signInLinkAnswer]>>('/auth/signin', { method: 'POST', body });

/** Ask for an account: the server mails a link that creates it. */
export const signUp = (body: SignUpBody) =>
  request<typeof mailedAnswer>('/auth/signup', { method: 'POST', body });

/** Open a mailed link: finish a sign-up, or a sign-in that asked for one. */
export const openMailedLink = (kind: 'signup' | 'signin', token: string) =>
  request<typeof authResponse>(kind === 'signup' ? '/auth/signup/confirm' : '/auth/signin/link', { method: 'POST', body: { token } });

/** The signed-in user's sessions. */
export const listMySessions = (signal?: AbortSignal) => request<typeof sessionList>('/auth/me/sessions', { signal });

export const endMySession = (id: string) => send(`/auth/me/sessions/${id}`, { method: 'DELETE' });

export const endMyOtherSessions = () =>
  request<z.ZodObject<{ ended: z.ZodNumber }>>('/auth/me/sessions/end-others', { method: 'POST' });

/** Accept the current terms of use and privacy notice (after they changed). */
export const acceptNotices = () =>
  request<typeof consentRecord>('/auth/me/consent', { method: 'POST', body: { acceptTerms: true, acceptPrivacy: true } });

export const signOut = () => send('/auth/signout', { method: 'POST' });

export const updateMe = (body: z.input<typeof updateMeBody>) =>
  request<typeof sessionUser>('/auth/me', { method: 'PATCH', body });

/** Which groups of notification mail the signed-in user gets. */
export const getMailPreferences = (signal?: AbortSignal) => request<typeof mailPreferences>('/auth/me/mail-preferences', { signal });

export const saveMailPreferences = (body: MailPreferences) =>
  request<typeof mailPreferences>('/auth/me/mail-preferences', { method: 'PUT', body });

export const requestPasswordReset = (email: string) =>
  request<typeof resetRequestAnswer>('/auth/password-reset/request', { method: 'POST', body: { email } });

export const confirmPasswordReset = (token: string, password: string) =>
  send('/auth/password-reset/confirm', { method: 'POST', body: { token, password } });

export const fileOfficerRequest = (body: z.input<typeof officerRequestBody>) =>
  request<typeof officerRequest>('/officer-requests', { method: 'POST', body });

/** The signed-in user ends their own officer link (or withdraws a pending request). */
export const endOwnOfficerLink = () => request<typeof sessionUser>('/officer-requests/mine', { method: 'DELETE' });

/** An admin ends a user's officer link; an officer becomes a public user. */
export const revokeOfficerLink = (id: string) => request<typeof adminUser>(`/admin/users/${id}/officer-link`, { method: 'DELETE' });

/** An admin disables an account (signed out everywhere, no sign-in, no mail) or enables it again. */
export const setUserDisabled = (id: string, disabled: boolean) =>
  request<typeof adminUser>(`/admin/users/${id}/disabled`, { method: 'PATCH', body: { disabled } });

export const listOfficerRequests = (status?: OfficerStatus) =>
  request<typeof officerRequestList>('/admin/officer-requests', { query: { status, limit: 200 } });

export const decideOfficerRequest = (id: string, decision: 'approved' | 'rejected') =>
  request<typeof officerRequest>(`/admin/officer-requests/${id}/decision`, { method: 'POST', body: { decision } });

export const listUsers = (query: { q?: string; role?: Role; offset?: number }) =>
  request<typeof adminUserList>('/admin/users', { query: { ...query, limit: 50 } });

export const changeRole = (id: string, role: Role) =>
  request<typeof adminUser>(`/admin/users/${id}/role`, { method: 'PATCH', body: { role } });

export const changeCountry = (id: string, country: string | null) =>
  request<typeof adminUser>(`/admin/users/${id}/country`, { method: 'PATCH', body: { country } });

export const listOutbox = (offset = 0) => request<typeof outboxList>('/admin/outbox', { query: { limit: 50, offset } });

/** Close the signed-in account (asks for the password again); the session ends with it. */
export const deleteMyAccount = (password: string) => send('/auth/me/delete', { method: 'POST', body: { password } });
/** Change one's own password; every other session of the user ends. */
export const changeMyPassword = (body: { currentPassword: string; newPassword: string }) =>
  send('/auth/me/password', { method: 'POST', body });

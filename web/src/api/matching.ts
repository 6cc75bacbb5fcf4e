import type { z } from 'zod';
import {
  conversation,
  expressionOfInterest,
  message,
  notification,
  partnerRequest,
  recommendationList,
  type eoiBody,
  type partnerRequestBody,
  type partnerRequestPatch,
} from '../../../shared/matching';
import {
  conversationDetail,
  conversationList,
  hiddenCandidateList,
  interestList,
  notificationList,
  partnerRequestPage,
  postedMessage,
  type AttachmentUpload,
  type ConversationDetail,
  type MessageUpload,
  type NotificationList,
  type PartnerRequestPage as RequestPage,
} from '../../../shared/matching.api';
import { request, send, type QueryValue } from './client';

export type { AttachmentUpload, ConversationDetail, NotificationList, RequestPage };
export type Recommendation = z.infer<typeof recommendationList>['items'][number];
export type Conversation = z.infer<typeof conversation>;
export type Message = z.infer<typeof message>;
export type Notification = z.infer<typeof notification>;

const enc = encodeURIComponent;

/** Ranked partner candidates of an authority, reasons in `lang`. */
export const getRecommendations = (code: string, query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request(`/authorities/${enc(code)}/recommendations`, { query, signal }, recommendationList);

/** Candidates the authority's officers hid. */
export const getHidden = (code: string, signal?: AbortSignal) =>
  request(`/authorities/${enc(code)}/hidden-candidates`, { signal }, hiddenCandidateList);

/** Hide (true) or show again (false) a candidate. */
export const setHidden = (code: string, candidate: string, hidden: boolean) =>
  send(`/authorities/${enc(code)}/hidden-candidates/${enc(candidate)}`, { method: hidden ? 'PUT' : 'DELETE' });

/** The partner-request board with the URL's filters. */
export const listRequests = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request('/partner-requests', { query, signal }, partnerRequestPage);

export const getRequest = (id: string, signal?: AbortSignal) => request(`/partner-requests/${enc(id)}`, { signal }, partnerRequest);

export const createRequest = (body: z.input<typeof partnerRequestBody>) =>
  request('/partner-requests', { method: 'POST', body }, partnerRequest);

export const updateRequest = (id: string, body: z.input<typeof partnerRequestPatch>) =>
  request(`/partner-requests/${enc(id)}`, { method: 'PATCH', body }, partnerRequest);

export const sendInterest = (body: z.input<typeof eoiBody>) =>
  request('/expressions-of-interest', { method: 'POST', body }, expressionOfInterest);

export const listInterests = (signal?: AbortSignal) => request('/expressions-of-interest', { signal }, interestList);

export const decideInterest = (id: string, decision: 'accepted' | 'declined') =>
  request(`/expressions-of-interest/${enc(id)}/decision`, { method: 'POST', body: { decision } }, expressionOfInterest);

export const withdrawInterest = (id: string) =>
  request(`/expressions-of-interest/${enc(id)}/withdraw`, { method: 'POST' }, expressionOfInterest);

export const listConversations = (signal?: AbortSignal) => request('/conversations', { signal }, conversationList);

export const getConversation = (id: string, signal?: AbortSignal) => request(`/conversations/${enc(id)}`, { signal }, conversationDetail);

export const postMessage = (id: string, body: string, attachments: AttachmentUpload[]) => {
  const upload: MessageUpload = { body, attachments };
  return request(`/conversations/${enc(id)}/messages`, { method: 'POST', body: upload }, postedMessage);
};

/** Where the browser downloads an attachment (a plain link: the session cookie authorises it). */
export const attachmentHref = (conversationId: string, attachmentId: string): string =>
  `/api/conversations/${enc(conversationId)}/attachments/${enc(attachmentId)}`;

export const getNotifications = (signal?: AbortSignal) => request('/notifications', { signal }, notificationList);

export const markNotificationsRead = () => send('/notifications/read', { method: 'POST' });

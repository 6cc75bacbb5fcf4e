import type { z } from 'zod';
import type { conversation, expressionOfInterest, message, notification, partnerRequest, recommendationList, eoiBody, partnerRequestBody, partnerRequestPatch } from '../../../shared/matching';
import type { conversationDetail, conversationList, hiddenCandidateList, interestList, notificationList, partnerRequestPage, postedMessage, AttachmentUpload, ConversationDetail, MessageUpload, NotificationList, PartnerRequestPage as RequestPage } from '../../../shared/matching.api';
import { request, send, type QueryValue } from './client';

export type { AttachmentUpload, ConversationDetail, NotificationList, RequestPage };
export type Recommendation = z.infer<typeof recommendationList>['items'][number];
export type Conversation = z.infer<typeof conversation>;
export type Message = z.infer<typeof message>;
export type Notification = z.infer<typeof notification>;

const enc = encodeURIComponent;

/** Ranked partner candidates of an authority, reasons in `lang`. */
export const getRecommendations = (code: string, query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request<typeof recommendationList>(`/authorities/${enc(code)}/recommendations`, { query, signal });

/** Candidates the authority's officers hid. */
export const getHidden = (code: string, signal?: AbortSignal) =>
  request<typeof hiddenCandidateList>(`/authorities/${enc(code)}/hidden-candidates`, { signal });

/** Hide (true) or show again (false) a candidate. */
export const setHidden = (code: string, candidate: string, hidden: boolean) =>
  send(`/authorities/${enc(code)}/hidden-candidates/${enc(candidate)}`, { method: hidden ? 'PUT' : 'DELETE' });

/** The partner-request board with the URL's filters. */
export const listRequests = (query: Record<string, QueryValue>, signal?: AbortSignal) =>
  request<typeof partnerRequestPage>('/partner-requests', { query, signal });

export const getRequest = (id: string, signal?: AbortSignal) => request<typeof partnerRequest>(`/partner-requests/${enc(id)}`, { signal });

export const createRequest = (body: z.input<typeof partnerRequestBody>) =>
  request<typeof partnerRequest>('/partner-requests', { method: 'POST', body });

export const updateRequest = (id: string, body: z.input<typeof partnerRequestPatch>) =>
  request<typeof partnerRequest>(`/partner-requests/${enc(id)}`, { method: 'PATCH', body });

export const sendInterest = (body: z.input<typeof eoiBody>) =>
  request<typeof expressionOfInterest>('/expressions-of-interest', { method: 'POST', body });

export const listInterests = (signal?: AbortSignal) => request<typeof interestList>('/expressions-of-interest', { signal });

export const decideInterest = (id: string, decision: 'accepted' | 'declined') =>
  request<typeof expressionOfInterest>(`/expressions-of-interest/${enc(id)}/decision`, { method: 'POST', body: { decision } });

export const withdrawInterest = (id: string) =>
  request<typeof expressionOfInterest>(`/expressions-of-interest/${enc(id)}/withdraw`, { method: 'POST' });

export const listConversations = (signal?: AbortSignal) => request<typeof conversationList>('/conversations', { signal });

export const getConversation = (id: string, signal?: AbortSignal) => request<typeof conversationDetail>(`/conversations/${enc(id)}`, { signal });

export const postMessage = (id: string, body: string, attachments: AttachmentUpload[]) => {
  const upload: MessageUpload = { body, attachments };
  return request<typeof postedMessage>(`/conversations/${enc(id)}/messages`, { method: 'POST', body: upload });
};

/** Where the browser downloads an attachment (a plain link: the session cookie authorises it). */
export const attachmentHref = (conversationId: string, attachmentId: string): string =>
  `/api/conversations/${enc(conversationId)}/attachments/${enc(attachmentId)}`;

export const getNotifications = (signal?: AbortSignal) => request<typeof notificationList>('/notifications', { signal });

export const markNotificationsRead = () => send('/notifications/read', { method: 'POST' });

import { z } from 'zod';
import { authoritySummary, type AuthoritySummary } from '../../../shared/authorities';
import {
  conversation,
  expressionOfInterest,
  message,
  notification,
  partnerRequest,
  recommendationList,
  type ExpressionOfInterest,
  type PartnerRequest,
  type PartnerRequestBody,
} from '../../../shared/matching';
import { request, type QueryValue } from './client';

export type Recommendation = z.infer<typeof recommendationList>['items'][number];
export type Conversation = z.infer<typeof conversation>;
export type Message = z.infer<typeof message>;
export type Notification = z.infer<typeof notification>;
export const conversationDetail = conversation.extend({ messages: z.array(message) });
export type ConversationDetail = z.infer<typeof conversationDetail>;
export const requestPage = z.object({ items: z.array(partnerRequest), total: z.number() });
export type RequestPage = z.infer<typeof requestPage>;
const notificationList = z.object({ unread: z.number(), items: z.array(notification) });
export type NotificationList = z.infer<typeof notificationList>;

/** A file to send with a message, already read as base64. */
export interface AttachmentUpload {
  filename: string;
  contentType: string;
  dataBase64: string;
}

const enc = encodeURIComponent;

/** Ranked partner candidates of an authority, reasons in `lang`. */
export function getRecommendations(code: string, query: Record<string, QueryValue>, signal?: AbortSignal) {
  return request(`/authorities/${enc(code)}/recommendations`, { query, signal }, recommendationList);
}

/** Candidates the authority's officers hid. */
export function getHidden(code: string, signal?: AbortSignal): Promise<{ items: AuthoritySummary[] }> {
  return request(`/authorities/${enc(code)}/hidden-candidates`, { signal }, z.object({ items: z.array(authoritySummary) }));
}

/** Hide (true) or show again (false) a candidate. */
export function setHidden(code: string, candidate: string, hidden: boolean): Promise<void> {
  return request<void>(`/authorities/${enc(code)}/hidden-candidates/${enc(candidate)}`, { method: hidden ? 'PUT' : 'DELETE' });
}

/** The partner-request board with the URL's filters. */
export function listRequests(query: Record<string, QueryValue>, signal?: AbortSignal): Promise<RequestPage> {
  return request('/partner-requests', { query, signal }, requestPage);
}

export const getRequest = (id: string, signal?: AbortSignal): Promise<PartnerRequest> =>
  request(`/partner-requests/${enc(id)}`, { signal }, partnerRequest);

export const createRequest = (body: PartnerRequestBody): Promise<PartnerRequest> =>
  request('/partner-requests', { method: 'POST', body }, partnerRequest);

export const updateRequest = (id: string, body: Partial<PartnerRequestBody> & { status?: 'open' | 'closed' }): Promise<PartnerRequest> =>
  request(`/partner-requests/${enc(id)}`, { method: 'PATCH', body }, partnerRequest);

export const sendInterest = (body: { toCode: string; requestId?: string; message: string }): Promise<ExpressionOfInterest> =>
  request('/expressions-of-interest', { method: 'POST', body }, expressionOfInterest);

export const listInterests = (signal?: AbortSignal): Promise<{ items: ExpressionOfInterest[] }> =>
  request('/expressions-of-interest', { signal }, z.object({ items: z.array(expressionOfInterest) }));

export const decideInterest = (id: string, decision: 'accepted' | 'declined'): Promise<ExpressionOfInterest> =>
  request(`/expressions-of-interest/${enc(id)}/decision`, { method: 'POST', body: { decision } }, expressionOfInterest);

export const withdrawInterest = (id: string): Promise<ExpressionOfInterest> =>
  request(`/expressions-of-interest/${enc(id)}/withdraw`, { method: 'POST' }, expressionOfInterest);

export const listConversations = (signal?: AbortSignal): Promise<{ items: Conversation[] }> =>
  request('/conversations', { signal }, z.object({ items: z.array(conversation) }));

export const getConversation = (id: string, signal?: AbortSignal): Promise<ConversationDetail> =>
  request(`/conversations/${enc(id)}`, { signal }, conversationDetail);

export const postMessage = (id: string, body: string, attachments: AttachmentUpload[]): Promise<{ id: string }> =>
  request(`/conversations/${enc(id)}/messages`, { method: 'POST', body: { body, attachments } }, z.object({ id: z.string() }));

/** Where the browser downloads an attachment (a plain link: the session cookie authorises it). */
export const attachmentHref = (conversationId: string, attachmentId: string): string =>
  `/api/conversations/${enc(conversationId)}/attachments/${enc(attachmentId)}`;

export const getNotifications = (signal?: AbortSignal): Promise<NotificationList> =>
  request('/notifications', { signal }, notificationList);

export const markNotificationsRead = (): Promise<void> => request<void>('/notifications/read', { method: 'POST' });

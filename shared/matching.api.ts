import { z } from 'zod';
import { authoritySummary } from './authorities';
import { conversation, expressionOfInterest, message, messageBody, notification, partnerRequest } from './matching';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './uploads';

// Lists and uploads of the partner search and first contact: the routes declare them, the web parses with them.

export const partnerRequestPage = z.object({ items: z.array(partnerRequest), total: z.number() });
export type PartnerRequestPage = z.infer<typeof partnerRequestPage>;

/** Candidates an authority's officers hid from the recommendations. */
export const hiddenCandidateList = z.object({ items: z.array(authoritySummary) });

export const interestList = z.object({ items: z.array(expressionOfInterest) });

export const conversationList = z.object({ items: z.array(conversation) });
export const conversationDetail = conversation.extend({ messages: z.array(message) });
export type ConversationDetail = z.infer<typeof conversationDetail>;

/** A file sent with a message, as base64 (its bytes are checked by the server's upload rules). */
export const attachmentUpload = z.object({
  filename: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, not a path'),
  contentType: z.string().max(120),
  dataBase64: z.base64().max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 4, 'file too large'),
});
export type AttachmentUpload = z.input<typeof attachmentUpload>;
export const messageUpload = messageBody.extend({ attachments: z.array(attachmentUpload).max(MAX_ATTACHMENTS).default([]) });
export type MessageUpload = z.input<typeof messageUpload>;
export const postedMessage = z.object({ id: z.string() });

export const notificationList = z.object({ unread: z.number(), items: z.array(notification) });
export type NotificationList = z.infer<typeof notificationList>;

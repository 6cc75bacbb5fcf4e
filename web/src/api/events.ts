import type { z } from 'zod';
import { type certificateVerification, type cancellationResult, type event, type eventList, type feedbackSummary, type participantList, type registrationResult, type eventInput, type AttendanceInput, type EventQuery, type FeedbackInput } from '../../../shared/events';
import { apiUrl, request, send } from './client';

/** What the creation form sends (defaults of the contract may be left out). */
export type EventBody = z.input<typeof eventInput>;
const enc = encodeURIComponent;

/** Events by theme, kind, country, month or day range (the server orders them by start). */
export const listEvents = (query: Partial<Pick<EventQuery, 'from' | 'to' | 'month' | 'theme' | 'kind' | 'country' | 'limit'>>, signal?: AbortSignal) =>
  request<typeof eventList>('/events', { query, signal });

export const getEvent = (id: string, signal?: AbortSignal) => request<typeof event>(`/events/${enc(id)}`, { signal });

export const createEvent = (body: EventBody) => request<typeof event>('/events', { method: 'POST', body });

/** Replaces an event's details (its managers); a capacity below the seats given is a 409. */
export const updateEvent = (id: string, body: EventBody) => request<typeof event>(`/events/${enc(id)}`, { method: 'PUT', body });

/** A seat, or a place on the waiting list when the event is full. */
export const register = (id: string) => request<typeof registrationResult>(`/events/${enc(id)}/registration`, { method: 'POST' });

export const cancelRegistration = (id: string) => request<typeof cancellationResult>(`/events/${enc(id)}/registration`, { method: 'DELETE' });

export const getParticipants = (id: string, signal?: AbortSignal) => request<typeof participantList>(`/events/${enc(id)}/participants`, { signal });

export const markAttendance = (id: string, body: AttendanceInput) => send(`/events/${enc(id)}/attendance`, { method: 'PUT', body });

export const giveFeedback = (id: string, body: FeedbackInput) => send(`/events/${enc(id)}/feedback`, { method: 'POST', body });

export const getFeedback = (id: string, signal?: AbortSignal) => request<typeof feedbackSummary>(`/events/${enc(id)}/feedback`, { signal });

/** Public verification of a certificate's code (404 for an unknown one). */
export const verifyCertificate = (code: string, signal?: AbortSignal) => request<typeof certificateVerification>(`/certificates/${enc(code)}`, { signal });

/** Where the browser downloads the attendee's certificate (a plain link; the session cookie goes with it). */
export const certificateHref = (id: string, lang: 'tr' | 'en'): string => apiUrl(`/events/${enc(id)}/certificate`, { lang });

/** The event's iCalendar file, for any calendar program, titled in the reader's language. */
export const icsHref = (id: string, lang: 'tr' | 'en'): string => apiUrl(`/events/${enc(id)}.ics`, { lang });

/** The feed of all public events, titled in the reader's language. */
export const feedHref = (lang: 'tr' | 'en'): string => apiUrl('/events.ics', { lang });

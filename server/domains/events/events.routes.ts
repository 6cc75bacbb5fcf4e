import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../../../shared/errors';
import {
  attendanceInput, cancellationResult, certificateQuery, certificateVerification, event, eventInput, eventList, eventQuery, feedbackInput, feedbackSummary, participantList, registrationResult,
} from '../../../shared/events';
import { requireUser } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { certificate, feedbackOf, giveFeedback, verifyCertificate } from './events.attendees';
import { calendarOf } from './events.ics';
import { eventRow } from './events.rows';
import { cancel, markAttendance, participants, register } from './events.seats';
import { createEvent, getEvent, listEvents, updateEvent } from './events.service';
import { eventsForFeed } from './events.feed';

const tags = ['events'];
const idParams = z.object({ id: z.uuid() });
const langQuery = z.object({ lang: z.enum(['tr', 'en']).default('en') });
const errors = { 400: apiError, 401: apiError, 403: apiError, 404: apiError };
const ICS_TYPE = 'text/calendar; charset=utf-8';

/** Trainings and events: calendar, registration with a waiting list, attendance, feedback, certificates and iCalendar files. */
export function eventsRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/events', {
      config: { access: 'public' },
      schema: { tags, operationId: 'listEvents', summary: 'Events', description: 'Public trainings and events by days (from/to or month), theme, kind and the place’s country, in order of start; each with seats left and the caller’s own registration. Anyone.', querystring: eventQuery, response: { 200: eventList, 400: apiError } },
    }, async (req) => listEvents(ctx, req.user, req.query));

    app.get('/events.ics', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getEventsCalendar', summary: 'Calendar feed of events', description: 'An iCalendar feed of public events from 90 days ago on, each in its own time zone (with VTIMEZONE blocks), titles in the language asked. No online links. Anyone.', querystring: langQuery, produces: ['text/calendar'] },
    }, async (req, reply) => reply.type(ICS_TYPE).send(calendarOf(ctx, await eventsForFeed(ctx), req.query.lang, req.query.lang === 'tr' ? 'TwinBridge etkinlikleri' : 'TwinBridge events')));

    app.get('/events/:id', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getEvent', summary: 'Event', description: 'One event with seats left, waiting list length and the caller’s registration; the online link only for registered participants and those who manage it. Anyone.', params: idParams, response: { 200: event, ...errors } },
    }, async (req) => getEvent(ctx, req.user, req.params.id));

    app.get('/events/:id.ics', {
      config: { access: 'public' },
      schema: { tags, operationId: 'getEventCalendar', summary: 'Event as iCalendar', description: 'One event as an iCalendar file in its own time zone (with a VTIMEZONE), title in the language asked. No online link. Anyone.', params: idParams, querystring: langQuery, produces: ['text/calendar'] },
    }, async (req, reply) => {
      const row = await eventRow(ctx, ctx.db, req.params.id);
      reply.header('content-disposition', `attachment; filename="event-${row.id}.ics"`);
      return reply.type(ICS_TYPE).send(calendarOf(ctx, [row], req.query.lang, row.titleEn || row.titleTr));
    });

    app.post('/events', {
      config: { access: 'user' },
      schema: { tags, operationId: 'createEvent', summary: 'Publish an event', description: 'Publishes a training or event (wall times in its IANA time zone). Programme managers and admins, for the programme or any authority; an officer for their own authority only.', body: eventInput, response: { 201: event, ...errors } },
    }, async (req, reply) => reply.status(201).send(await createEvent(ctx, requireUser(req), req.body)));

    app.put('/events/:id', {
      config: { access: 'user' },
      schema: { tags, operationId: 'updateEvent', summary: 'Change an event', description: 'Replaces an event’s details. The capacity may not fall below the seats given (409); a raise gives the new seats to the first waiting people, who are notified. Its organiser, officers of the organising authority, programme managers and admins.', params: idParams, body: eventInput, response: { 200: event, ...errors, 409: apiError } },
    }, async (req) => updateEvent(ctx, requireUser(req), req.params.id, req.body));

    app.post('/events/:id/registration', {
      config: { access: 'user' },
      schema: { tags, operationId: 'registerForEvent', summary: 'Register', description: 'A seat while one is free, else a place on the waiting list; until the registration deadline, once (again after cancelling). Any signed-in user.', params: idParams, response: { 201: registrationResult, ...errors, 409: apiError } },
    }, async (req, reply) => reply.status(201).send(await register(ctx, requireUser(req), req.params.id)));

    app.delete('/events/:id/registration', {
      config: { access: 'user' },
      schema: { tags, operationId: 'cancelEventRegistration', summary: 'Cancel my registration', description: 'Cancels the caller’s seat or waiting place until the registration deadline; a seat given back goes to the first waiting person, who is notified. The registered user.', params: idParams, response: { 200: cancellationResult, ...errors, 409: apiError } },
    }, async (req) => cancel(ctx, requireUser(req), req.params.id));

    app.get('/events/:id/participants', {
      config: { access: 'user' },
      schema: { tags, operationId: 'listEventParticipants', summary: 'Participants', description: 'Everyone who registered, with seat, waiting position, cancellation and attendance. Its organiser, officers of the organising authority, programme managers and admins.', params: idParams, response: { 200: participantList, ...errors } },
    }, async (req) => participants(ctx, requireUser(req), req.params.id));

    app.put('/events/:id/attendance', {
      config: { access: 'user' },
      schema: { tags, operationId: 'markEventAttendance', summary: 'Mark attendance', description: 'Marks people with a seat as attended or not, once the event has started; a first attendance gets a certificate code. Its organiser, officers of the organising authority, programme managers and admins.', params: idParams, body: attendanceInput, response: { 200: participantList, ...errors, 409: apiError } },
    }, async (req) => markAttendance(ctx, requireUser(req), req.params.id, req.body));

    app.post('/events/:id/feedback', {
      config: { access: 'user' },
      schema: { tags, operationId: 'giveEventFeedback', summary: 'Give feedback', description: 'A rating 1–5 and free text after the event has ended, once. Attendees only.', params: idParams, body: feedbackInput, response: { 204: z.null(), ...errors, 409: apiError } },
    }, async (req, reply) => {
      await giveFeedback(ctx, requireUser(req), req.params.id, req.body);
      return reply.status(204).send(null);
    });

    app.get('/events/:id/feedback', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getEventFeedback', summary: 'Feedback summary', description: 'Number of answers, the average rating, how many gave each rating and the texts, never who wrote them. Its organiser, officers of the organising authority, programme managers and admins.', params: idParams, response: { 200: feedbackSummary, ...errors } },
    }, async (req) => feedbackOf(ctx, requireUser(req), req.params.id));

    app.get('/events/:id/certificate', {
      config: { access: 'user' },
      schema: { tags, operationId: 'getEventCertificate', summary: 'Certificate of attendance', description: 'The caller’s certificate as a PDF in the language asked: name, event, dates, hours, organiser and a verification code. People marked as attended only.', params: idParams, querystring: certificateQuery, produces: ['application/pdf'] },
    }, async (req, reply) => {
      const file = await certificate(ctx, requireUser(req), req.params.id, req.query.lang);
      reply.header('content-disposition', `attachment; filename="${file.filename}"`);
      return reply.type('application/pdf').send(file.body);
    });

    app.get('/certificates/:code', {
      config: { access: 'public' },
      schema: { tags, operationId: 'verifyCertificate', summary: 'Verify a certificate', description: 'Whether a certificate code is genuine and still valid, with the name, event, dates, hours and organiser it states; an unknown code is a 404. Anyone.', params: z.object({ code: z.string().min(4).max(40) }), response: { 200: certificateVerification, ...errors } },
    }, async (req) => verifyCertificate(ctx, req.params.code));
  };
}

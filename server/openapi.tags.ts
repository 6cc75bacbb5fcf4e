import type { ApiTag } from './platform/openapi';

/**
 * The tags every route's schema names, one per area, in the order the docs page lists them; a generated
 * client groups its operations by them. openapi.lint.test.ts fails on a route whose tag is not here.
 */
export const API_TAGS: readonly ApiTag[] = [
  { name: 'platform', description: 'The running server itself: health.' },
  { name: 'accounts', description: 'Sign-up, sign-in and sessions, the signed-in user’s settings, password reset and officer requests.' },
  { name: 'admin', description: 'Administration for admins: officer requests, users and roles, the mail outbox and the audit log.' },
  { name: 'home', description: 'The signed-in user’s home: what waits for them, per role.' },
  { name: 'authorities', description: 'The directory of Turkish and EU local authorities and their profiles.' },
  { name: 'matching', description: 'Ranked partner recommendations for an authority and the candidates its officers hid.' },
  { name: 'partner requests', description: 'Authorities’ public notes of the partner they look for.' },
  { name: 'first contact', description: 'Expressions of interest between authorities and the conversations they open.' },
  { name: 'notifications', description: 'In-app notifications of the signed-in user.' },
  { name: 'twinnings', description: 'The twinning registry: lifecycle with both sides’ approval, activities, files, statistics, network and export.' },
  { name: 'grant scheme', description: 'Grant programmes, calls for proposals, awarded projects, the IATI file and a call’s exports.' },
  { name: 'grant applications', description: 'Applications to a call: drafts, partners, submission, versions, files and the administrative check.' },
  { name: 'grant scheme: evaluation', description: 'Assessor assignments, declarations of no conflict, score sheets and the committee’s consensus.' },
  { name: 'grant scheme: award and payments', description: 'Ranking, award and reserve list, contracts, payments, reports and amendments.' },
  { name: 'participation', description: 'Consultations whose results weigh every stakeholder group equally: answers, results, common ground, the decision and statement moderation.' },
  { name: 'comments', description: 'Comments with a stance on public pages (projects, partner requests, twinnings, consultations), one level of replies, and reports.' },
  { name: 'events', description: 'Trainings and events: the calendar, registration with a waiting list, attendance, feedback, certificates of attendance and iCalendar files.' },
  { name: 'stats', description: 'The public dashboard’s figures, computed from the data.' },
  { name: 'moderation', description: 'The comment moderation queue and its decisions, for admins and programme managers.' },
  { name: 'news', description: 'News posts of the programme in Turkish and English, and their Atom feed per language.' },
  { name: 'library', description: 'The best-practice library: guides, case studies and documents in Turkish and English, full-text search, proposals and their review.' },
];

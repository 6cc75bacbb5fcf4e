import type { AccessWorld, Actor } from './access.fixture';
import { A, B, PDF } from './access.fixture';

// How the access matrix calls each route: which of the fixture's ids fill a path, and the query and
// body where the route needs them to reach its rights checks (a body the schema refuses would stop an
// allowed caller at 400 before the handler's own resource checks).

export interface CallSpec {
  /** Ids by path parameter name, where the default for the path does not fit. */
  params?: (ids: AccessWorld['ids'], actor: Actor) => Record<string, string>;
  query?: (ids: AccessWorld['ids']) => Record<string, string>;
  body?: (ids: AccessWorld['ids']) => unknown;
}

/** The fixture id a path's `{id}` stands for, by the path's first segment after /api. */
const ID_BY_PREFIX: Record<string, string> = {
  twinnings: 'twinning',
  applications: 'application',
  calls: 'call',
  programmes: 'programme',
  'partner-requests': 'partnerRequest',
  'expressions-of-interest': 'interest',
  conversations: 'conversation',
  assignments: 'assignment',
  consultations: 'consultation',
  comments: 'comment',
  moderation: 'comment',
  news: 'news',
  library: 'library',
  events: 'event',
  admin: 'spareUser',
};

/** The URL of an operation's path with every parameter filled. */
export function urlOf(
  path: string,
  ids: AccessWorld['ids'],
  spec: CallSpec | undefined,
  actor: Actor,
): string {
  const prefix = path.split('/')[2] ?? '';
  const own = spec?.params?.(ids, actor) ?? {};
  const defaults: Record<string, string> = {
    id: ids[ID_BY_PREFIX[prefix] ?? 'missing']!,
    code: A,
    candidate: B,
    fileId: prefix === 'applications' ? ids.applicationFile! : ids.twinningFile!,
    attachmentId: ids.attachment!,
    version: '1',
    table: 'applications',
    format: 'csv',
    sid: ids.missing!,
    file: 'cover.jpg',
  };
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) =>
    encodeURIComponent(own[name] ?? defaults[name] ?? ids.missing!),
  );
  const query = spec?.query?.(ids);
  return query ? `${filled}?${new URLSearchParams(query).toString()}` : filled;
}

const evalApp = (ids: AccessWorld['ids']) => ({ id: ids.evalApplication! });

/** Per-operation params, query and body (operations not listed take the defaults and `{}` as body). */
export const CALLS: Record<string, CallSpec> = {
  listComments: { query: (ids) => ({ target: `consultation:${ids.consultation}` }) },
  exportConsultationResults: { query: () => ({ format: 'csv' }) },
  getEvaluation: { params: evalApp },
  recordConsensus: { params: evalApp },
  recordAdminCheck: { params: evalApp },
  getRanking: { params: (ids) => ({ id: ids.evalCall! }) },
  assignAssessors: { params: (ids) => ({ id: ids.evalCall! }) },
  getTwinningNetwork: {},
  uploadTwinningFile: {
    body: () => ({
      kind: 'letter_of_intent',
      filename: 'more.pdf',
      contentType: 'application/pdf',
      dataBase64: PDF,
      visibility: 'private',
    }),
  },
  // Officer A and the admin may both delete a file: each deletes its own, so neither meets a 404.
  deleteTwinningFile: {
    params: (ids, actor) => ({ fileId: actor === 'admin' ? ids.twinningFile2! : ids.twinningFile! }),
  },
  setTwinningFileVisibility: { body: () => ({ public: false }) },
  createTwinningActivity: {
    body: () => ({ kind: 'event', title: 'Recycling week', startsOn: '2026-09-01', themes: ['recycling'] }),
  },
  moveTwinning: { body: () => ({ to: 'exploring' }) },
  postMessage: { body: () => ({ body: 'A message.' }) },
  decideExpressionOfInterest: { body: () => ({ decision: 'declined' }) },
  updatePartnerRequest: { body: () => ({ status: 'open' }) },
  setApplicationPartners: { body: () => ({ codes: [B] }) },
  uploadApplicationFile: {
    body: () => ({ kind: 'other', filename: 'more.pdf', contentType: 'application/pdf', dataBase64: PDF }),
  },
  declareConflict: { body: () => ({ noConflict: true }) },
  setUserRole: { body: () => ({ role: 'public' }) },
  setUserDisabled: { body: () => ({ disabled: false }) },
  setAssessorCountry: { body: () => ({ country: null }) },
  decideComment: { body: () => ({ action: 'keep' }) },
  // Three reports hide a comment: the officers report the citizen's comment (the citizen may not report
  // their own), the others a second one, so no actor meets a comment hidden by the ones before.
  reportComment: {
    params: (ids, actor) => ({
      id: ['public', 'officerA', 'officerC'].includes(actor) ? ids.comment! : ids.otherComment!,
    }),
    body: () => ({ reason: 'spam' }),
  },
  editComment: {
    body: () => ({ body: 'We should plant more trees along the river, really.', stance: 'for' }),
  },
  updateApplication: { body: () => ({ content: { titleEn: 'A better title' } }) },
  saveScoreSheet: { body: () => ({ scores: {} }) },
  markEventAttendance: {
    params: (ids) => ({ id: ids.event! }),
    body: (ids) => ({ marks: [{ userId: ids.citizenUser!, attended: true }] }),
  },
  attachLibraryFile: {
    body: () => ({ filename: 'guide.pdf', contentType: 'application/pdf', dataBase64: PDF }),
  },
  publishConsultationDecision: { body: () => ({ text: { en: 'We decided.', tr: 'Karar verdik.' } }) },
  signCommitteeDeclaration: { body: () => ({ impartial: true, confidential: true }) },
  decideLibraryEntry: { body: () => ({ action: 'reject', reason: 'Not now.' }) },
  decideStatement: { body: () => ({ accept: true }) },
};

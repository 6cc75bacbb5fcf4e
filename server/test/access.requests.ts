import type { AccessWorld } from './access.fixture';
import { A, B, PDF } from './access.fixture';

// How the access matrix calls each route: which of the fixture's ids fill a path, and the query and
// body where the route needs them to reach its rights checks (a body the schema refuses would stop an
// allowed caller at 400 before the handler's own resource checks).

export interface CallSpec {
  /** Ids by path parameter name, where the default for the path does not fit. */
  params?: (ids: AccessWorld['ids']) => Record<string, string>;
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
export function urlOf(path: string, ids: AccessWorld['ids'], spec: CallSpec | undefined): string {
  const prefix = path.split('/')[2] ?? '';
  const own = spec?.params?.(ids) ?? {};
  const defaults: Record<string, string> = {
    id: ids[ID_BY_PREFIX[prefix] ?? 'missing']!,
    code: A,
    candidate: B,
    fileId: prefix === 'applications' ? ids.applicationFile! : ids.twinningFile!,
    attachmentId: ids.missing!,
    version: '1',
    table: 'applications',
    format: 'csv',
    sid: ids.missing!,
    file: 'cover.jpg',
  };
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(own[name] ?? defaults[name] ?? ids.missing!));
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
  uploadTwinningFile: { body: () => ({ kind: 'letter_of_intent', filename: 'more.pdf', contentType: 'application/pdf', dataBase64: PDF, visibility: 'private' }) },
  setTwinningFileVisibility: { body: () => ({ visibility: 'private' }) },
  createTwinningActivity: { body: () => ({ kind: 'event', title: 'Recycling week', startsOn: '2026-09-01', themes: ['recycling'] }) },
  moveTwinning: { body: () => ({ to: 'exploring' }) },
  postMessage: { body: () => ({ body: 'A message.' }) },
  decideExpressionOfInterest: { body: () => ({ decision: 'declined' }) },
  updatePartnerRequest: { body: () => ({ status: 'open' }) },
  setApplicationPartners: { body: () => ({ codes: [B] }) },
  uploadApplicationFile: { body: () => ({ kind: 'other', filename: 'more.pdf', contentType: 'application/pdf', dataBase64: PDF }) },
  declareConflict: { body: () => ({ noConflict: true }) },
  setUserRole: { body: () => ({ role: 'public' }) },
  setUserDisabled: { body: () => ({ disabled: false }) },
  setAssessorCountry: { body: () => ({ country: null }) },
  decideComment: { body: () => ({ action: 'keep' }) },
  reportComment: { body: () => ({ reason: 'spam' }) },
  editComment: { body: () => ({ body: 'We should plant more trees along the river, really.' }) },
  signCommitteeDeclaration: { body: () => ({ impartial: true, confidential: true }) },
  decideLibraryEntry: { body: () => ({ action: 'reject', reason: 'Not now.' }) },
  decideStatement: { body: () => ({ decision: 'approved' }) },
};

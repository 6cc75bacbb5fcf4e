import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { matchRoutes, useRoutes } from 'react-router';
import { Loading } from './components/Loading';

// Every page is a chunk of its own, loaded when first visited, so the first visit downloads the shell
// and that page only (the map's 95k points, the charts, the grant forms stay out of it). Pages keep
// their named exports (`named` adapts them to React.lazy); a page with props gets them here.
type Load = () => Promise<{ default: ComponentType }>;
const named =
  <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Load =>
  () =>
    load().then((module) => ({ default: module[name] }));

const pages = {
  home: named(() => import('./features/home/HomePage'), 'HomePage'),
  directory: named(() => import('./features/authorities/DirectoryPage'), 'DirectoryPage'),
  profile: () => import('./features/authorities/ProfilePage'),
  map: () => import('./features/map/MapPage'),
  partners: () => import('./features/partners/PartnersRoutes'),
  registry: () => import('./features/twinnings/RegistryPage'),
  twinning: () => import('./features/twinnings/TwinningPage'),
  applications: () => import('./features/applications/ApplicationsRoutes'),
  assessments: () => import('./features/evaluation/AssessmentsRoutes'),
  callEvaluation: () => import('./features/evaluation/CallEvaluationPage'),
  award: () => import('./features/evaluation/AwardPage'),
  grants: () => import('./features/grants/GrantsRoutes'),
  consultations: () => import('./features/participation/ConsultationsPage'),
  createConsultation: () => import('./features/participation/CreateConsultationPage'),
  consultation: () => import('./features/participation/ConsultationPage'),
  confirmAnswer: () => import('./features/participation/ConfirmAnswerPage'),
  news: () => import('./features/news/NewsPage'),
  newsEditor: () => import('./features/news/NewsEditorPage'),
  newsPost: () => import('./features/news/NewsPostPage'),
  openData: () => import('./features/news/OpenDataPage'),
  library: () => import('./features/library/LibraryPage'),
  libraryPropose: () => import('./features/library/ProposePage'),
  libraryReview: () => import('./features/library/ReviewPage'),
  libraryEntry: () => import('./features/library/EntryPage'),
  events: () => import('./features/events/EventsPage'),
  createEvent: () => import('./features/events/CreateEventPage'),
  event: () => import('./features/events/EventPage'),
  editEvent: () => import('./features/events/EditEventPage'),
  verify: () => import('./features/events/VerifyPage'),
  results: () => import('./features/results/ResultsPage'),
  signIn: named(() => import('./features/accounts/SignInPage'), 'SignInPage'),
  signUp: named(() => import('./features/accounts/SignUpPage'), 'SignUpPage'),
  signUpConfirm: () => import('./features/accounts/MailedLinkPage').then(({ MailedLinkPage }) => ({ default: () => <MailedLinkPage kind="signup" /> })),
  signInLink: () => import('./features/accounts/MailedLinkPage').then(({ MailedLinkPage }) => ({ default: () => <MailedLinkPage kind="signin" /> })),
  forgotPassword: named(() => import('./features/accounts/ForgotPasswordPage'), 'ForgotPasswordPage'),
  resetPassword: named(() => import('./features/accounts/ResetPasswordPage'), 'ResetPasswordPage'),
  account: named(() => import('./features/accounts/AccountPage'), 'AccountPage'),
  myHome: () => import('./features/home/MyHomePage'),
  terms: () => import('./features/legal/LegalPage').then((legal) => ({ default: () => <legal.default kind="terms" /> })),
  privacy: () => import('./features/legal/LegalPage').then((legal) => ({ default: () => <legal.default kind="privacy" /> })),
  admin: () => import('./features/admin/AdminPage'),
  moderation: () => import('./features/comments/ModerationPage'),
  notFound: named(() => import('./features/misc/NotFoundPage'), 'NotFoundPage'),
} satisfies Record<string, Load>;

type PageName = keyof typeof pages;
interface PageRoute {
  path: string;
  page: PageName;
  element: ReactElement;
}

function route(path: string, page: PageName): PageRoute {
  const Page = lazy(pages[page]);
  return { path, page, element: <Page /> };
}

const ROUTES: PageRoute[] = [
  route('/', 'home'),
  route('/authorities', 'directory'),
  route('/authorities/:code', 'profile'),
  route('/map', 'map'),
  route('/partners/*', 'partners'),
  route('/twinnings', 'registry'),
  route('/twinnings/:id', 'twinning'),
  route('/grants/applications/*', 'applications'),
  route('/grants/assessments/*', 'assessments'),
  route('/grants/calls/:id/evaluation', 'callEvaluation'),
  route('/grants/awards/:id', 'award'),
  route('/grants/*', 'grants'),
  route('/consultations', 'consultations'),
  route('/consultations/new', 'createConsultation'),
  route('/consultations/:id', 'consultation'),
  route('/consultations/:id/confirm', 'confirmAnswer'),
  route('/news', 'news'),
  route('/news/new', 'newsEditor'),
  route('/news/:id', 'newsPost'),
  route('/news/:id/edit', 'newsEditor'),
  route('/open-data', 'openData'),
  route('/library', 'library'),
  route('/library/new', 'libraryPropose'),
  route('/library/review', 'libraryReview'),
  route('/library/:id', 'libraryEntry'),
  route('/events', 'events'),
  route('/events/new', 'createEvent'),
  route('/events/:id', 'event'),
  route('/events/:id/edit', 'editEvent'),
  route('/verify/:code', 'verify'),
  route('/results', 'results'),
  route('/signin', 'signIn'),
  route('/signup', 'signUp'),
  route('/signup/confirm', 'signUpConfirm'),
  route('/signin/link', 'signInLink'),
  route('/forgot-password', 'forgotPassword'),
  route('/reset-password', 'resetPassword'),
  route('/account', 'account'),
  route('/me', 'myHome'),
  route('/terms', 'terms'),
  route('/privacy', 'privacy'),
  route('/admin', 'admin'),
  route('/moderation', 'moderation'),
  route('*', 'notFound'),
];

/**
 * Start downloading the chunk of the page at `pathname` now, beside the dictionary, rather than
 * after the first render asks for it (React.lazy then finds the module already loading).
 */
export function preloadPage(pathname: string): Promise<unknown> {
  const match = matchRoutes(ROUTES, pathname)?.at(-1);
  return match ? pages[match.route.page]() : Promise.resolve();
}

/** Every page of the app by path; a page still loading shows the translated, announced spinner. */
export function AppRoutes() {
  return <Suspense fallback={<Loading />}>{useRoutes(ROUTES)}</Suspense>;
}

import { lazy, Suspense, type ComponentType, type ReactElement } from 'react';
import { matchRoutes, useRoutes } from 'react-router';
import { Loading } from './components/Loading';
import { loadAreas, loadPages } from './i18n';

// Every page is a chunk of its own, loaded when first visited, so the first visit downloads the shell
// and that page only (the map's 95k points, the charts, the grant forms stay out of it). The home page,
// a profile and the not-found page need only the core dictionary; every other page waits for its strings. Pages keep
// their named exports (`named` adapts them to React.lazy); a page with props gets them here.
type Load = () => Promise<{ default: ComponentType }>;
const named =
  <K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K): Load =>
  () =>
    load().then((module) => ({ default: module[name] }));

/** A page beyond the home page and a profile: it renders once the other pages' strings are in (i18n/pages.en.ts). */
const withPages =
  (load: Load): Load =>
  () =>
    Promise.all([load(), loadPages()]).then(([module]) => module);

/** A page that uses the area strings (grant scheme, participation, events, library, accounts, admin, legal notices): it renders once they are in. */
const withAreas =
  (load: Load): Load =>
  () =>
    Promise.all([load(), loadAreas()]).then(([module]) => module);

const pages = {
  home: named(() => import('./features/home/HomePage'), 'HomePage'),
  directory: withPages(named(() => import('./features/authorities/DirectoryPage'), 'DirectoryPage')),
  profile: () => import('./features/authorities/ProfilePage'),
  map: withPages(() => import('./features/map/MapPage')),
  partners: withAreas(() => import('./features/partners/PartnersRoutes')),
  registry: withPages(() => import('./features/twinnings/RegistryPage')),
  twinning: withPages(() => import('./features/twinnings/TwinningPage')),
  applications: withAreas(() => import('./features/applications/ApplicationsRoutes')),
  assessments: withAreas(() => import('./features/evaluation/AssessmentsRoutes')),
  callEvaluation: withAreas(() => import('./features/evaluation/CallEvaluationPage')),
  award: withAreas(() => import('./features/evaluation/AwardPage')),
  grants: withAreas(() => import('./features/grants/GrantsRoutes')),
  consultations: withAreas(() => import('./features/participation/ConsultationsPage')),
  createConsultation: withAreas(() => import('./features/participation/CreateConsultationPage')),
  consultation: withAreas(() => import('./features/participation/ConsultationPage')),
  confirmAnswer: withAreas(() => import('./features/participation/ConfirmAnswerPage')),
  news: withAreas(() => import('./features/news/NewsPage')),
  newsEditor: withAreas(() => import('./features/news/NewsEditorPage')),
  newsPost: withAreas(() => import('./features/news/NewsPostPage')),
  openData: withAreas(() => import('./features/news/OpenDataPage')),
  library: withAreas(() => import('./features/library/LibraryPage')),
  libraryPropose: withAreas(() => import('./features/library/ProposePage')),
  libraryReview: withAreas(() => import('./features/library/ReviewPage')),
  libraryEntry: withAreas(() => import('./features/library/EntryPage')),
  events: withAreas(() => import('./features/events/EventsPage')),
  createEvent: withAreas(() => import('./features/events/CreateEventPage')),
  event: withAreas(() => import('./features/events/EventPage')),
  editEvent: withAreas(() => import('./features/events/EditEventPage')),
  verify: withAreas(() => import('./features/events/VerifyPage')),
  results: withAreas(() => import('./features/results/ResultsPage')),
  signIn: withAreas(named(() => import('./features/accounts/SignInPage'), 'SignInPage')),
  signUp: withAreas(named(() => import('./features/accounts/SignUpPage'), 'SignUpPage')),
  signUpConfirm: withAreas(() => import('./features/accounts/MailedLinkPage').then(({ MailedLinkPage }) => ({ default: () => <MailedLinkPage kind="signup" /> }))),
  signInLink: withAreas(() => import('./features/accounts/MailedLinkPage').then(({ MailedLinkPage }) => ({ default: () => <MailedLinkPage kind="signin" /> }))),
  forgotPassword: withAreas(named(() => import('./features/accounts/ForgotPasswordPage'), 'ForgotPasswordPage')),
  resetPassword: withAreas(named(() => import('./features/accounts/ResetPasswordPage'), 'ResetPasswordPage')),
  account: withAreas(named(() => import('./features/accounts/AccountPage'), 'AccountPage')),
  myHome: withAreas(() => import('./features/home/MyHomePage')),
  terms: withAreas(() => import('./features/legal/LegalPage').then((legal) => ({ default: () => <legal.default kind="terms" /> }))),
  privacy: withAreas(() => import('./features/legal/LegalPage').then((legal) => ({ default: () => <legal.default kind="privacy" /> }))),
  admin: withAreas(() => import('./features/admin/AdminPage')),
  moderation: withAreas(() => import('./features/comments/ModerationPage')),
  notFound: named(() => import('./features/misc/NotFoundPage'), 'NotFoundPage'),
} satisfies Record<string, Load>;

type PageName = keyof typeof pages;
interface PageRoute {
  path: string;
  page: PageName;
  element: ReactElement;
}

/** Pages whose module is already in (the first page, preloaded before the first render). */
const loaded = new Map<PageName, ComponentType>();

function route(path: string, page: PageName): PageRoute {
  const Lazy = lazy(pages[page]);
  // Rendered directly when preloaded, so the first render shows the page, not a spinner it then replaces.
  const Page = () => {
    const Loaded = loaded.get(page);
    return Loaded ? <Loaded /> : <Lazy />;
  };
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
export async function preloadPage(pathname: string): Promise<void> {
  const page = matchRoutes(ROUTES, pathname)?.at(-1)?.route.page;
  if (page) loaded.set(page, (await pages[page]()).default);
}

/** Every page of the app by path; a page still loading shows the translated, announced spinner. */
export function AppRoutes() {
  return <Suspense fallback={<Loading />}>{useRoutes(ROUTES)}</Suspense>;
}

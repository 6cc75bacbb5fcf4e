import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/Loading';
import { AccountPage } from './features/accounts/AccountPage';
import { ForgotPasswordPage } from './features/accounts/ForgotPasswordPage';
import { ResetPasswordPage } from './features/accounts/ResetPasswordPage';
import { SignInPage } from './features/accounts/SignInPage';
import { SignUpPage } from './features/accounts/SignUpPage';
import { MailedLinkPage } from './features/accounts/MailedLinkPage';
import { DirectoryPage } from './features/authorities/DirectoryPage';
import { HomePage } from './features/home/HomePage';
import { NotFoundPage } from './features/misc/NotFoundPage';

// The map (d3-geo, world-atlas, 95k points) and the admin screens load only when visited.
const MapPage = lazy(() => import('./features/map/MapPage'));
const ProfilePage = lazy(() => import('./features/authorities/ProfilePage'));
const AdminPage = lazy(() => import('./features/admin/AdminPage'));
const PartnersRoutes = lazy(() => import('./features/partners/PartnersRoutes'));
const RegistryPage = lazy(() => import('./features/twinnings/RegistryPage'));
const TwinningPage = lazy(() => import('./features/twinnings/TwinningPage'));
const GrantsRoutes = lazy(() => import('./features/grants/GrantsRoutes'));
const ApplicationsRoutes = lazy(() => import('./features/applications/ApplicationsRoutes'));
const AssessmentsRoutes = lazy(() => import('./features/evaluation/AssessmentsRoutes'));
const CallEvaluationPage = lazy(() => import('./features/evaluation/CallEvaluationPage'));
const AwardPage = lazy(() => import('./features/evaluation/AwardPage'));
const MyHomePage = lazy(() => import('./features/home/MyHomePage'));
const LegalPage = lazy(() => import('./features/legal/LegalPage'));
const ConsultationsPage = lazy(() => import('./features/participation/ConsultationsPage'));
const CreateConsultationPage = lazy(() => import('./features/participation/CreateConsultationPage'));
const ConsultationPage = lazy(() => import('./features/participation/ConsultationPage'));
const ModerationPage = lazy(() => import('./features/comments/ModerationPage'));
const ConfirmAnswerPage = lazy(() => import('./features/participation/ConfirmAnswerPage'));
const NewsPage = lazy(() => import('./features/news/NewsPage'));
const NewsPostPage = lazy(() => import('./features/news/NewsPostPage'));
const NewsEditorPage = lazy(() => import('./features/news/NewsEditorPage'));
const OpenDataPage = lazy(() => import('./features/news/OpenDataPage'));
const LibraryPage = lazy(() => import('./features/library/LibraryPage'));
const LibraryEntryPage = lazy(() => import('./features/library/EntryPage'));
const LibraryProposePage = lazy(() => import('./features/library/ProposePage'));
const LibraryReviewPage = lazy(() => import('./features/library/ReviewPage'));
const EventsPage = lazy(() => import('./features/events/EventsPage'));
const CreateEventPage = lazy(() => import('./features/events/CreateEventPage'));
const EventPage = lazy(() => import('./features/events/EventPage'));
const EditEventPage = lazy(() => import('./features/events/EditEventPage'));
const VerifyPage = lazy(() => import('./features/events/VerifyPage'));
const ResultsPage = lazy(() => import('./features/results/ResultsPage'));

/** Every page of the app by path. */
export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/authorities" element={<DirectoryPage />} />
        <Route path="/authorities/:code" element={<ProfilePage />} />
        <Route path="/map" element={<MapPage />} />
        <Route path="/partners/*" element={<PartnersRoutes />} />
        <Route path="/twinnings" element={<RegistryPage />} />
        <Route path="/twinnings/:id" element={<TwinningPage />} />
        <Route path="/grants/applications/*" element={<ApplicationsRoutes />} />
        <Route path="/grants/assessments/*" element={<AssessmentsRoutes />} />
        <Route path="/grants/calls/:id/evaluation" element={<CallEvaluationPage />} />
        <Route path="/grants/awards/:id" element={<AwardPage />} />
        <Route path="/grants/*" element={<GrantsRoutes />} />
        <Route path="/consultations" element={<ConsultationsPage />} />
        <Route path="/consultations/new" element={<CreateConsultationPage />} />
        <Route path="/consultations/:id" element={<ConsultationPage />} />
        <Route path="/consultations/:id/confirm" element={<ConfirmAnswerPage />} />
        <Route path="/news" element={<NewsPage />} />
        <Route path="/news/new" element={<NewsEditorPage />} />
        <Route path="/news/:id" element={<NewsPostPage />} />
        <Route path="/news/:id/edit" element={<NewsEditorPage />} />
        <Route path="/open-data" element={<OpenDataPage />} />
        <Route path="/library" element={<LibraryPage />} />
        <Route path="/library/new" element={<LibraryProposePage />} />
        <Route path="/library/review" element={<LibraryReviewPage />} />
        <Route path="/library/:id" element={<LibraryEntryPage />} />
        <Route path="/events" element={<EventsPage />} />
        <Route path="/events/new" element={<CreateEventPage />} />
        <Route path="/events/:id" element={<EventPage />} />
        <Route path="/events/:id/edit" element={<EditEventPage />} />
        <Route path="/verify/:code" element={<VerifyPage />} />
        <Route path="/results" element={<ResultsPage />} />
        <Route path="/signin" element={<SignInPage />} />
        <Route path="/signup" element={<SignUpPage />} />
        <Route path="/signup/confirm" element={<MailedLinkPage kind="signup" />} />
        <Route path="/signin/link" element={<MailedLinkPage kind="signin" />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
        <Route path="/account" element={<AccountPage />} />
        <Route path="/me" element={<MyHomePage />} />
        <Route path="/terms" element={<LegalPage kind="terms" />} />
        <Route path="/privacy" element={<LegalPage kind="privacy" />} />
        <Route path="/admin" element={<AdminPage />} />
        <Route path="/moderation" element={<ModerationPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Suspense>
  );
}

import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../misc/NotFoundPage';
import { ConversationPage } from './ConversationPage';
import { ConversationsPage } from './ConversationsPage';
import { InboxPage } from './InboxPage';
import { PartnersLayout } from './PartnersLayout';
import { RecommendationsPage } from './RecommendationsPage';
import { RequestFormPage } from './RequestFormPage';
import { RequestPage } from './RequestPage';
import { RequestsPage } from './RequestsPage';

/** Every page under /partners (loaded on first visit). */
export default function PartnersRoutes() {
  return (
    <Routes>
      <Route element={<PartnersLayout />}>
        <Route index element={<RecommendationsPage />} />
        <Route path="requests" element={<RequestsPage />} />
        <Route path="requests/new" element={<RequestFormPage />} />
        <Route path="requests/:id" element={<RequestPage />} />
        <Route path="requests/:id/edit" element={<RequestFormPage />} />
        <Route path="inbox" element={<InboxPage />} />
        <Route path="conversations" element={<ConversationsPage />} />
        <Route path="conversations/:id" element={<ConversationPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../misc/NotFoundPage';
import CallEditorPage from './CallEditorPage';
import CallPage from './CallPage';
import GrantsPage from './GrantsPage';
import ProgrammePage from './ProgrammePage';
import ProjectPage from './ProjectPage';

/** The grant scheme's pages under /grants (loaded together when first visited). */
export default function GrantsRoutes() {
  return (
    <Routes>
      <Route index element={<GrantsPage />} />
      <Route path="programmes/:id" element={<ProgrammePage />} />
      <Route path="programmes/:id/calls/new" element={<CallEditorPage key="new" mode="new" />} />
      <Route path="calls/:id" element={<CallPage />} />
      <Route path="calls/:id/edit" element={<CallEditorPage key="edit" mode="edit" />} />
      <Route path="projects/:id" element={<ProjectPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

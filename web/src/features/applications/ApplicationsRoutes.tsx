import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../misc/NotFoundPage';
import AdminCheckPage from './AdminCheckPage';
import ApplicationPage from './ApplicationPage';
import MyApplicationsPage from './MyApplicationsPage';

/** The applicant's and the secretariat's pages under /grants/applications (loaded together when first visited). */
export default function ApplicationsRoutes() {
  return (
    <Routes>
      <Route index element={<MyApplicationsPage />} />
      <Route path=":id" element={<ApplicationPage />} />
      <Route path=":id/check" element={<AdminCheckPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

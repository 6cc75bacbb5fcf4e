import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../misc/NotFoundPage';
import AssessmentPage from './AssessmentPage';
import AssessmentsPage from './AssessmentsPage';

/** The assessor's pages under /grants/assessments. */
export default function AssessmentsRoutes() {
  return (
    <Routes>
      <Route index element={<AssessmentsPage />} />
      <Route path=":id" element={<AssessmentPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

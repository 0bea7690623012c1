import { createBrowserRouter, Navigate } from 'react-router';
import { NotFound } from './components/layout/NotFound';
import { useMe } from './components/layout/me';
import { Loading } from './components/ui/states';
import { worksForOneUnit } from './lib/permissions';
import { loadStrings } from './i18n';

/** Where "/" leads after sign-in: a department head's own unit, everyone else the plans. */
function Home() {
  const me = useMe();
  return <Navigate to={worksForOneUnit(me.role) ? '/my-unit' : '/plans'} replace />;
}

// Route modules (app/routes/…) are loaded on demand; each exports `Component`
// and, where the page reads data, a `loader` that starts its queries while the
// code loads.  The root shows a spinner until the first page is ready.
//
// Each route names the features whose strings its code uses (beyond the
// shared ones): `page(['tasks', …], () => import(…))` loads that code and
// those strings (the active language's, app/features/<feature>/i18n/) at
// once.  app/i18n/route-strings.test.ts fails when a route's code uses a
// key of a feature it does not name.
function page<M>(strings: readonly string[], load: () => Promise<M>): () => Promise<M> {
  return () => Promise.all([load(), loadStrings(strings)]).then(([module]) => module);
}
/** The strings of the signed-in layout's own pieces (the header's notifications). */
const LAYOUT_STRINGS = ['notifications'];
export const router = createBrowserRouter([
 {
  hydrateFallbackElement: <Loading />,
  children: [
  { path: '/sign-in', lazy: page(['auth'], () => import('./routes/auth/SignInPage')) },
  { path: '/sign-up', lazy: page(['auth'], () => import('./routes/auth/SignUpPage')) },
  // Public: no sign-in (reads public_progress() with the anon key).
  { path: '/cong-khai', lazy: page(['public-progress'], () => import('./routes/public/PublicProgressPage')) },
  {
    // The signed-in frame: its code and its strings with the first page behind sign-in.
    lazy: page(LAYOUT_STRINGS, () => import('./routes/SignedInLayout')),
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', lazy: page(['dashboard', 'cchc'], () => import('./routes/dashboard/DashboardPage')) },
      { path: 'plans', lazy: page(['plans', 'plan-admin'], () => import('./routes/plans/PlansPage')) },
      { path: 'plans/new', lazy: page(['plan-admin'], () => import('./routes/plans/NewPlanPage')) },
      { path: 'plans/:planId', lazy: page(['plans', 'plan-admin', 'task-list', 'tasks'], () => import('./routes/plans/PlanPage')) },
      { path: 'plans/:planId/edit', lazy: page(['plan-admin'], () => import('./routes/plans/EditPlanPage')) },
      { path: 'plans/:planId/tasks/new', lazy: page(['plan-admin'], () => import('./routes/plans/NewTaskPage')) },
      { path: 'plans/:planId/import', lazy: page(['import'], () => import('./routes/plans/ImportPage')) },
      { path: 'plans/:planId/carry-over', lazy: page(['plan-admin', 'task-list'], () => import('./routes/plans/CarryOverPage')) },
      { path: 'my-unit', lazy: page(['my-unit', 'cchc'], () => import('./routes/my-unit/MyUnitPage')) },
      { path: 'tasks', lazy: page(['task-list'], () => import('./routes/tasks/TaskListPage')) },
      { path: 'tasks/:taskId', lazy: page(['tasks'], () => import('./routes/tasks/TaskPage')) },
      { path: 'tasks/:taskId/edit', lazy: page(['plan-admin'], () => import('./routes/tasks/EditTaskPage')) },
      { path: 'confirmations', lazy: page(['confirmations', 'tasks'], () => import('./routes/confirmations/ConfirmationsPage')) },
      { path: 'indicators', lazy: page(['indicators'], () => import('./routes/indicators/IndicatorsPage')) },
      { path: 'indicators/:indicatorId', lazy: page(['indicators'], () => import('./routes/indicators/IndicatorPage')) },
      { path: 'admin/units', lazy: page(['admin'], () => import('./routes/admin/UnitsPage')) },
      { path: 'admin/users', lazy: page(['admin'], () => import('./routes/admin/UsersPage')) },
      { path: 'reports', lazy: page(['reports'], () => import('./routes/reports/ReportsPage')) },
      { path: 'reports/new', lazy: page(['reports'], () => import('./routes/reports/NewReportPage')) },
      { path: 'reports/:reportId', lazy: page(['reports'], () => import('./routes/reports/ReportPage')) },
      { path: 'reports/:reportId/print', lazy: page(['reports'], () => import('./routes/reports/ReportPrintPage')) },
      { path: 'chi-so-cchc', lazy: page(['cchc'], () => import('./routes/cchc/CchcIndexPage')) },
      { path: 'chi-so-cchc/bo/:setId', lazy: page(['cchc'], () => import('./routes/cchc/CchcSetPage')) },
      { path: 'chi-so-cchc/danh-gia/:assessmentId', lazy: page(['cchc'], () => import('./routes/cchc/CchcAssessmentPage')) },
      { path: '*', element: <NotFound /> },
    ],
  },
  ],
 },
]);

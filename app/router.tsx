import { createBrowserRouter, Navigate } from 'react-router';
import { NotFound } from './components/layout/NotFound';
import { useMe } from './components/layout/me';
import { Loading } from './components/ui/states';
import { worksForOneUnit } from './lib/permissions';
import { loadStrings } from './i18n';
import { followNavigation } from './lib/pending-navigation';
import { byId, type RouteModule } from './routes/by-id';

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
//
// A page addressed by a record's id names the id's parameter last: an
// address whose id cannot be one is "not found" without asking the server
// (app/routes/by-id.tsx).
function page<M extends RouteModule>(strings: readonly string[], load: () => Promise<M>, id?: string): () => Promise<M | RouteModule> {
  const module = id ? byId(id, load) : load;
  return () => Promise.all([module(), loadStrings(strings)]).then(([loaded]) => loaded);
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
      { path: 'plans/:planId', lazy: page(['plans', 'plan-admin', 'task-list', 'tasks'], () => import('./routes/plans/PlanPage'), 'planId') },
      { path: 'plans/:planId/edit', lazy: page(['plan-admin'], () => import('./routes/plans/EditPlanPage'), 'planId') },
      { path: 'plans/:planId/tasks/new', lazy: page(['plan-admin'], () => import('./routes/plans/NewTaskPage'), 'planId') },
      { path: 'plans/:planId/import', lazy: page(['import'], () => import('./routes/plans/ImportPage'), 'planId') },
      { path: 'plans/:planId/carry-over', lazy: page(['plan-admin', 'task-list'], () => import('./routes/plans/CarryOverPage'), 'planId') },
      { path: 'my-unit', lazy: page(['my-unit', 'cchc'], () => import('./routes/my-unit/MyUnitPage')) },
      { path: 'tasks', lazy: page(['task-list'], () => import('./routes/tasks/TaskListPage')) },
      { path: 'tasks/:taskId', lazy: page(['tasks'], () => import('./routes/tasks/TaskPage'), 'taskId') },
      { path: 'tasks/:taskId/edit', lazy: page(['plan-admin'], () => import('./routes/tasks/EditTaskPage'), 'taskId') },
      { path: 'confirmations', lazy: page(['confirmations', 'tasks'], () => import('./routes/confirmations/ConfirmationsPage')) },
      { path: 'indicators', lazy: page(['indicators'], () => import('./routes/indicators/IndicatorsPage')) },
      { path: 'indicators/:indicatorId', lazy: page(['indicators'], () => import('./routes/indicators/IndicatorPage'), 'indicatorId') },
      { path: 'admin/units', lazy: page(['admin'], () => import('./routes/admin/UnitsPage')) },
      { path: 'admin/users', lazy: page(['admin'], () => import('./routes/admin/UsersPage')) },
      { path: 'reports', lazy: page(['reports'], () => import('./routes/reports/ReportsPage')) },
      { path: 'reports/new', lazy: page(['reports'], () => import('./routes/reports/NewReportPage')) },
      { path: 'reports/:reportId', lazy: page(['reports'], () => import('./routes/reports/ReportPage'), 'reportId') },
      { path: 'reports/:reportId/print', lazy: page(['reports'], () => import('./routes/reports/ReportPrintPage'), 'reportId') },
      { path: 'chi-so-cchc', lazy: page(['cchc'], () => import('./routes/cchc/CchcIndexPage')) },
      { path: 'chi-so-cchc/bo/:setId', lazy: page(['cchc'], () => import('./routes/cchc/CchcSetPage'), 'setId') },
      { path: 'chi-so-cchc/danh-gia/:assessmentId', lazy: page(['cchc'], () => import('./routes/cchc/CchcAssessmentPage'), 'assessmentId') },
      { path: '*', element: <NotFound /> },
    ],
  },
  ],
 },
]);
// Pages that write to the address on a timer ask whether a navigation is under way (app/lib/pending-navigation.ts).
followNavigation(router);

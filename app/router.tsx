import { createBrowserRouter, Navigate } from 'react-router';
import { ProtectedLayout } from './routes/ProtectedLayout';
import { byId } from './routes/by-id';
import { NotFound } from './components/layout/NotFound';
import { HeaderExtrasContext } from './components/layout/header-extras';
import { useMe } from './components/layout/me';
import { NotificationBell } from './features/notifications/components/NotificationBell';
import { Loading } from './components/ui/states';
import { worksForOneUnit } from './lib/permissions';

/** Where "/" leads after sign-in: a department head's own unit, everyone else the plans. */
function Home() {
  const me = useMe();
  return <Navigate to={worksForOneUnit(me.role) ? '/my-unit' : '/plans'} replace />;
}

// Route modules (app/routes/…) are loaded on demand; each exports `Component`
// and, where the page reads data, a `loader` that starts its queries while the
// code loads.  The root shows a spinner until the first page is ready.
export const router = createBrowserRouter([
 {
  hydrateFallbackElement: <Loading />,
  children: [
  { path: '/sign-in', lazy: () => import('./routes/auth/SignInPage') },
  { path: '/sign-up', lazy: () => import('./routes/auth/SignUpPage') },
  // Public: no sign-in (reads public_progress() with the anon key).
  { path: '/cong-khai', lazy: () => import('./routes/public/PublicProgressPage') },
  {
    element: (
      <HeaderExtrasContext.Provider value={<NotificationBell />}>
        <ProtectedLayout />
      </HeaderExtrasContext.Provider>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', lazy: () => import('./routes/dashboard/DashboardPage') },
      { path: 'plans', lazy: () => import('./routes/plans/PlansPage') },
      { path: 'plans/new', lazy: () => import('./routes/plans/NewPlanPage') },
      { path: 'plans/:planId', lazy: byId('planId', () => import('./routes/plans/PlanPage')) },
      { path: 'plans/:planId/edit', lazy: byId('planId', () => import('./routes/plans/EditPlanPage')) },
      { path: 'plans/:planId/tasks/new', lazy: byId('planId', () => import('./routes/plans/NewTaskPage')) },
      { path: 'plans/:planId/import', lazy: byId('planId', () => import('./routes/plans/ImportPage')) },
      { path: 'plans/:planId/carry-over', lazy: byId('planId', () => import('./routes/plans/CarryOverPage')) },
      { path: 'my-unit', lazy: () => import('./routes/my-unit/MyUnitPage') },
      { path: 'tasks', lazy: () => import('./routes/tasks/TaskListPage') },
      { path: 'tasks/:taskId', lazy: byId('taskId', () => import('./routes/tasks/TaskPage')) },
      { path: 'tasks/:taskId/edit', lazy: byId('taskId', () => import('./routes/tasks/EditTaskPage')) },
      { path: 'confirmations', lazy: () => import('./routes/confirmations/ConfirmationsPage') },
      { path: 'indicators', lazy: () => import('./routes/indicators/IndicatorsPage') },
      { path: 'indicators/:indicatorId', lazy: byId('indicatorId', () => import('./routes/indicators/IndicatorPage')) },
      { path: 'admin/units', lazy: () => import('./routes/admin/UnitsPage') },
      { path: 'admin/users', lazy: () => import('./routes/admin/UsersPage') },
      { path: 'reports', lazy: () => import('./routes/reports/ReportsPage') },
      { path: 'reports/new', lazy: () => import('./routes/reports/NewReportPage') },
      { path: 'reports/:reportId', lazy: byId('reportId', () => import('./routes/reports/ReportPage')) },
      { path: 'reports/:reportId/print', lazy: byId('reportId', () => import('./routes/reports/ReportPrintPage')) },
      { path: 'chi-so-cchc', lazy: () => import('./routes/cchc/CchcIndexPage') },
      { path: 'chi-so-cchc/bo/:setId', lazy: byId('setId', () => import('./routes/cchc/CchcSetPage')) },
      { path: 'chi-so-cchc/danh-gia/:assessmentId', lazy: byId('assessmentId', () => import('./routes/cchc/CchcAssessmentPage')) },
      { path: '*', element: <NotFound /> },
    ],
  },
  ],
 },
]);

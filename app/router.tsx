import { createBrowserRouter, Navigate } from 'react-router';
import { ProtectedLayout } from './features/auth/routes/ProtectedLayout';
import { NotFound } from './components/layout/NotFound';
import { HeaderExtrasContext } from './components/layout/header-extras';
import { useMe } from './components/layout/me';
import { NotificationBell } from './features/notifications/components/NotificationBell';

/** Where "/" leads after sign-in: a department head's own unit, everyone else the plans. */
function Home() {
  const me = useMe();
  return <Navigate to={me.role === 'dept_head' ? '/my-unit' : '/plans'} replace />;
}

// Route modules are loaded on demand; each exports `Component`.
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('./features/auth/routes/SignInPage') },
  { path: '/sign-up', lazy: () => import('./features/auth/routes/SignUpPage') },
  // Public: no sign-in (reads public_progress() with the anon key).
  { path: '/cong-khai', lazy: () => import('./features/public-progress/routes/PublicProgressPage') },
  {
    element: (
      <HeaderExtrasContext.Provider value={<NotificationBell />}>
        <ProtectedLayout />
      </HeaderExtrasContext.Provider>
    ),
    children: [
      { index: true, element: <Home /> },
      { path: 'dashboard', lazy: () => import('./features/dashboard/routes/DashboardPage') },
      { path: 'plans', lazy: () => import('./features/plans/routes/PlansPage') },
      { path: 'plans/new', lazy: () => import('./features/plan-admin/routes/NewPlanPage') },
      { path: 'plans/:planId', lazy: () => import('./features/plans/routes/PlanPage') },
      { path: 'plans/:planId/edit', lazy: () => import('./features/plan-admin/routes/EditPlanPage') },
      { path: 'plans/:planId/tasks/new', lazy: () => import('./features/plan-admin/routes/NewTaskPage') },
      { path: 'plans/:planId/import', lazy: () => import('./features/import/routes/ImportPage') },
      { path: 'my-unit', lazy: () => import('./features/my-unit/routes/MyUnitPage') },
      { path: 'tasks', lazy: () => import('./features/task-list/routes/TaskListPage') },
      { path: 'tasks/:taskId', lazy: () => import('./features/tasks/routes/TaskPage') },
      { path: 'tasks/:taskId/edit', lazy: () => import('./features/plan-admin/routes/EditTaskPage') },
      { path: 'confirmations', lazy: () => import('./features/confirmations/routes/ConfirmationsPage') },
      { path: 'indicators', lazy: () => import('./features/indicators/routes/IndicatorsPage') },
      { path: 'indicators/:indicatorId', lazy: () => import('./features/indicators/routes/IndicatorPage') },
      { path: 'admin/units', lazy: () => import('./features/admin/routes/UnitsPage') },
      { path: 'admin/users', lazy: () => import('./features/admin/routes/UsersPage') },
      { path: 'reports', lazy: () => import('./features/reports/routes/ReportsPage') },
      { path: 'reports/new', lazy: () => import('./features/reports/routes/NewReportPage') },
      { path: 'reports/:reportId', lazy: () => import('./features/reports/routes/ReportPage') },
      { path: 'reports/:reportId/print', lazy: () => import('./features/reports/routes/ReportPrintPage') },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

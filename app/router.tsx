import { createBrowserRouter, Navigate } from 'react-router';
import { ProtectedLayout } from './features/auth/routes/ProtectedLayout';
import { NotFound } from './components/layout/NotFound';

// Route modules are loaded on demand; each exports `Component`.
export const router = createBrowserRouter([
  { path: '/sign-in', lazy: () => import('./features/auth/routes/SignInPage') },
  {
    element: <ProtectedLayout />,
    children: [
      { index: true, element: <Navigate to="/plans" replace /> },
      { path: 'dashboard', lazy: () => import('./features/dashboard/routes/DashboardPage') },
      { path: 'plans', lazy: () => import('./features/plans/routes/PlansPage') },
      { path: 'plans/:planId', lazy: () => import('./features/plans/routes/PlanPage') },
      { path: 'tasks/:taskId', lazy: () => import('./features/tasks/routes/TaskPage') },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

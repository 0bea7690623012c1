// The two catalogues, assembled from the shared strings (here) and each
// feature's own (features/<feature>/i18n/).
import viShared from './vi.json';
import enShared from './en.json';
import viAuth from '../features/auth/i18n/vi.json';
import enAuth from '../features/auth/i18n/en.json';
import viPlans from '../features/plans/i18n/vi.json';
import enPlans from '../features/plans/i18n/en.json';
import viTasks from '../features/tasks/i18n/vi.json';
import enTasks from '../features/tasks/i18n/en.json';
import viAdmin from '../features/admin/i18n/vi.json';
import enAdmin from '../features/admin/i18n/en.json';
import viDashboard from '../features/dashboard/i18n/vi.json';
import enDashboard from '../features/dashboard/i18n/en.json';
import viTaskList from '../features/task-list/i18n/vi.json';
import enTaskList from '../features/task-list/i18n/en.json';
import viMyUnit from '../features/my-unit/i18n/vi.json';
import enMyUnit from '../features/my-unit/i18n/en.json';
import viNotifications from '../features/notifications/i18n/vi.json';
import enNotifications from '../features/notifications/i18n/en.json';
import viIndicators from '../features/indicators/i18n/vi.json';
import enIndicators from '../features/indicators/i18n/en.json';
import viPlanAdmin from '../features/plan-admin/i18n/vi.json';
import enPlanAdmin from '../features/plan-admin/i18n/en.json';
import viImport from '../features/import/i18n/vi.json';
import enImport from '../features/import/i18n/en.json';
import viConfirmations from '../features/confirmations/i18n/vi.json';
import enConfirmations from '../features/confirmations/i18n/en.json';
import viReports from '../features/reports/i18n/vi.json';
import enReports from '../features/reports/i18n/en.json';
import viPublicProgress from '../features/public-progress/i18n/vi.json';
import enPublicProgress from '../features/public-progress/i18n/en.json';

type Catalogue = { [key: string]: string | Catalogue };

function merge(...parts: Catalogue[]): Catalogue {
  const out: Catalogue = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const existing = out[key];
      out[key] = typeof value === 'object' && typeof existing === 'object' ? merge(existing, value) : value;
    }
  }
  return out;
}

export const resources = {
  vi: { translation: merge(viShared, viAuth, viPlans, viTasks, viDashboard, viAdmin, viTaskList, viMyUnit, viNotifications, viIndicators, viPlanAdmin, viImport, viConfirmations, viReports, viPublicProgress) },
  en: { translation: merge(enShared, enAuth, enPlans, enTasks, enDashboard, enAdmin, enTaskList, enMyUnit, enNotifications, enIndicators, enPlanAdmin, enImport, enConfirmations, enReports, enPublicProgress) },
};

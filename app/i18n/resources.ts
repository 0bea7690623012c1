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
import viDashboard from '../features/dashboard/i18n/vi.json';
import enDashboard from '../features/dashboard/i18n/en.json';

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
  vi: { translation: merge(viShared, viAuth, viPlans, viTasks, viDashboard) },
  en: { translation: merge(enShared, enAuth, enPlans, enTasks, enDashboard) },
};

// Query keys of the CCHC index (sets, assessments, score sheets, rankings), general to specific.
export const cchcKeys = {
  all: ['cchc'] as const,
  sets: () => [...cchcKeys.all, 'sets'] as const,
  set: (setId: string) => [...cchcKeys.all, 'set', setId] as const,
  assessments: (setId: string) => [...cchcKeys.set(setId), 'assessments'] as const,
  ranking: (setId: string) => [...cchcKeys.set(setId), 'ranking'] as const,
  areaSummary: (setId: string) => [...cchcKeys.set(setId), 'areas'] as const,
  riskOverview: (setId: string) => [...cchcKeys.set(setId), 'risk'] as const,
  mine: (unitId: string) => [...cchcKeys.all, 'mine', unitId] as const,
  assessment: (id: string) => [...cchcKeys.all, 'assessment', id] as const,
  sheet: (id: string) => [...cchcKeys.assessment(id), 'sheet'] as const,
  details: (id: string) => [...cchcKeys.assessment(id), 'details'] as const,
  areaTotals: (id: string) => [...cchcKeys.assessment(id), 'areas'] as const,
  risk: (id: string) => [...cchcKeys.assessment(id), 'risk'] as const,
  lost: (id: string) => [...cchcKeys.assessment(id), 'lost'] as const,
  computedTasks: (id: string, itemId: string) => [...cchcKeys.assessment(id), 'tasks', itemId] as const,
  taskEvidence: (id: string) => [...cchcKeys.assessment(id), 'task-evidence'] as const,
};

export const planKeys = {
  all: ['plans'] as const,
  list: () => [...planKeys.all, 'list'] as const,
  detail: (planId: string) => [...planKeys.all, 'detail', planId] as const,
  tasks: (planId: string) => [...planKeys.detail(planId), 'tasks'] as const,
};

export const referenceKeys = {
  all: ['reference'] as const,
  areas: () => [...referenceKeys.all, 'reform-areas'] as const,
};

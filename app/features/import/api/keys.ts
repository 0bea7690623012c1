export const importKeys = {
  all: ['import'] as const,
  context: (planId: string) => [...importKeys.all, 'context', planId] as const,
};

// Query keys of the signed-in person's saved task-list filters.
export const savedViewKeys = {
  all: ['saved-views'] as const,
  list: (userId: string) => [...savedViewKeys.all, 'list', userId] as const,
};

// Query keys for the public progress data (every plan Home Affairs published).
export const publicProgressKeys = {
  all: ['public-progress'] as const,
  list: () => [...publicProgressKeys.all, 'list'] as const,
};

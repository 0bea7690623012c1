// Query keys of the administration pages, general to specific.
export const adminKeys = {
  all: ['admin'] as const,
  units: () => [...adminKeys.all, 'units'] as const,
  users: () => [...adminKeys.all, 'users'] as const,
};

// Query keys of units.  One list of every unit serves every page (pickers,
// filters, the administration tree), so a rename reaches all of them.
export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: () => [...unitKeys.lists(), 'all'] as const,
};

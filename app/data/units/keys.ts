// Query keys of units.  One list of every unit serves every page (pickers,
// filters, the administration tree), so a rename reaches all of them.  The
// tree as of a day, the reorganisation history and the open work of units
// sit under the same root: a reorganisation invalidates them all at once.
export const unitKeys = {
  all: ['units'] as const,
  lists: () => [...unitKeys.all, 'list'] as const,
  list: () => [...unitKeys.lists(), 'all'] as const,
  asOf: (day: string) => [...unitKeys.all, 'as-of', day] as const,
  reorganisations: () => [...unitKeys.all, 'reorganisations'] as const,
  openWork: (unitIds: readonly string[]) => [...unitKeys.all, 'open-work', [...unitIds].sort()] as const,
};

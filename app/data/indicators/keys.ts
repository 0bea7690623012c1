// Query keys of indicators, general to specific.
export const indicatorKeys = {
  all: ['indicators'] as const,
  lists: () => [...indicatorKeys.all, 'list'] as const,
  list: () => [...indicatorKeys.lists(), 'all'] as const,
  details: () => [...indicatorKeys.all, 'detail'] as const,
  detail: (id: string) => [...indicatorKeys.details(), id] as const,
  values: (id: string) => [...indicatorKeys.detail(id), 'values'] as const,
};

export const indicatorKeys = {
  all: ['indicators'] as const,
  list: () => [...indicatorKeys.all, 'list'] as const,
  detail: (id: string) => [...indicatorKeys.all, 'detail', id] as const,
  values: (id: string) => [...indicatorKeys.detail(id), 'values'] as const,
  reference: () => [...indicatorKeys.all, 'reference'] as const,
};

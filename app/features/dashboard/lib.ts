// Where a figure leads: the task list, filtered to the tasks it counts.
export function taskListHref(filters: { plan: string; area?: number; timeliness?: string; unit?: string }): string {
  const params = new URLSearchParams({ plan: filters.plan });
  if (filters.area) params.set('area', String(filters.area));
  if (filters.timeliness) params.set('timeliness', filters.timeliness);
  if (filters.unit) params.set('unit', filters.unit);
  return `/tasks?${params.toString()}`;
}

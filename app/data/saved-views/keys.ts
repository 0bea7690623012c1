import type { TaskListState } from '../../lib/task-filters';

export const taskListKeys = {
  all: ['task-list'] as const,
  pages: () => [...taskListKeys.all, 'page'] as const,
  page: (state: TaskListState) => [...taskListKeys.pages(), state] as const,
  options: () => [...taskListKeys.all, 'filter-options'] as const,
  savedViews: (userId: string) => [...taskListKeys.all, 'saved-views', userId] as const,
};

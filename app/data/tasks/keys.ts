export const taskKeys = {
  all: ['tasks'] as const,
  detail: (taskId: string) => [...taskKeys.all, 'detail', taskId] as const,
  evidence: (taskId: string) => [...taskKeys.detail(taskId), 'evidence'] as const,
  comments: (taskId: string) => [...taskKeys.detail(taskId), 'comments'] as const,
  events: (taskId: string) => [...taskKeys.detail(taskId), 'events'] as const,
};

export const notificationKeys = {
  all: ['notifications'] as const,
  forUser: (userId: string) => [...notificationKeys.all, userId] as const,
  unread: (userId: string) => [...notificationKeys.forUser(userId), 'unread'] as const,
  list: (userId: string) => [...notificationKeys.forUser(userId), 'list'] as const,
};

export const confirmationKeys = {
  all: ['confirmations'] as const,
  queue: () => [...confirmationKeys.all, 'queue'] as const,
};

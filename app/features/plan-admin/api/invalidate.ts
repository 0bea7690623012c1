import { useQueryClient } from '@tanstack/react-query';

/**
 * After a change to a plan or its tasks: plan lists, plan pages, task pages
 * and figures all depend on them, so every cached query is marked stale and
 * the ones on screen reload.
 */
export function useInvalidatePlanData() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries();
}

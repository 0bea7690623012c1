// Home Affairs publishes a plan's progress on /cong-khai, or withdraws it
// (public.set_plan_public records who and when; issued or closed plans only).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import { invalidate } from '../invalidate';

export async function setPlanPublic({ planId, isPublic }: { planId: string; isPublic: boolean }): Promise<void> {
  const { error } = await supabase.rpc('set_plan_public', { p_plan_id: planId, p_public: isPublic });
  if (error) throw error;
}

export function useSetPlanPublic() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setPlanPublic,
    onSuccess: () => void invalidate.plans(queryClient),
  });
}

// Evidence, comments and history of one task.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { supabase } from '../../lib/supabase';
import type { Tables } from '../../lib/database.types';
import { taskKeys } from './keys';

type Person = Pick<Tables<'profiles'>, 'id' | 'full_name' | 'email' | 'role'> | null;

export type Evidence = Tables<'evidence'> & { author: Person };
export type Comment = Tables<'comments'> & { author: Person };
export type TaskEvent = Tables<'task_events'> & { actor: Person };

const PERSON = 'id, full_name, email, role';

export async function getEvidence(taskId: string): Promise<Evidence[]> {
  const { data, error } = await supabase
    .from('evidence')
    .select(`*, author:profiles!evidence_created_by_fkey(${PERSON})`)
    .eq('task_id', taskId)
    // id breaks ties (rows written in one statement share created_at), as task_page does.
    .order('created_at')
    .order('id');
  if (error) throw error;
  return data as Evidence[];
}

export async function getComments(taskId: string): Promise<Comment[]> {
  const { data, error } = await supabase
    .from('comments')
    .select(`*, author:profiles!comments_author_id_fkey(${PERSON})`)
    .eq('task_id', taskId)
    // id breaks ties (rows written in one statement share created_at), as task_page does.
    .order('created_at')
    .order('id');
  if (error) throw error;
  return data as Comment[];
}

export async function getEvents(taskId: string): Promise<TaskEvent[]> {
  const { data, error } = await supabase
    .from('task_events')
    .select(`*, actor:profiles!task_events_actor_id_fkey(${PERSON})`)
    .eq('task_id', taskId)
    .order('occurred_at', { ascending: false })
    .order('id', { ascending: false });
  if (error) throw error;
  return data as TaskEvent[];
}

export const evidenceQueryOptions = (taskId: string) => queryOptions({ queryKey: taskKeys.evidence(taskId), queryFn: () => getEvidence(taskId) });
export const commentsQueryOptions = (taskId: string) => queryOptions({ queryKey: taskKeys.comments(taskId), queryFn: () => getComments(taskId) });
export const eventsQueryOptions = (taskId: string) => queryOptions({ queryKey: taskKeys.events(taskId), queryFn: () => getEvents(taskId) });

export const useEvidence = (taskId: string) => useQuery(evidenceQueryOptions(taskId));
export const useComments = (taskId: string) => useQuery(commentsQueryOptions(taskId));
export const useEvents = (taskId: string) => useQuery(eventsQueryOptions(taskId));

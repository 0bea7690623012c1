// Adding, removing and downloading evidence.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../lib/supabase';
import { downloadFile, fetchEvidenceFile } from '../../lib/download';
import type { TablesInsert } from '../../lib/database.types';
import { invalidate } from '../invalidate';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Allowed file types, by extension (browsers do not always report a type). */
export const FILE_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

export function fileType(name: string): string | null {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return FILE_TYPES[ext] ?? null;
}

/** i18n key of what is wrong with the file, or null. */
export function checkFile(file: { name: string; size: number }): string | null {
  if (!fileType(file.name)) return 'tasks.evidence.badType';
  if (file.size > MAX_FILE_BYTES) return 'tasks.evidence.tooLarge';
  if (file.size === 0) return 'tasks.evidence.empty';
  return null;
}

const today = () => new Date().toISOString().slice(0, 10);

export const documentSchema = z.object({
  doc_number: z
    .string()
    .trim()
    .min(1, 'tasks.evidence.docNumberRequired')
    .regex(/^[0-9]+\/[\p{L}\p{N}/-]+$/u, 'tasks.evidence.docNumberFormat'),
  doc_date: z
    .string()
    .min(1, 'tasks.evidence.docDateRequired')
    .refine((value) => value <= today(), 'tasks.evidence.docDateFuture'),
  issuer: z.string().trim().min(2, 'tasks.evidence.issuerRequired').max(200, 'tasks.evidence.issuerTooLong'),
  summary: z.string().trim().min(5, 'tasks.evidence.summaryRequired').max(2000, 'tasks.evidence.summaryTooLong'),
});
export type DocumentInput = z.infer<typeof documentSchema>;

export const linkSchema = z.object({
  url: z
    .string()
    .trim()
    .regex(/^https?:\/\/\S+$/i, 'tasks.evidence.urlFormat')
    .max(2000, 'tasks.evidence.urlTooLong'),
  summary: z.string().trim().max(2000, 'tasks.evidence.summaryTooLong'),
});
export type LinkInput = z.infer<typeof linkSchema>;

export type NewEvidence =
  | ({ kind: 'document' } & DocumentInput)
  | ({ kind: 'link' } & LinkInput)
  | { kind: 'file'; file: File; summary: string };

function toBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

export async function addEvidence(taskId: string, input: NewEvidence): Promise<void> {
  if (input.kind === 'file') {
    const mime = fileType(input.file.name);
    const { error } = await supabase.rpc('add_evidence_file', {
      p_task_id: taskId,
      p_file_name: input.file.name,
      p_mime_type: mime ?? input.file.type,
      p_content_base64: await toBase64(input.file),
      p_summary: input.summary || undefined,
    });
    if (error) throw error;
    return;
  }
  const row: TablesInsert<'evidence'> =
    input.kind === 'document'
      ? { task_id: taskId, kind: 'document', doc_number: input.doc_number, doc_date: input.doc_date, issuer: input.issuer, summary: input.summary }
      : { task_id: taskId, kind: 'link', url: input.url, summary: input.summary || null };
  const { error } = await supabase.from('evidence').insert(row);
  if (error) throw error;
}

export async function removeEvidence(evidenceId: string): Promise<void> {
  const { data, error } = await supabase.from('evidence').delete().eq('id', evidenceId).select('id');
  if (error) throw error;
  if (!data?.length) throw Object.assign(new Error('not allowed'), { code: 'PGRST116' });
}

// Evidence shows on the task, in the confirmation queue and in reports.
export function useAddEvidence(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (input: NewEvidence) => addEvidence(taskId, input), onSettled: () => invalidate.tasks(queryClient) });
}

export function useRemoveEvidence() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeEvidence, onSettled: () => invalidate.tasks(queryClient) });
}

export function useDownloadEvidence() {
  return useMutation({
    mutationFn: fetchEvidenceFile,
    onSuccess: ({ name, blob }) => downloadFile(blob, name, blob.type),
  });
}

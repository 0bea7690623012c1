import { useMutation } from '@tanstack/react-query';
import { supabase } from '../../../lib/supabase';

export async function downloadEvidence(evidenceId: string): Promise<{ name: string; blob: Blob }> {
  const { data, error } = await supabase.rpc('get_evidence_file', { p_evidence_id: evidenceId });
  if (error) throw error;
  const file = data?.[0];
  if (!file) throw Object.assign(new Error('not found'), { code: 'PGRST116' });
  const bytes = Uint8Array.from(atob(file.content_base64), (c) => c.charCodeAt(0));
  return { name: file.file_name, blob: new Blob([bytes], { type: file.mime_type }) };
}

export function useDownloadEvidence() {
  return useMutation({
    mutationFn: downloadEvidence,
    onSuccess: ({ name, blob }) => {
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });
}

// Files the app hands to the browser, and evidence files read back from the database.
import { supabase } from './supabase';

/** Offers content to the browser as a download named `fileName`. */
export function downloadFile(content: BlobPart, fileName: string, mimeType: string) {
  const url = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An evidence file (name, type, bytes) if the signed-in person may read it. */
export async function fetchEvidenceFile(evidenceId: string): Promise<{ name: string; blob: Blob }> {
  const { data, error } = await supabase.rpc('get_evidence_file', { p_evidence_id: evidenceId });
  if (error) throw error;
  const file = data?.[0];
  if (!file) throw Object.assign(new Error('not found'), { code: 'PGRST116' });
  const bytes = Uint8Array.from(atob(file.content_base64), (c) => c.charCodeAt(0));
  return { name: file.file_name, blob: new Blob([bytes], { type: file.mime_type }) };
}

import { useMutation } from '@tanstack/react-query';
import { downloadFile, fetchEvidenceFile } from '../../../lib/download';

export function useDownloadEvidence() {
  return useMutation({
    mutationFn: fetchEvidenceFile,
    onSuccess: ({ name, blob }) => downloadFile(blob, name, blob.type),
  });
}

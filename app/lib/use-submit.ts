import { useState, useTransition } from 'react';

/**
 * A form's one call that caches nothing (signing in, signing up: the auth
 * client keeps the session), pending and failed as React's own transition
 * tracks it.  The pages before sign-in then load no query cache at all
 * (TanStack Query arrives with the signed-in frame, which reads data).
 */
export function useSubmit<I, R>(call: (input: I) => Promise<R>) {
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<Error | null>(null);
  const submit = (input: I, onSuccess?: (result: R) => void) => {
    setError(null);
    startTransition(async () => {
      try {
        const result = await call(input);
        onSuccess?.(result);
      } catch (caught) {
        setError(caught instanceof Error ? caught : new Error(String(caught)));
      }
    });
  };
  return { submit, isPending, error };
}

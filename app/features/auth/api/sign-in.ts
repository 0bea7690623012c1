import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { supabase } from '../../../lib/supabase';

// Messages are i18n keys, translated where they are shown.
export const signInSchema = z.object({
  email: z.string().trim().min(1, 'auth.emailRequired').email('auth.emailInvalid'),
  password: z.string().min(1, 'auth.passwordRequired'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export class InvalidCredentialsError extends Error {}
/** Too many attempts from this address (the server answers 429). */
export class RateLimitedError extends Error {}

export async function signIn(input: SignInInput) {
  const { data, error } = await supabase.auth.signInWithPassword({ email: input.email.trim(), password: input.password });
  if (error) {
    if (error.status === 429) throw new RateLimitedError(error.message);
    if (error.status === 400 || /invalid/i.test(error.message)) throw new InvalidCredentialsError(error.message);
    throw error;
  }
  return data.session;
}

export function useSignIn() {
  return useMutation({ mutationFn: signIn });
}

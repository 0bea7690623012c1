import { useSubmit } from '../../../lib/use-submit';

export interface SignInInput {
  email: string;
  password: string;
}

// The address rule zod's email() applies.
const EMAIL = /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

/**
 * The sign-in form's checks, as i18n keys per field (none: the input is fine).
 * Two fields, three rules: the first page most visits load carries no
 * validation library for them (the server checks the credentials anyway).
 */
export function checkSignIn(input: SignInInput): Partial<Record<keyof SignInInput, string>> {
  const problems: Partial<Record<keyof SignInInput, string>> = {};
  const email = input.email.trim();
  if (!email) problems.email = 'auth.emailRequired';
  else if (!EMAIL.test(email)) problems.email = 'auth.emailInvalid';
  if (!input.password) problems.password = 'auth.passwordRequired';
  return problems;
}

export class InvalidCredentialsError extends Error {}
/** Too many attempts from this address (the server answers 429). */
export class RateLimitedError extends Error {}

export async function signIn(input: SignInInput) {
  // Loaded apart, after the form is drawn (see ./session.ts).
  const { auth } = await import('../../../lib/auth-client');
  const { data, error } = await auth.signInWithPassword({ email: input.email.trim(), password: input.password });
  if (error) {
    if (error.status === 429) throw new RateLimitedError(error.message);
    if (error.status === 400 || /invalid/i.test(error.message)) throw new InvalidCredentialsError(error.message);
    throw error;
  }
  return data.session;
}

export function useSignIn() {
  return useSubmit(signIn);
}

import { useSubmit } from '../../../lib/use-submit';
import { z } from 'zod';
import { supabase } from '../../../lib/supabase';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

// Messages are i18n keys, translated where they are shown.
export const signUpSchema = z
  .object({
    fullName: z.string().trim().min(2, 'auth.signUp.fullNameRequired').max(200, 'auth.signUp.fullNameTooLong'),
    email: z.string().trim().min(1, 'auth.emailRequired').email('auth.emailInvalid'),
    // The server's rule (supabase/config.toml and server/gateway.ts): at least
    // 10 characters, letters and digits, not an e-mail address.
    password: z
      .string()
      .min(10, 'auth.signUp.passwordTooShort')
      .max(72, 'auth.signUp.passwordTooLong')
      .regex(/[A-Za-z]/, 'auth.signUp.passwordLettersDigits')
      .regex(/[0-9]/, 'auth.signUp.passwordLettersDigits')
      .refine((value) => !EMAIL_SHAPE.test(value.trim()), 'auth.signUp.passwordIsEmail'),
    confirmPassword: z.string(),
  })
  .refine(
    (value) => !value.email.trim() || !value.password.toLowerCase().includes(value.email.trim().toLowerCase()),
    { path: ['password'], message: 'auth.signUp.passwordIsEmail' },
  )
  .refine((value) => value.password === value.confirmPassword, {
    path: ['confirmPassword'],
    message: 'auth.signUp.passwordMismatch',
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

/** The auth server's refusal, as a message key of this page. */
export class SignUpRefusedError extends Error {
  constructor(
    readonly key:
      | 'auth.signUp.emailTaken'
      | 'auth.signUp.weakPassword'
      | 'auth.signUp.passwordTooShort'
      | 'auth.signUp.passwordLettersDigits'
      | 'auth.signUp.passwordIsEmail'
      | 'auth.signUp.fullNameTooLong'
      | 'auth.signUp.closed'
      | 'auth.rateLimited'
      | 'auth.emailInvalid',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Creates an account with no role (the database gives it an empty profile
 * carrying the name).  Returns the session when the account can sign in at
 * once, or null when the server first asks to confirm the email.
 */
export async function signUp(input: SignUpInput) {
  const { data, error } = await supabase.auth.signUp({
    email: input.email.trim(),
    password: input.password,
    options: { data: { full_name: input.fullName.trim() } },
  });
  if (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'user_already_exists' || code === 'email_exists' || /already (registered|been registered)/i.test(error.message)) {
      throw new SignUpRefusedError('auth.signUp.emailTaken', error.message);
    }
    if (error.status === 429) throw new SignUpRefusedError('auth.rateLimited', error.message);
    if (code === 'weak_password') {
      const reasons = (error as { reasons?: string[] }).reasons ?? [];
      const key = reasons.includes('email')
        ? 'auth.signUp.passwordIsEmail'
        : reasons.includes('length')
          ? 'auth.signUp.passwordTooShort'
          : reasons.includes('characters')
            ? 'auth.signUp.passwordLettersDigits'
            : 'auth.signUp.weakPassword';
      throw new SignUpRefusedError(key, error.message);
    }
    if (code === 'validation_failed' && /full name/i.test(error.message)) {
      throw new SignUpRefusedError('auth.signUp.fullNameTooLong', error.message);
    }
    if (code === 'signup_disabled' || code === 'email_provider_disabled') throw new SignUpRefusedError('auth.signUp.closed', error.message);
    if (code === 'email_address_invalid' || /validate email/i.test(error.message)) throw new SignUpRefusedError('auth.emailInvalid', error.message);
    throw error;
  }
  return data.session;
}

export function useSignUp() {
  return useSubmit(signUp);
}

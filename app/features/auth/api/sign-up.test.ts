// The sign-up form checks the server's password and name rules (see
// server/gateway.ts and supabase/config.toml) with messages in both languages.
import { describe, expect, it, vi } from 'vitest';
import viText from '../i18n/vi.json';
import en from '../i18n/en.json';
import { signUpSchema } from './sign-up';

// Only the form's schema is under test here; the client is never called.
vi.mock('../../../lib/supabase', () => ({ supabase: {} }));

const base = { fullName: 'Nguyễn Văn A', email: 'nguyen.van.a@example.vn' };
function firstPasswordError(password: string): string | null {
  const result = signUpSchema.safeParse({ ...base, password, confirmPassword: password });
  if (result.success) return null;
  return result.error.issues.find((i) => i.path[0] === 'password')?.message ?? null;
}

describe('the sign-up form: passwords', () => {
  it('accepts the demo password and a long one with letters and digits', () => {
    expect(firstPasswordError('Demo@12345')).toBeNull();
    expect(firstPasswordError('mat khau dai 2026')).toBeNull();
  });
  it('9 characters are too short, 10 are enough', () => {
    expect(firstPasswordError('abcde1234')).toBe('auth.signUp.passwordTooShort');
    expect(firstPasswordError('abcde12345')).toBeNull();
  });
  it('needs letters and digits', () => {
    expect(firstPasswordError('abcdefghijkl')).toBe('auth.signUp.passwordLettersDigits');
    expect(firstPasswordError('123456789012')).toBe('auth.signUp.passwordLettersDigits');
  });
  it('is not an e-mail address, nor contains the account e-mail', () => {
    expect(firstPasswordError('someone1@example.vn')).toBe('auth.signUp.passwordIsEmail');
    expect(firstPasswordError('nguyen.van.a@example.vn1')).toBe('auth.signUp.passwordIsEmail');
  });
  it('every message exists in Vietnamese and English', () => {
    for (const key of ['passwordTooShort', 'passwordLettersDigits', 'passwordIsEmail', 'fullNameTooLong'] as const) {
      expect(viText.auth.signUp[key]).toBeTruthy();
      expect(en.auth.signUp[key]).toBeTruthy();
    }
    expect(viText.auth.rateLimited).toBeTruthy();
    expect(en.auth.rateLimited).toBeTruthy();
  });
});

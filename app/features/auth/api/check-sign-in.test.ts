import { describe, expect, it, vi } from 'vitest';

vi.mock('../../../lib/auth-client', () => ({ auth: {} }));
import { checkSignIn } from './sign-in';

describe('checkSignIn', () => {
  it('asks for both fields', () => {
    expect(checkSignIn({ email: '   ', password: '' })).toEqual({ email: 'auth.emailRequired', password: 'auth.passwordRequired' });
  });
  it('refuses addresses that are not addresses, and trims the rest', () => {
    for (const email of ['abc', 'a@b', 'a@@b.vn', '.a@b.vn', 'a..b@b.vn', 'a b@c.vn']) {
      expect(checkSignIn({ email, password: 'x' }), email).toEqual({ email: 'auth.emailInvalid' });
    }
    for (const email of ['committee@example.vn', '  noivu@example.vn ', 'nguyen.van-a+1@so-tu-phap.gov.vn']) {
      expect(checkSignIn({ email, password: 'x' }), email).toEqual({});
    }
  });
});

import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';
import { Field } from '../../components/ui/Field';
import { SignUpRefusedError, signUpSchema, useSignUp, type SignUpInput } from '../../features/auth/api/sign-up';
import { useSession } from '../../features/auth/api/session';

/** Sign-up: the new account has no role and waits until an administrator gives it one. */
export function Component() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const signUp = useSignUp();
  const [confirmEmail, setConfirmEmail] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignUpInput>({
    resolver: zodResolver(signUpSchema),
    defaultValues: { fullName: '', email: '', password: '', confirmPassword: '' },
  });

  if (session && !signUp.isPending) return <Navigate to="/" replace />;

  const onSubmit = handleSubmit((values) =>
    signUp.submit(values, (newSession) => {
      // Signed in at once: the home page shows "waiting for a role".
      if (newSession) navigate('/', { replace: true });
      else setConfirmEmail(values.email.trim());
    }),
  );

  const serverError = signUp.error
    ? signUp.error instanceof SignUpRefusedError
      ? t(signUp.error.key, { message: signUp.error.message })
      : t('auth.signUp.genericError', { message: signUp.error.message })
    : null;

  return (
    // The longer form would reach the language switch on a phone: keep clear of it.
    <div className="signin" style={{ paddingTop: '3.5rem' }}>
      <div className="signin-lang">
        <LanguageSwitch />
      </div>
      {confirmEmail ? (
        <div className="card signin-card" role="status">
          <h1>{t('auth.signUp.checkEmailTitle')}</h1>
          <p>{t('auth.signUp.checkEmailBody', { email: confirmEmail })}</p>
          <p>
            <Link to="/sign-in">{t('auth.signUp.signInLink')}</Link>
          </p>
        </div>
      ) : (
        <form className="card signin-card" onSubmit={onSubmit} noValidate aria-labelledby="sign-up-title">
          <div className="signin-brand">
            <span className="brand-mark" aria-hidden="true" />
            <div>
              <h1 id="sign-up-title">{t('auth.signUp.title')}</h1>
              <p className="muted">{t('auth.subtitle')}</p>
            </div>
          </div>
          <p className="muted small">{t('auth.signUp.subtitle')}</p>
          <Field id="full-name" label={t('auth.signUp.fullName')} error={errors.fullName?.message}>
            <input type="text" autoComplete="name" {...register('fullName')} />
          </Field>
          <Field id="email" label={t('auth.signUp.email')} error={errors.email?.message}>
            <input type="email" autoComplete="email" {...register('email')} />
          </Field>
          <Field id="password" label={t('auth.signUp.password')} hint={t('auth.signUp.passwordHint')} error={errors.password?.message}>
            <input type="password" autoComplete="new-password" {...register('password')} />
          </Field>
          <Field id="confirm-password" label={t('auth.signUp.confirmPassword')} error={errors.confirmPassword?.message}>
            <input type="password" autoComplete="new-password" {...register('confirmPassword')} />
          </Field>
          {serverError ? (
            <p className="form-error" role="alert">
              {serverError}
            </p>
          ) : null}
          <button type="submit" className="button button-primary button-block" disabled={signUp.isPending}>
            {signUp.isPending ? t('auth.signUp.submitting') : t('auth.signUp.submit')}
          </button>
          <p className="muted">
            {t('auth.signUp.haveAccount')} <Link to="/sign-in">{t('auth.signUp.signInLink')}</Link>
          </p>
        </form>
      )}
    </div>
  );
}

import { useState } from 'react';
import { useForm, type FieldError, type UseFormRegisterReturn } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, Navigate, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';
import { SignUpRefusedError, signUpSchema, useSignUp, type SignUpInput } from '../../features/auth/api/sign-up';
import { useSession } from '../../features/auth/api/session';

function Field({
  id,
  label,
  type,
  autoComplete,
  hint,
  error,
  registration,
}: {
  id: string;
  label: string;
  type: string;
  autoComplete: string;
  hint?: string;
  error: FieldError | undefined;
  registration: UseFormRegisterReturn;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} autoComplete={autoComplete} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...registration} />
      {hint ? (
        <p id={`${id}-hint`} className="muted small">
          {hint}
        </p>
      ) : null}
      {error?.message ? (
        <p id={`${id}-error`} className="field-error">
          {t(error.message)}
        </p>
      ) : null}
    </div>
  );
}

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
    signUp.mutate(values, {
      onSuccess: (newSession) => {
        // Signed in at once: the home page shows "waiting for a role".
        if (newSession) navigate('/', { replace: true });
        else setConfirmEmail(values.email.trim());
      },
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
          <Field id="full-name" label={t('auth.signUp.fullName')} type="text" autoComplete="name" error={errors.fullName} registration={register('fullName')} />
          <Field id="email" label={t('auth.signUp.email')} type="email" autoComplete="email" error={errors.email} registration={register('email')} />
          <Field
            id="password"
            label={t('auth.signUp.password')}
            type="password"
            autoComplete="new-password"
            hint={t('auth.signUp.passwordHint')}
            error={errors.password}
            registration={register('password')}
          />
          <Field
            id="confirm-password"
            label={t('auth.signUp.confirmPassword')}
            type="password"
            autoComplete="new-password"
            error={errors.confirmPassword}
            registration={register('confirmPassword')}
          />
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

import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';
import { InvalidCredentialsError, RateLimitedError, signInSchema, useSignIn, type SignInInput } from '../../features/auth/api/sign-in';
import { useSession } from '../../features/auth/api/session';

function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function Component() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const signIn = useSignIn();
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: '', password: '' } });

  if (session) return <Navigate to={next} replace />;

  // Once signed in, the session appears and the <Navigate> above takes the
  // user on: one navigation, not two racing each other.
  const onSubmit = handleSubmit((values) => signIn.mutate(values));

  const serverError = signIn.error
    ? signIn.error instanceof InvalidCredentialsError
      ? t('auth.invalidCredentials')
      : signIn.error instanceof RateLimitedError
        ? t('auth.rateLimited')
        : t('auth.genericError', { message: signIn.error.message })
    : null;

  return (
    <div className="signin">
      <div className="signin-lang">
        <LanguageSwitch />
      </div>
      <form className="card signin-card" onSubmit={onSubmit} noValidate>
        <div className="signin-brand">
          <span className="brand-mark" aria-hidden="true" />
          <div>
            <h1>{t('auth.title')}</h1>
            <p className="muted">{t('auth.subtitle')}</p>
          </div>
        </div>
        <div className="field">
          <label htmlFor="email">{t('auth.email')}</label>
          <input
            id="email"
            type="email"
            autoComplete="username"
            aria-invalid={errors.email ? true : undefined}
            aria-describedby={errors.email ? 'email-error' : undefined}
            {...register('email')}
          />
          {errors.email?.message ? (
            <p id="email-error" className="field-error">
              {t(errors.email.message)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="password">{t('auth.password')}</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={errors.password ? true : undefined}
            aria-describedby={errors.password ? 'password-error' : undefined}
            {...register('password')}
          />
          {errors.password?.message ? (
            <p id="password-error" className="field-error">
              {t(errors.password.message)}
            </p>
          ) : null}
        </div>
        {serverError ? (
          <p className="form-error" role="alert">
            {serverError}
          </p>
        ) : null}
        <button type="submit" className="button button-primary button-block" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.submitting') : t('auth.submit')}
        </button>
        <p className="muted">
          {t('auth.noAccount')} <Link to="/sign-up">{t('auth.signUpLink')}</Link>
        </p>
      </form>
    </div>
  );
}

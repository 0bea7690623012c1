import { useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../components/layout/LanguageSwitch';
import { Field } from '../../components/ui/Field';
import { checkSignIn, InvalidCredentialsError, RateLimitedError, useSignIn, type SignInInput } from '../../features/auth/api/sign-in';
import { useSession } from '../../features/auth/api/session';
import { safeNext } from '../../lib/safe-next';

export function Component() {
  const { t } = useTranslation();
  const session = useSession();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'), window.location.origin);
  const signIn = useSignIn();
  const [values, setValues] = useState<SignInInput>({ email: '', password: '' });
  const [submitted, setSubmitted] = useState(false);
  // Checked on submit, then again as the user corrects the fields.
  const errors = submitted ? checkSignIn(values) : {};
  const field = (name: keyof SignInInput) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
  });

  if (session) return <Navigate to={next} replace />;

  // Once signed in, the session appears and the <Navigate> above takes the
  // user on: one navigation, not two racing each other.
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    const problems = checkSignIn(values);
    const first = (['email', 'password'] as const).find((name) => problems[name]);
    if (first) document.getElementById(first)?.focus();
    else signIn.submit({ email: values.email.trim(), password: values.password });
  };

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
        <Field id="email" label={t('auth.email')} error={errors.email}>
          <input type="email" autoComplete="username" {...field('email')} />
        </Field>
        <Field id="password" label={t('auth.password')} error={errors.password}>
          <input type="password" autoComplete="current-password" {...field('password')} />
        </Field>
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

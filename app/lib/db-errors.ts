// Turns an error from the database (through PostgREST) into a message key and
// values for the UI's language.  The database raises its own rules with a
// stable key in `hint` (see private.raise_rule in the migrations); constraint
// violations are recognised by constraint name.
import type { TFunction } from 'i18next';

export interface DbErrorLike {
  code?: string;
  message?: string;
  details?: string | null;
  hint?: string | null;
}

export interface Explained {
  key: string;
  params: Record<string, string>;
  /** True when reloading the data is the way out (a concurrent change). */
  stale: boolean;
}

const STATUS_PARAMS = new Set(['from', 'to']);

function parseParams(details: string | null | undefined): Record<string, string> {
  if (!details) return {};
  try {
    const value = JSON.parse(details) as unknown;
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, String(v)]));
    }
  } catch {
    // not our JSON: ignore
  }
  return {};
}

function constraintName(message: string): string | null {
  return /constraint "([^"]+)"/.exec(message)?.[1] ?? null;
}

export function explainDbError(error: unknown): Explained {
  const e = (error ?? {}) as DbErrorLike;
  const message = e.message ?? String(error);
  const code = e.code ?? '';
  if (e.hint && /^[a-z_]+$/.test(e.hint) && code.startsWith('RT')) {
    return { key: `errors.rules.${e.hint}`, params: parseParams(e.details), stale: code === 'RT409' };
  }
  // Constraint violations: by name.  (Hosted PostgREST sends code 23514 /
  // 23505; the embedded server may send them with a generic code, so the
  // name in the message decides.)
  const name = /violates (?:check|unique|not-null) constraint/.test(message) ? constraintName(message) : null;
  if (name) return { key: `errors.constraints.${name}`, params: { message }, stale: false };
  if (code === 'PGRST413') return { key: 'errors.tooLarge', params: {}, stale: false };
  if (code === '23503') return { key: 'errors.unknownReference', params: {}, stale: false };
  if (code === '42501') return { key: 'errors.forbidden', params: {}, stale: false };
  if (code === 'PGRST116') return { key: 'errors.notFound', params: {}, stale: false };
  if (code.startsWith('22')) return { key: 'errors.invalidValue', params: { message }, stale: false };
  if (/fetch|network/i.test(message) && !code) return { key: 'errors.network', params: {}, stale: false };
  return { key: 'errors.generic', params: { message }, stale: false };
}

/** The readable message in the current language. */
export function dbErrorMessage(error: unknown, t: TFunction): string {
  const { key, params } = explainDbError(error);
  const values: Record<string, string> = { ...params };
  for (const name of STATUS_PARAMS) {
    if (values[name]) values[name] = t(`tasks.statuses.${values[name]}`);
  }
  const text = t(key, { ...values, defaultValue: '' });
  return text || t('errors.generic', { message: params.message ?? (error as DbErrorLike)?.message ?? '' });
}

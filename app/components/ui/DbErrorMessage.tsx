import { useTranslation } from 'react-i18next';
import { dbErrorMessage, explainDbError } from '../../lib/db-errors';

/** A refused change, in the user's language; offers a reload when the data was stale. */
export function DbErrorMessage({ error, onReload }: { error: unknown; onReload?: () => void }) {
  const { t } = useTranslation();
  if (!error) return null;
  const { stale } = explainDbError(error);
  return (
    <div className="form-error" role="alert">
      <span>{dbErrorMessage(error, t)}</span>
      {stale && onReload ? (
        <button type="button" className="button button-small" onClick={onReload}>
          {t('errors.reload')}
        </button>
      ) : null}
    </div>
  );
}

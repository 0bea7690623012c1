import { useState } from 'react';
import { Link } from 'react-router';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { DbErrorMessage } from '../../../components/ui/DbErrorMessage';
import { Field } from '../../../components/ui/Field';
import { QueryState } from '../../../components/ui/QueryState';
import { useSavedViews } from '../../../data/saved-views/get-saved-views';
import { saveViewSchema, useSaveView, type SaveViewInput } from '../../../data/saved-views/save-view';
import { useDeleteSavedView } from '../../../data/saved-views/delete-saved-view';

/** The user's saved filters: open one, delete one, or save the current filters under a name. */
export function SavedViews({ userId, currentQuery }: { userId: string; currentQuery: string }) {
  const { t } = useTranslation();
  const views = useSavedViews(userId);
  const save = useSaveView(userId);
  const remove = useDeleteSavedView(userId);
  const [open, setOpen] = useState(false);
  const [savedName, setSavedName] = useState<string | null>(null);
  const form = useForm<SaveViewInput>({ resolver: zodResolver(saveViewSchema), defaultValues: { name: '' } });
  const nameError = form.formState.errors.name?.message;

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(
      { ...values, query: currentQuery },
      {
        onSuccess: (view) => {
          setSavedName(view.name);
          form.reset();
          setOpen(false);
        },
      },
    ),
  );

  return (
    <section className="card saved-views" aria-labelledby="saved-views-title">
      <div className="saved-views-head">
        <h2 id="saved-views-title" className="card-title">
          {t('taskList.views.title')}
        </h2>
        {!open ? (
          <button
            type="button"
            className="button button-small"
            onClick={() => {
              setOpen(true);
              setSavedName(null);
              save.reset();
            }}
          >
            {t('taskList.views.save')}
          </button>
        ) : null}
      </div>
      {/* No spinner: the views appear beside the list when they come. */}
      <QueryState query={views} loading={false}>
        {(list) =>
          list.length === 0 ? (
            <p className="muted small">{t('taskList.views.none')}</p>
          ) : (
            <ul className="view-list">
              {list.map((view) => {
                const current = view.query === currentQuery;
                return (
                  <li key={view.id} className={`view-chip${current ? ' is-current' : ''}`}>
                    <Link to={view.query ? `/tasks?${view.query}` : '/tasks'} aria-current={current ? 'true' : undefined}>
                      {view.name}
                    </Link>
                    <button
                      type="button"
                      className="view-delete"
                      aria-label={t('taskList.views.deleteLabel', { name: view.name })}
                      disabled={remove.isPending}
                      onClick={() => remove.mutate(view.id)}
                    >
                      ×
                    </button>
                  </li>
                );
              })}
            </ul>
          )
        }
      </QueryState>
      <DbErrorMessage error={remove.error} />
      {savedName ? (
        <p className="muted small" role="status">
          {t('taskList.views.saved', { name: savedName })}
        </p>
      ) : null}
      {open ? (
        <form className="save-view-form" onSubmit={onSubmit} noValidate aria-label={t('taskList.views.saveTitle')}>
          <Field id="view-name" label={t('taskList.views.name')} error={nameError}>
            <input autoFocus placeholder={t('taskList.views.namePlaceholder')} {...form.register('name')} />
          </Field>
          <div className="button-row">
            <button type="submit" className="button button-primary button-small" disabled={save.isPending}>
              {save.isPending ? t('common.saving') : t('common.save')}
            </button>
            <button type="button" className="button button-small" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <DbErrorMessage error={save.error} />
        </form>
      ) : null}
    </section>
  );
}

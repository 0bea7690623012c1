import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/ui/states';
import { useTaskForEdit } from '../../data/tasks/get-task-for-edit';
import { InteriorOnly } from '../../features/plan-admin/components/InteriorOnly';
import { TaskForm } from '../../features/plan-admin/components/TaskForm';
import '../../features/plan-admin/plan-admin.css';
import { taskForEditQueryOptions } from '../../data/tasks/get-task-for-edit';
import { unitsQueryOptions } from '../../data/units/get-units';
import { areasQueryOptions } from '../../data/reference/get-areas';
import { prefetch } from '../../data/prefetch';
import { queryClient } from '../../providers';
import type { LoaderFunctionArgs } from 'react-router';
import { QueryState } from '../../components/ui/QueryState';

export function Component() {
  const { taskId = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const task = useTaskForEdit(taskId);
  const back = () => navigate(`/tasks/${taskId}`);

  return (
    <InteriorOnly>
      <section className="pa-page" aria-labelledby="edit-task-title">
        <Link to={`/tasks/${taskId}`} className="backlink">
          {t('planAdmin.backToTask')}
        </Link>
        <h1 id="edit-task-title">{t('planAdmin.task.editTitle')}</h1>
        <QueryState query={task} empty={t('planAdmin.taskNotFound')}>
          {(found) =>
            found.plan.status === 'closed' ? (
              <Empty>{t('planAdmin.plan.closedReadOnly')}</Empty>
            ) : (
              <>
                <p className="muted">
                  {found.plan.doc_number} · {t('planAdmin.task.numbered', { ordinal: found.ordinal })}
                </p>
                <TaskForm
                  key={found.version}
                  planId={found.plan_id}
                  planStatus={found.plan.status}
                  task={found}
                  ordinals={[]}
                  onSaved={back}
                  onCancel={back}
                  onReload={() => void task.refetch()}
                />
              </>
            )
          }
        </QueryState>
      </section>
    </InteriorOnly>
  );
}

/** Starts this page's queries while its code loads. */
export const loader = ({ params }: LoaderFunctionArgs) => prefetch(queryClient, [taskForEditQueryOptions(params.taskId!), unitsQueryOptions(), areasQueryOptions()]);

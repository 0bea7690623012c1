// Links to a plan, a task or a report that prefetch the page's data on
// intent (hover, focus, touch): the same queryOptions as the page's loader.
import type { LinkProps } from 'react-router';
import { IntentLink } from './ui/IntentLink';
import { planPageQueryOptions } from '../data/plans/get-plan-page';
import { taskViewQueryOptions } from '../data/tasks/get-task-view';
import { reportQueryOptions } from '../data/reports/get-report';
import { reportDataQueryOptions } from '../data/reports/get-report-data';

type Props = Omit<LinkProps, 'to'>;

export function PlanLink({ planId, ...props }: Props & { planId: string }) {
  return <IntentLink to={`/plans/${planId}`} queries={() => [planPageQueryOptions(planId)]} {...props} />;
}

export function TaskLink({ taskId, ...props }: Props & { taskId: string }) {
  return <IntentLink to={`/tasks/${taskId}`} queries={() => [taskViewQueryOptions(taskId)]} {...props} />;
}

export function ReportLink({ reportId, ...props }: Props & { reportId: string }) {
  return <IntentLink to={`/reports/${reportId}`} queries={() => [reportQueryOptions(reportId), reportDataQueryOptions(reportId)]} {...props} />;
}

import { explainDbError } from '../../../lib/db-errors';

/**
 * A database refusal that belongs to one field of the form (a duplicate plan
 * number, an ordinal already used…): the field and the message key, so the
 * message shows at the field rather than under the form.
 */
export function dbErrorField<F extends string>(error: unknown, fields: Readonly<Record<string, F>>): { field: F; message: string } | null {
  if (!error) return null;
  const { key } = explainDbError(error);
  const name = key.split('.').pop() ?? '';
  const field = fields[name];
  return field ? { field, message: key } : null;
}

export const PLAN_FIELD_ERRORS = {
  plans_doc_number_format: 'doc_number',
  plans_doc_number_year_key: 'doc_number',
  plans_title_length: 'title',
  plans_issuer_length: 'issuer',
  plans_year_range: 'year',
  plan_issued_fixed: 'doc_number',
} as const;

export const TASK_FIELD_ERRORS = {
  tasks_plan_ordinal_key: 'ordinal',
  tasks_ordinal_format: 'ordinal',
  tasks_title_length: 'title',
  tasks_expected_output_length: 'expected_output',
  tasks_due_after_start: 'due_date',
  task_due_needs_extension: 'due_date',
  lead_unit_unknown: 'lead_unit_id',
  coordinator_unknown: 'coordinator_ids',
} as const;

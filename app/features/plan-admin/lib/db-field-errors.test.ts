import { describe, expect, it } from 'vitest';
import { dbErrorField, PLAN_FIELD_ERRORS, TASK_FIELD_ERRORS } from './db-field-errors';

describe('database refusals shown at their field', () => {
  it('a duplicate plan number belongs to the number field', () => {
    const error = { code: '23505', message: 'duplicate key value violates unique constraint "plans_doc_number_year_key"' };
    expect(dbErrorField(error, PLAN_FIELD_ERRORS)).toEqual({ field: 'doc_number', message: 'errors.constraints.plans_doc_number_year_key' });
  });
  it('an ordinal already used and a due date before the start belong to their task fields', () => {
    expect(dbErrorField({ code: '23505', message: 'violates unique constraint "tasks_plan_ordinal_key"' }, TASK_FIELD_ERRORS)?.field).toBe('ordinal');
    expect(dbErrorField({ code: 'RT422', message: 'x', hint: 'task_due_needs_extension' }, TASK_FIELD_ERRORS)).toEqual({
      field: 'due_date',
      message: 'errors.rules.task_due_needs_extension',
    });
  });
  it('other refusals stay with the form', () => {
    expect(dbErrorField({ code: 'RT409', message: 'x', hint: 'task_stale', details: '{}' }, TASK_FIELD_ERRORS)).toBeNull();
    expect(dbErrorField(null, TASK_FIELD_ERRORS)).toBeNull();
  });
});

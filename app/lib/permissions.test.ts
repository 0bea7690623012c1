import { describe, expect, it } from 'vitest';
import { nextStatuses, transitionAllowed } from './permissions';

const task = (status: Parameters<typeof transitionAllowed>[0]) => ({ lead_unit_id: 'u1', status });

describe('workflow in the app', () => {
  it('a dept head of the lead unit can start and report, not confirm', () => {
    expect(nextStatuses({ role: 'dept_head', unitId: 'u1' }, task('in_progress'), 'in_force')).toEqual(['submitted']);
    expect(nextStatuses({ role: 'dept_head', unitId: 'u1' }, task('submitted'), 'in_force')).toEqual(['in_progress']);
  });
  it('a dept head of another unit gets no buttons', () => {
    expect(nextStatuses({ role: 'dept_head', unitId: 'u2' }, task('in_progress'), 'in_force')).toEqual([]);
  });
  it('home affairs confirms, returns or cancels a submitted task', () => {
    expect(nextStatuses({ role: 'interior', unitId: 'x' }, task('submitted'), 'in_force')).toEqual(['in_progress', 'done', 'returned', 'cancelled']);
  });
  it('nobody changes tasks of a closed plan, and the committee never does', () => {
    expect(nextStatuses({ role: 'interior', unitId: null }, task('in_progress'), 'closed')).toEqual([]);
    expect(nextStatuses({ role: 'committee', unitId: null }, task('in_progress'), 'in_force')).toEqual([]);
  });
});

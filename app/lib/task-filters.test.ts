import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, hasFilters, parseTaskListState, serializeTaskListState, taskListHref, taskListSearch } from './task-filters';

const PLAN = '3f1c2a9e-5b7d-4c1e-9a2b-0d4e6f8a1b2c';
const UNIT = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';
const parse = (query: string) => parseTaskListState(new URLSearchParams(query));

describe('task list state in the URL', () => {
  it('an empty query string is the default list', () => {
    expect(parse('')).toEqual(DEFAULT_STATE);
    expect(serializeTaskListState(DEFAULT_STATE).toString()).toBe('');
    expect(taskListHref()).toBe('/tasks');
  });

  it('reads every filter, the sort and the page', () => {
    expect(
      parse(`plan=${PLAN}&area=2&unit=${UNIT}&status=returned,in_progress&timeliness=open_overdue&late=30&from=2026-01-01&to=2026-12-31&q=cai+cach&sort=-due&page=3&size=50`),
    ).toEqual({
      plan: PLAN,
      area: 2,
      unit: UNIT,
      status: ['in_progress', 'returned'],
      timeliness: 'open_overdue',
      lateOver: 30,
      dueFrom: '2026-01-01',
      dueTo: '2026-12-31',
      q: 'cai cach',
      sort: 'due',
      desc: true,
      page: 3,
      size: 50,
    });
  });

  it('round-trips: parse(serialize(state)) is the state, and the query string is canonical', () => {
    const query = `plan=${PLAN}&area=6&status=in_progress,returned&timeliness=open_not_due&from=2026-11-24&to=2026-12-01&q=so+hoa&sort=unit&page=2&size=100`;
    const state = parse(query);
    expect(taskListSearch(state)).toBe(query);
    expect(parse(taskListSearch(state))).toEqual(state);
    expect(parse(serializeTaskListState(state).toString())).toEqual(state);
    // parameter order and status order do not matter
    expect(taskListSearch(parse(`status=returned,in_progress&plan=${PLAN}`))).toBe(`plan=${PLAN}&status=in_progress,returned`);
    // search text with commas and ampersands survives
    expect(parse(taskListSearch({ q: 'a, b & c=d' })).q).toBe('a, b & c=d');
  });

  it('drops malformed values instead of failing', () => {
    expect(
      parse('plan=1;drop table&area=9&unit=abc&status=finished,done,,done&timeliness=late&late=-3&from=2026-02-30&to=yesterday&sort=title&page=0&size=7'),
    ).toEqual({ ...DEFAULT_STATE, status: ['done'] });
    expect(parse('page=abc&size=1000000').page).toBe(1);
    expect(parse('size=1000000').size).toBe(25);
    expect(parse('size=200').size).toBe(200);
    expect(parse('sort=-nonsense')).toMatchObject({ sort: 'ordinal', desc: false });
  });

  it('swaps a reversed date range and tidies the search text', () => {
    expect(parse('from=2026-12-31&to=2026-01-01')).toMatchObject({ dueFrom: '2026-01-01', dueTo: '2026-12-31' });
    expect(parse('q=%20%20C%E1%BA%A3i%20%20%20c%C3%A1ch%20').q).toBe('Cải cách');
    expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  it('leaves the page out of saved views and defaults out of links', () => {
    const state = parse('status=submitted&page=4&sort=ordinal&size=25');
    expect(taskListSearch(state, { paging: false })).toBe('status=submitted');
    expect(taskListHref({ plan: PLAN, area: 3 })).toBe(`/tasks?plan=${PLAN}&area=3`);
    expect(taskListHref({ unit: UNIT, timeliness: 'open_overdue', lateOver: 90 })).toBe(`/tasks?unit=${UNIT}&timeliness=open_overdue&late=90`);
  });

  it('tells filters apart from sort and paging', () => {
    expect(hasFilters(parse('sort=-due&page=2'))).toBe(false);
    expect(hasFilters(parse('late=0'))).toBe(true);
    expect(hasFilters(parse('q=x'))).toBe(true);
  });
});

describe('carry-over filter', () => {
  it('reads carried=from|to, drops anything else, and writes it back', () => {
    expect(parseTaskListState(new URLSearchParams('carried=from')).carried).toBe('from');
    expect(parseTaskListState(new URLSearchParams('carried=to')).carried).toBe('to');
    expect(parseTaskListState(new URLSearchParams('carried=sideways')).carried).toBeUndefined();
    expect(taskListHref({ carried: 'to' })).toBe('/tasks?carried=to');
    expect(hasFilters({ status: [], carried: 'from' })).toBe(true);
  });
});

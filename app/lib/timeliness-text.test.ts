import { createInstance } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { timelinessText } from './timeliness-text';

const vi = createInstance();
const en = createInstance();
beforeAll(async () => {
  await vi.init({ lng: 'vi', resources, interpolation: { escapeValue: false } });
  await en.init({ lng: 'en', resources, interpolation: { escapeValue: false } });
});

describe('one wording of a task against its deadline', () => {
  it('gives the days when a task is overdue or was done late', () => {
    expect(timelinessText(vi.t, 'open_overdue', 'vi', 1234)).toBe('Quá hạn 1.234 ngày');
    expect(timelinessText(en.t, 'open_overdue', 'en', 1)).toBe('1 day overdue');
    expect(timelinessText(en.t, 'open_overdue', 'en', 1234)).toBe('1,234 days overdue');
    expect(timelinessText(vi.t, 'done_late', 'vi', 3)).toBe('Hoàn thành trễ 3 ngày');
    expect(timelinessText(en.t, 'done_late', 'en', 1)).toBe('Done 1 day late');
  });

  it('says the state alone without days, or with none counted', () => {
    expect(timelinessText(vi.t, 'open_overdue', 'vi')).toBe('Chưa hoàn thành, quá hạn');
    expect(timelinessText(vi.t, 'open_overdue', 'vi', 0)).toBe('Chưa hoàn thành, quá hạn');
    expect(timelinessText(vi.t, 'done_on_time', 'vi', 0)).toBe('Hoàn thành đúng hạn');
    expect(timelinessText(en.t, 'open_not_due', 'en')).toBe('Not done, not yet due');
    expect(timelinessText(en.t, 'cancelled', 'en')).toBe('Cancelled');
  });
});

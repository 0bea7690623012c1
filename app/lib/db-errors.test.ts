import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import vi from '../i18n/vi.json';
import en from '../i18n/en.json';
import { resources } from '../i18n/resources';
import { dbErrorMessage, explainDbError } from './db-errors';

const migrationsDir = path.resolve(__dirname, '../../supabase/migrations');
const sql = readdirSync(migrationsDir)
  .filter((f) => f.endsWith('.sql'))
  .map((f) => readFileSync(path.join(migrationsDir, f), 'utf8'))
  .join('\n');

describe('every database refusal has a message in both languages', () => {
  const rules = new Set([...sql.matchAll(/raise_rule\('RT\d{3}', '([a-z_]+)'/g)].map((m) => m[1]!));
  const constraints = new Set([...sql.matchAll(/constraint (\w+) (?:check|unique)/g)].map((m) => m[1]!));
  constraints.add('units_code_key');

  it('finds the rules and constraints in the migrations', () => {
    expect(rules.size).toBeGreaterThan(25);
    expect(constraints.size).toBeGreaterThan(25);
  });
  for (const [lang, catalogue] of [['vi', vi], ['en', en]] as const) {
    it(`${lang}: every rule key raised by the database is translated`, () => {
      const missing = [...rules].filter((key) => !(key in catalogue.errors.rules));
      expect(missing).toEqual([]);
    });
    it(`${lang}: every named constraint is translated`, () => {
      const missing = [...constraints].filter((key) => !(key in catalogue.errors.constraints));
      expect(missing).toEqual([]);
    });
  }
});

describe('explainDbError', () => {
  it('reads a rule key and its values', () => {
    expect(
      explainDbError({ code: 'RT409', message: 'x', hint: 'task_stale', details: '{"ordinal":"2.3","version":4}' }),
    ).toEqual({ key: 'errors.rules.task_stale', params: { ordinal: '2.3', version: '4' }, stale: true });
  });
  it('recognises a constraint by name', () => {
    const e = { code: '23514', message: 'new row for relation "tasks" violates check constraint "tasks_due_after_start"' };
    expect(explainDbError(e).key).toBe('errors.constraints.tasks_due_after_start');
  });
  it('maps permission errors and unknown references', () => {
    expect(explainDbError({ code: '42501', message: 'new row violates row-level security policy' }).key).toBe('errors.forbidden');
    expect(explainDbError({ code: '23503', message: 'violates foreign key constraint' }).key).toBe('errors.unknownReference');
  });
  it('renders the message in Vietnamese and in English, with status names translated', async () => {
    const t = i18next.createInstance();
    await t.init({ resources, lng: 'vi', interpolation: { escapeValue: false } });
    const error = { code: 'RT422', message: 'x', hint: 'task_transition', details: '{"from":"done","to":"in_progress"}' };
    expect(dbErrorMessage(error, t.t)).toBe('Không được chuyển nhiệm vụ từ "Hoàn thành" sang "Đang thực hiện".');
    await t.changeLanguage('en');
    expect(dbErrorMessage(error, t.t)).toBe('A task cannot move from "Done" to "In progress".');
    expect(dbErrorMessage({ code: 'XX000', message: 'boom' }, t.t)).toBe('Could not do this: boom');
  });
});

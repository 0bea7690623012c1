// The mutation list (npm run test:mutation) must not rot: every find-text
// still occurs exactly once in its migration, and every edit changes the text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMutation, mutations } from './mutations';

const dir = path.resolve(__dirname, '../../supabase/migrations');

describe('mutation list', () => {
  it('has at least 45 mutations with unique kebab-case names', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(45);
    const names = mutations.map((m) => m.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(n).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s: the find-text occurs exactly once and the edit changes it', (_name, m) => {
    const file = path.join(dir, m.file);
    expect(existsSync(file), `${m.file} exists`).toBe(true);
    const result = applyMutation(m, readFileSync(file, 'utf8'));
    expect(result).not.toHaveProperty('error');
    expect('text' in result && result.text).not.toBe(readFileSync(file, 'utf8'));
  });

  it('names killer test files that exist', () => {
    for (const m of mutations) for (const k of m.killers ?? []) expect(existsSync(path.resolve(__dirname, '../..', k)), `${m.name}: ${k}`).toBe(true);
  });
});

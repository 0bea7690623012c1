import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

const ORIGIN = 'http://127.0.0.1:5173';

describe('the page to go to after signing in', () => {
  it('keeps a page of the app, with its query and fragment', () => {
    expect(safeNext('/plans', ORIGIN)).toBe('/plans');
    expect(safeNext('/tasks?status=submitted&q=c%C3%B4ng', ORIGIN)).toBe('/tasks?status=submitted&q=c%C3%B4ng');
    expect(safeNext('/reports/1#appendix', ORIGIN)).toBe('/reports/1#appendix');
  });
  it('sends anything crafted to the home page', () => {
    for (const next of [
      null, '', 'plans', '//evil.example/x', '/\\evil.example', '\\\\evil.example', 'https://evil.example/', 'javascript:alert(1)',
      '/%E0%A4%A', '/tasks/%', '/plans?x=%', '/plans\n', '/pla\u0000ns', '/pla%00ns', '/%5Cevil.example', `/${'a'.repeat(3000)}`,
    ]) {
      expect(safeNext(next, ORIGIN), String(next)).toBe('/');
    }
  });
  it('never leaves the origin', () => {
    expect(safeNext('/%2F%2Fevil.example', ORIGIN)).toBe('/%2F%2Fevil.example');
    expect(new URL(safeNext('/%2F%2Fevil.example', ORIGIN), ORIGIN).origin).toBe(ORIGIN);
  });
});

import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderAccessDoc } from './access-matrix';

it('docs/ACCESS.md matches the tested authorization matrix (npm run gen:access-doc)', () => {
  expect(readFileSync(new URL('../../docs/ACCESS.md', import.meta.url), 'utf8')).toBe(renderAccessDoc());
});

import { writeFileSync } from 'node:fs';
import { renderAccessDoc } from '../supabase/tests/access-matrix';

writeFileSync(new URL('../docs/ACCESS.md', import.meta.url), renderAccessDoc());
console.log('wrote docs/ACCESS.md');

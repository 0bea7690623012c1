// Generates app/lib/database.types.ts from the migrations: boots a fresh
// in-memory database, applies supabase/migrations, introspects the public
// schema and writes the same TypeScript that `supabase gen types` writes.
//   npm run gen:types           write the file
//   npm run gen:types -- --check  fail if the committed file is stale
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { introspect } from '@supabase/postgrest-typegen/introspection';
import { generateTypescript, sortGeneratorMetadata } from '@supabase/postgrest-typegen/generation';
import { bootDatabase } from '../supabase/tests/boot';

const target = new URL('../app/lib/database.types.ts', import.meta.url);

const { connection } = await bootDatabase({ driver: 'pglite' });
const metadata = await introspect(connection.driver, { includedSchemas: ['public'] });
const generated = await generateTypescript(sortGeneratorMetadata(metadata), { postgrestVersion: '12' });
await connection.close();

if (process.argv.includes('--check')) {
  const current = existsSync(target) ? readFileSync(target, 'utf8') : '';
  if (current !== generated) {
    console.error('app/lib/database.types.ts is stale: run `npm run gen:types` and commit the result.');
    process.exit(1);
  }
  console.log('database types are up to date');
} else {
  writeFileSync(target, generated);
  console.log('wrote app/lib/database.types.ts');
}

// Extensions every embedded database (PGlite) loads besides the ones
// Supabase Lite loads itself (pgcrypto, ltree, isn, file_fdw): pg_trgm, for
// the task list's trigram search index (migration 20261204000000).  Every
// place that opens a PGlite database passes these, or a migration that
// creates the extension fails there.
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';

export const PGLITE_EXTENSIONS = { pg_trgm };

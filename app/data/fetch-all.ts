// Hosted Supabase and the embedded server answer at most 1,000 rows per
// request (`max_rows` in supabase/config.toml) and say nothing when they cut.
// Every read that can hold more goes through fetchAll: it asks page after page
// with `range` until a page comes back short.  The query must have a total
// order (end it with `.order('id')`), or rows could repeat or go missing
// between pages.

/** The server's cap per request; a full page means there may be more. */
export const PAGE_ROWS = 1000;
/** A read longer than this is refused rather than kept in memory. */
export const MAX_ROWS = 100_000;

export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows`);
  }
}

interface PageResult<T> {
  data: T[] | null;
  error: unknown;
}

/**
 * Every row of a query, a page at a time.  `page(from, to)` builds the query
 * for rows from..to inclusive (call `.range(from, to)` on it).
 */
export async function fetchAll<T>(
  page: (from: number, to: number) => PromiseLike<PageResult<T>>,
  { pageSize = PAGE_ROWS, max = MAX_ROWS }: { pageSize?: number; max?: number } = {},
): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const { data, error } = await page(rows.length, rows.length + pageSize - 1);
    if (error) throw error;
    const chunk = data ?? [];
    rows.push(...chunk);
    if (rows.length > max) throw new TooManyRowsError(max);
    if (chunk.length < pageSize) return rows;
  }
}

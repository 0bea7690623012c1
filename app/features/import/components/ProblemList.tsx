import { useTranslation } from 'react-i18next';
import type { Problem } from '../lib/validate';

export interface BadRow {
  line: number;
  ordinal: string;
  problems: readonly Problem[];
}

/** Every bad row of the file with its reasons. */
export function ProblemList({ rows, title }: { rows: readonly BadRow[]; title: string }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <section className="im-problems" role="alert" aria-label={title}>
      <h3>{title}</h3>
      <ul>
        {rows.map((row) => (
          <li key={row.line}>
            <strong>
              {t('import.rowLabel', { line: row.line })}
              {row.ordinal ? ` (${t('import.ordinalLabel', { ordinal: row.ordinal })})` : ''}:
            </strong>{' '}
            {row.problems.map((p) => t(`import.problems.${p.code}`, { value: p.value ?? '' })).join('; ')}
          </li>
        ))}
      </ul>
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useLang } from '../../../i18n';
import { PAGE_SIZES } from '../../../lib/task-filters';

interface Props {
  page: number;
  size: number;
  total: number;
  /** The count stopped at `total`: there are more pages than it shows. */
  capped?: boolean;
  onPage: (page: number) => void;
  onSize: (size: number) => void;
}

export function Pagination({ page, size, total, capped = false, onPage, onSize }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const pages = Math.max(1, Math.ceil(total / size));
  return (
    <nav className="pagination" aria-label={t('taskList.pagination')}>
      <button type="button" className="button button-small" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        ‹ {t('taskList.previous')}
      </button>
      <span className="pagination-status" aria-current="page">
        {t('taskList.page', {
          page: formatNumber(capped ? page : Math.min(page, pages), lang),
          pages: capped ? t('taskList.moreThan', { count: formatNumber(pages, lang) }) : formatNumber(pages, lang),
        })}
      </span>
      <button type="button" className="button button-small" disabled={!capped && page >= pages} onClick={() => onPage(page + 1)}>
        {t('taskList.next')} ›
      </button>
      <label className="pagination-size">
        <span>{t('taskList.pageSize')}</span>
        <select value={size} onChange={(e) => onSize(Number(e.target.value))}>
          {PAGE_SIZES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
    </nav>
  );
}

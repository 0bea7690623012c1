import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../../lib/download';
import type { AreaRef, UnitRef } from '../lib/match';
import { XLSX_TYPE, templateCsv, templateWorkbook } from '../lib/template';

/** Downloads the appendix template, as Excel or CSV. */
export function TemplateButtons({ areas, units, year }: { areas: AreaRef[]; units: UnitRef[]; year: number }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const xlsx = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const data = await templateWorkbook(areas, units, year);
      downloadFile(data, `mau-phu-luc-nhiem-vu-${year}.xlsx`, XLSX_TYPE);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="button-row">
      <button type="button" className="button" onClick={() => void xlsx()} disabled={busy}>
        {t('import.template.xlsx')}
      </button>
      <button type="button" className="button" onClick={() => void templateCsv(units, year).then((csv) => downloadFile(csv, `mau-phu-luc-nhiem-vu-${year}.csv`, 'text/csv;charset=utf-8'))}>
        {t('import.template.csv')}
      </button>
      {failed ? (
        <p className="field-error" role="alert">
          {t('import.template.failed')}
        </p>
      ) : null}
    </div>
  );
}

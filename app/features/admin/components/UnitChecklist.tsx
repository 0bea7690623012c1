import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../data/units/get-units';
import { FieldGroup } from '../../../components/ui/Field';

/**
 * A reorganisation's choice of units (merged units, successors): the unit
 * tree as checkboxes, with the legend, its hint, the names chosen so far and
 * the field's error, tied together for screen readers.
 */
export function UnitChecklist({
  id,
  legend,
  hint,
  options,
  chosen,
  disabled,
  error,
  onToggle,
}: {
  id: string;
  legend: string;
  hint: string;
  options: { unit: Unit; depth: number }[];
  chosen: Unit[];
  disabled?: (unitId: string) => boolean;
  error?: string;
  onToggle: (unitId: string, on: boolean) => void;
}) {
  const { t } = useTranslation();
  const ids = new Set(chosen.map((u) => u.id));
  return (
    <FieldGroup id={id} className="reorg-choices" legend={legend} hint={hint} error={error}>
      {chosen.length > 0 ? <p className="reorg-chosen">{t('admin.reorg.chosen', { names: chosen.map((u) => u.name).join('; ') })}</p> : null}
      <div className="reorg-choice-list">
        {options.map(({ unit: option, depth }) => (
          <label key={option.id} className="check" style={{ paddingLeft: `${depth * 0.9}rem` }}>
            <input
              type="checkbox"
              checked={ids.has(option.id)}
              disabled={disabled?.(option.id)}
              onChange={(e) => onToggle(option.id, e.target.checked)}
            />
            <span>
              {option.name} <span className="unit-code">{option.code}</span>
            </span>
          </label>
        ))}
      </div>
    </FieldGroup>
  );
}

interface Props {
  value: number;
  max: number;
  label: string;
  /** The id of the element that names the bar (a plan's title, an area's name): a progress bar needs a name. */
  labelledBy: string;
}

/** A labelled progress bar; the caller supplies the formatted label (e.g. "8/8 (100%)") and what names it. */
export function ProgressBar({ value, max, label, labelledBy }: Props) {
  const percent = max > 0 ? Math.round((value / max) * 1000) / 10 : 0;
  return (
    <div className="progress" role="progressbar" aria-labelledby={labelledBy} aria-valuemin={0} aria-valuemax={max} aria-valuenow={value} aria-valuetext={label}>
      <div className={`progress-fill${percent >= 100 ? ' is-complete' : ''}`} style={{ width: `${percent}%` }} />
    </div>
  );
}

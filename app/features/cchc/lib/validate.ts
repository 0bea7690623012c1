// Checks of the CCHC editing forms before they are sent: the same limits the
// database enforces (constraints and triggers in supabase/migrations), so the
// reader is told at the field, in their language.  Each problem is an i18n
// key under cchc.validation with its parameters.
import { parseNumberInput } from '../../../lib/indicator-format';
import type { Lang } from '../../../lib/format';
import type { Enums } from '../../../lib/database.types';
import { isIsoDate } from '../../../lib/date-input';

export interface Problem {
  key: string;
  params?: Record<string, string | number>;
}
export type Problems<F extends string> = Partial<Record<F, Problem>>;

/** A number with at most two decimals, in the reader's format. */
function readPoints(text: string, lang: Lang): number | null | 'bad' {
  if (!text.trim()) return null;
  const n = parseNumberInput(text, lang);
  if (n === null || Math.round(n * 100) !== n * 100) return 'bad';
  return n;
}

export interface ComponentForm {
  component: string;
  score: string;
  max: string;
  rank: string;
  unitId: string;
  note: string;
}

export interface ComponentValues {
  component: Enums<'cchc_component'>;
  score: number;
  max_score: number;
  national_rank: number | null;
  responsible_unit_id: string | null;
  note: string | null;
}

/** A component score: score from 0 to the maximum, maximum above 0 (up to 1,000), rank 1–100, note up to 2,000. */
export function checkComponent(
  form: ComponentForm,
  lang: Lang,
  taken: string[],
): { problems: Problems<keyof ComponentForm>; values: ComponentValues | null } {
  const problems: Problems<keyof ComponentForm> = {};
  if (!form.component) problems.component = { key: 'required' };
  else if (taken.includes(form.component)) problems.component = { key: 'componentTaken' };
  const max = readPoints(form.max, lang);
  const score = readPoints(form.score, lang);
  if (max === null) problems.max = { key: 'required' };
  else if (max === 'bad') problems.max = { key: 'number' };
  else if (max <= 0 || max > 1000) problems.max = { key: 'componentMax' };
  if (score === null) problems.score = { key: 'required' };
  else if (score === 'bad') problems.score = { key: 'number' };
  else if (score < 0) problems.score = { key: 'negative' };
  else if (typeof max === 'number' && score > max) problems.score = { key: 'aboveMax', params: { max: form.max.trim() } };
  let rank: number | null = null;
  if (form.rank.trim()) {
    rank = /^\d{1,3}$/.test(form.rank.trim()) ? Number(form.rank.trim()) : NaN;
    if (!Number.isInteger(rank) || rank < 1 || rank > 100) problems.rank = { key: 'rank' };
  }
  if (form.note.length > 2000) problems.note = { key: 'tooLong', params: { max: 2000 } };
  if (Object.keys(problems).length) return { problems, values: null };
  return {
    problems,
    values: {
      component: form.component as Enums<'cchc_component'>,
      score: score as number,
      max_score: max as number,
      national_rank: rank,
      responsible_unit_id: form.unitId || null,
      note: form.note.trim() || null,
    },
  };
}

export interface ItemForm {
  code: string;
  title: string;
  max: string;
  kind: string;
  allowed: string;
  expected: string;
  unitId: string;
}

export interface ItemValues {
  code: string;
  title: string;
  max_points: number;
  kind: Enums<'cchc_item_kind'> | null;
  allowed_values: number[] | null;
  expected_evidence: string | null;
  responsible_unit_id: string | null;
}

/**
 * An item of a set: code `1`, `1.2` or `1.2.3` (parts up to 99), text of 3 to
 * 2,000 characters, maximum 0–1,000; an area has no scoring kind; a fixed
 * list has 2–20 values between 0 and the maximum, separated by `;`.
 */
export function checkItem(form: ItemForm, lang: Lang): { problems: Problems<keyof ItemForm>; values: ItemValues | null } {
  const problems: Problems<keyof ItemForm> = {};
  const code = form.code.trim();
  if (!code) problems.code = { key: 'required' };
  else if (!/^[0-9]{1,2}(\.[0-9]{1,2}){0,2}$/.test(code)) problems.code = { key: 'code' };
  const title = form.title.trim();
  if (title.length < 3 || title.length > 2000) problems.title = { key: 'titleLength' };
  const max = readPoints(form.max, lang);
  if (max === null) problems.max = { key: 'required' };
  else if (max === 'bad') problems.max = { key: 'number' };
  else if (max < 0 || max > 1000) problems.max = { key: 'itemMax' };
  const kind = (form.kind || null) as Enums<'cchc_item_kind'> | null;
  if (kind && code && !code.includes('.')) problems.kind = { key: 'areaScored' };
  let allowed: number[] | null = null;
  if (kind === 'choice') {
    const parts = form.allowed.split(';').map((p) => p.trim()).filter(Boolean);
    const numbers = parts.map((p) => readPoints(p, lang));
    if (parts.length < 2 || parts.length > 20 || numbers.some((n) => n === null || n === 'bad')) {
      problems.allowed = { key: 'allowed' };
    } else {
      allowed = numbers as number[];
      if (allowed.some((n) => n < 0 || (typeof max === 'number' && n > max))) problems.allowed = { key: 'allowedRange' };
    }
  }
  if (form.expected.length > 2000) problems.expected = { key: 'tooLong', params: { max: 2000 } };
  if (Object.keys(problems).length) return { problems, values: null };
  return {
    problems,
    values: {
      code,
      title,
      max_points: max as number,
      kind,
      allowed_values: allowed,
      expected_evidence: form.expected.trim() || null,
      responsible_unit_id: form.unitId || null,
    },
  };
}

export interface SettingsForm {
  name: string;
  decision: string;
  cutOff: string;
  from: string;
  to: string;
  good: string;
  fair: string;
  average: string;
}

export interface SettingsValues {
  name: string;
  decision_doc: string | null;
  cut_off: string;
  self_from: string;
  self_to: string;
  good_min: number;
  fair_min: number;
  average_min: number;
}

const inRange = (d: string) => isIsoDate(d) && d >= '2000-01-01' && d <= '2100-12-31';

/** A set's settings: name 5–300 characters, a decision number like 1520/QĐ-UBND, dates 2000–2100 with the window in order, bands Good > Fair > Average > 0. */
export function checkSettings(form: SettingsForm, lang: Lang): { problems: Problems<keyof SettingsForm>; values: SettingsValues | null } {
  const problems: Problems<keyof SettingsForm> = {};
  const name = form.name.trim();
  if (name.length < 5 || name.length > 300) problems.name = { key: 'nameLength' };
  const decision = form.decision.trim();
  if (decision && (!/^[0-9]+\/[\p{L}\p{N}/-]+$/u.test(decision) || decision.length > 60)) problems.decision = { key: 'decision' };
  for (const f of ['cutOff', 'from', 'to'] as const) {
    if (!form[f]) problems[f] = { key: 'required' };
    else if (!inRange(form[f])) problems[f] = { key: 'dateRange' };
  }
  if (!problems.from && !problems.to && form.to < form.from) problems.to = { key: 'windowOrder' };
  const bands = (['good', 'fair', 'average'] as const).map((f) => {
    const n = readPoints(form[f], lang);
    if (n === null) problems[f] = { key: 'required' };
    else if (n === 'bad') problems[f] = { key: 'number' };
    else if (n <= 0 || n > 9999.99) problems[f] = { key: 'bandRange' };
    return typeof n === 'number' ? n : null;
  });
  const [good = null, fair = null, average = null] = bands;
  if (good !== null && fair !== null && average !== null && !(good > fair && fair > average) && !problems.good && !problems.fair) {
    problems.fair = { key: 'bandOrder' };
  }
  if (Object.keys(problems).length) return { problems, values: null };
  return {
    problems,
    values: {
      name,
      decision_doc: decision || null,
      cut_off: form.cutOff,
      self_from: form.from,
      self_to: form.to,
      good_min: good!,
      fair_min: fair!,
      average_min: average!,
    },
  };
}

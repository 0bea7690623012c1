// CCHC index scoring through the real API, as the demo users: who writes
// what and when, the scoring kinds' bounds, computed criteria, appraisal,
// explanations, publication freezing the results, and who reads what.
import i18next from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../app/i18n/resources';
import { dbErrorMessage } from '../../app/lib/db-errors';
import { startBackend, type Backend, type Client } from './harness';
import { makeCchcSet, recordStatus, scoreVersion, setAssessmentStatus, type CchcFixture } from './cchc-fixtures';

let b: Backend;
let head: Client; // tuphap@ — head of Sở Tư pháp (STP)
let otherHead: Client; // tttt@ — head of another unit
let interior: Client;
let committee: Client;
let admin: Client;
let vt: typeof i18next.t;
let et: typeof i18next.t;

beforeAll(async () => {
  b = await startBackend({ seed: true });
  head = await b.signIn('tuphap@example.vn');
  otherHead = await b.signIn('tttt@example.vn');
  interior = await b.signIn('noivu@example.vn');
  committee = await b.signIn('committee@example.vn');
  admin = await b.signIn('admin@example.vn');
  const v = i18next.createInstance();
  await v.init({ resources: { vi: resources.vi }, lng: 'vi', interpolation: { escapeValue: false } });
  const e = i18next.createInstance();
  await e.init({ resources: { en: resources.en }, lng: 'en', interpolation: { escapeValue: false } });
  vt = v.t;
  et = e.t;
});
afterAll(async () => b?.close());

type Err = { code?: string; hint?: string | null; message: string; details?: string | null } | null;

/** Self-scores one criterion as `c`, sending the next version. */
async function selfScore(c: Client, f: CchcFixture, code: string, patch: Record<string, unknown>) {
  const id = f.scores[code]!;
  return c.from('cchc_scores').update({ ...patch, version: (await scoreVersion(b, id)) + 1 }).eq('id', id).select('id, self_score, self_measure');
}
async function appraise(c: Client, f: CchcFixture, code: string, patch: Record<string, unknown>) {
  return selfScore(c, f, code, patch);
}
function expectRule(error: Err, rule: string) {
  expect(error?.hint, error?.message).toBe(rule);
  // the message exists in both languages
  expect(dbErrorMessage(error, vt)).not.toContain('errors.rules');
  expect(dbErrorMessage(error, et)).not.toContain('errors.rules');
}
async function score(scoreId: string) {
  const [row] = await b.sql<{ self_score: string | null; appraised_score: string | null; self_note: string | null }>(
    'select self_score, appraised_score, self_note from public.cchc_scores where id = $1', scoreId);
  return row!;
}
async function addDocument(c: Client, scoreId: string) {
  return c.from('cchc_evidence').insert({
    score_id: scoreId, assessment_id: '00000000-0000-0000-0000-000000000000', kind: 'document',
    doc_number: '15/BC-STP', doc_date: '2026-10-01', issuer: 'Sở Tư pháp', summary: 'Báo cáo kết quả',
  });
}

describe('self-assessment', () => {
  let f: CchcFixture;
  beforeAll(async () => {
    f = await makeCchcSet(b);
  });

  it('the head of a unit self-scores its own criterion, and the change is kept in history with who did it', async () => {
    const { data, error } = await selfScore(head, f, '1.4', { self_score: 3 });
    expect(error).toBeNull();
    expect(data).toHaveLength(1);
    const events = await b.sql<{ action: string; changes: Record<string, { old: unknown; new: unknown }>; email: string }>(
      `select e.action, e.changes, p.email from public.cchc_events e join public.profiles p on p.id = e.actor_id
        where e.assessment_id = $1 and e.item_id = $2`, f.stp, f.items['1.4']);
    expect(events).toEqual([{ action: 'self_scored', changes: { self_score: { old: null, new: 3 } }, email: 'tuphap@example.vn' }]);
  });

  it('a score equal to the maximum is accepted; the maximum + 0.25 is refused', async () => {
    expect((await selfScore(head, f, '1.4', { self_score: 4 })).error).toBeNull();
    const { error } = await selfScore(head, f, '1.4', { self_score: 4.25 });
    expectRule(error, 'cchc_score_above_max');
    expect(dbErrorMessage(error, vt)).toBe('Điểm của tiêu chí 1.4 vượt điểm tối đa 4.');
    expect(dbErrorMessage(error, et)).toBe('The score of criterion 1.4 is above its maximum of 4.');
    expect((await score(f.scores['1.4']!)).self_score).toBe('4.00');
  });

  it('a negative score is refused', async () => {
    expectRule((await selfScore(head, f, '1.4', { self_score: -0.25 })).error, 'cchc_score_negative');
  });

  it('a fixed-list criterion takes only its values, and yes/no only 0 or the maximum', async () => {
    expect((await selfScore(head, f, '2.1', { self_score: 2.5 })).error).toBeNull();
    const { error } = await selfScore(head, f, '2.1', { self_score: 3 });
    expectRule(error, 'cchc_score_not_allowed');
    expect(dbErrorMessage(error, vt)).toBe('Điểm 3 không thuộc các mức cho phép của tiêu chí 2.1 (0; 2.5; 5).');
    expectRule((await selfScore(head, f, '2.2', { self_score: 1.5 })).error, 'cchc_score_not_allowed');
    expect((await selfScore(head, f, '2.2', { self_score: 3 })).error).toBeNull();
  });

  it('a rate criterion scored by the unit takes the rate and the score follows the bands', async () => {
    const { data, error } = await selfScore(head, f, '2.3', { self_measure: 85 });
    expect(error).toBeNull();
    expect(Number(data![0]!.self_score)).toBe(1); // 80 ≤ 85 < 100: half of 2
    expectRule((await selfScore(head, f, '2.3', { self_score: 2 })).error, 'cchc_rate_needs_measure');
  });

  it('a computed score cannot be overwritten by the unit, but it may add an explanation', async () => {
    expectRule((await selfScore(head, f, '1.1', { self_score: 2 })).error, 'cchc_computed_score');
    const { error } = await selfScore(head, f, '1.1', { self_note: 'Nhiệm vụ 1.3 chậm do chờ ý kiến của Bộ.' });
    expect(error).toBeNull();
    expect((await score(f.scores['1.1']!)).self_note).toBe('Nhiệm vụ 1.3 chậm do chờ ý kiến của Bộ.');
  });

  it('survey points are not self-scored', async () => {
    expectRule((await selfScore(head, f, '3.1', { self_score: 4 })).error, 'cchc_survey_interior');
  });

  it('another unit\'s head and the committee change nothing; Home Affairs cannot self-score a department', async () => {
    for (const c of [otherHead, committee, admin]) {
      const { data } = await selfScore(c, f, '1.4', { self_score: 1 });
      expect(data ?? []).toHaveLength(0);
    }
    expectRule((await selfScore(interior, f, '1.4', { self_score: 1 })).error, 'cchc_self_own_unit');
    expect((await score(f.scores['1.4']!)).self_score).toBe('4.00');
  });

  it('a stale version is refused', async () => {
    const { error } = await head.from('cchc_scores').update({ self_score: 2, version: 1 }).eq('id', f.scores['1.4']!);
    expectRule(error, 'cchc_stale');
  });

  it('the window\'s last day is open; the day after it nothing can be written, nor before it opens', async () => {
    await b.sql(`update public.cchc_assessments set self_to = private.local_date(now()) where id = $1`, f.stp);
    expect((await selfScore(head, f, '1.4', { self_score: 3.5 })).error).toBeNull();
    await b.sql(`update public.cchc_assessments set self_to = private.local_date(now()) - 1 where id = $1`, f.stp);
    const closed = await selfScore(head, f, '1.4', { self_score: 3 });
    expectRule(closed.error, 'cchc_window_closed');
    expectRule((await addDocument(head, f.scores['1.4']!)).error, 'cchc_window_closed');
    expectRule((await head.rpc('cchc_submit', { p_assessment_id: f.stp })).error, 'cchc_window_closed');
    await b.sql(`update public.cchc_assessments set self_from = private.local_date(now()) + 1, self_to = private.local_date(now()) + 9 where id = $1`, f.stp);
    expectRule((await selfScore(head, f, '1.4', { self_score: 3 })).error, 'cchc_window_not_open');
    await b.sql(`update public.cchc_assessments set self_from = private.local_date(now()) - 5, self_to = private.local_date(now()) + 5 where id = $1`, f.stp);
    expect((await score(f.scores['1.4']!)).self_score).toBe('3.50');
  });

  it('evidence can be picked from the unit\'s own task, never from another unit\'s', async () => {
    const [own] = await b.sql<{ id: string }>('select id from public.evidence where task_id = $1', f.tasks.T1);
    const { error } = await head.from('cchc_evidence').insert({
      score_id: f.scores['2.1']!, assessment_id: f.stp, kind: 'task_evidence', task_evidence_id: own!.id,
    });
    expect(error).toBeNull();
    const [foreign] = await b.sql<{ id: string }>(
      `select e.id from public.evidence e join public.tasks t on t.id = e.task_id join public.units u on u.id = t.lead_unit_id
        where u.code <> 'STP' limit 1`);
    const refused = await head.from('cchc_evidence').insert({
      score_id: f.scores['2.1']!, assessment_id: f.stp, kind: 'task_evidence', task_evidence_id: foreign!.id,
    });
    expectRule(refused.error, 'cchc_task_evidence_foreign');
  });

  it('submitting needs every criterion scored, and evidence or an explanation for every point claimed', async () => {
    const missing = await head.rpc('cchc_submit', { p_assessment_id: f.stp });
    expectRule(missing.error, 'cchc_submit_incomplete');
    expect(dbErrorMessage(missing.error, vt)).toBe('Chưa tự chấm điểm các tiêu chí: 4.1.');
    expect((await selfScore(head, f, '4.1', { self_score: 0 })).error).toBeNull();
    const unexplained = await head.rpc('cchc_submit', { p_assessment_id: f.stp });
    expectRule(unexplained.error, 'cchc_submit_needs_evidence');
    expect(dbErrorMessage(unexplained.error, et)).toBe('Criteria 1.4, 2.2, 2.3 have neither evidence nor an explanation.');
    expect((await addDocument(head, f.scores['1.4']!)).error).toBeNull();
    expect((await addDocument(head, f.scores['2.2']!)).error).toBeNull();
    expect((await selfScore(head, f, '2.3', { self_note: 'Chưa có văn bản tổng hợp; số liệu lấy từ sổ theo dõi của Sở.' })).error).toBeNull();
    expect((await otherHead.rpc('cchc_submit', { p_assessment_id: f.stp })).error?.hint).toBe('cchc_self_own_unit');
    const { data, error } = await head.rpc('cchc_submit', { p_assessment_id: f.stp });
    expect(error).toBeNull();
    expect(data).toMatchObject({ status: 'submitted' });
  });

  it('after submitting, the self-assessment is read-only', async () => {
    expectRule((await selfScore(head, f, '1.4', { self_score: 2 })).error, 'cchc_self_submitted');
    expectRule((await addDocument(head, f.scores['1.4']!)).error, 'cchc_self_submitted');
    const { data } = await head.from('cchc_evidence').delete().eq('score_id', f.scores['1.4']!).select('id');
    expect(data ?? []).toHaveLength(0);
  });

  it('the unit cannot move its own status nor forge history', async () => {
    const { error } = await head.from('cchc_assessments').update({ status: 'published', version: 99 }).eq('id', f.stp).select('id');
    expect(error === null || error.code === '42501' || error.hint === 'cchc_assessment_columns').toBe(true);
    const [row] = await b.sql<{ status: string }>('select status from public.cchc_assessments where id = $1', f.stp);
    expect(row!.status).toBe('submitted');
    await head.from('cchc_events').insert({ assessment_id: f.stp, action: 'appraised', changes: { forged: true } });
    expect(await b.sql(`select 1 from public.cchc_events where changes ? 'forged'`)).toHaveLength(0);
  });

  describe('appraisal, explanations and publication', () => {
    it('only Home Affairs appraises, and only once appraisal has started', async () => {
      expectRule((await appraise(interior, f, '1.4', { appraised_score: 3.5 })).error, 'cchc_appraisal_not_open');
      expect((await head.rpc('cchc_start_appraisal', { p_assessment_id: f.stp })).error?.hint).toBe('cchc_interior_only');
      expect((await interior.rpc('cchc_start_appraisal', { p_assessment_id: f.stp })).error).toBeNull();
      expectRule((await appraise(head, f, '1.4', { appraised_score: 3.5 })).error, 'cchc_appraisal_interior_only');
      const { data } = await appraise(committee, f, '1.4', { appraised_score: 3.5 });
      expect(data ?? []).toHaveLength(0);
    });

    it('an appraised score different from the self-score needs a reason; the same score does not', async () => {
      const noReason = await appraise(interior, f, '1.4', { appraised_score: 3 });
      expectRule(noReason.error, 'cchc_appraisal_reason');
      expect((await appraise(interior, f, '1.4', { appraised_score: 3, appraisal_note: 'Thiếu kết luận kiểm tra tại 1 phòng.' })).error).toBeNull();
      expect((await appraise(interior, f, '2.2', { appraised_score: 3 })).error).toBeNull();
      expectRule((await appraise(interior, f, '2.1', { appraised_score: 5.25 })).error, 'cchc_score_above_max');
      const [event] = await b.sql<{ changes: unknown; role: string }>(
        `select changes, actor_role as role from public.cchc_events where assessment_id = $1 and item_id = $2 and action = 'appraised'`,
        f.stp, f.items['1.4']);
      expect(event).toEqual({ changes: { appraised_score: { old: null, new: 3 }, appraisal_note: { old: null, new: 'Thiếu kết luận kiểm tra tại 1 phòng.' } }, role: 'interior' });
    });

    it('Home Affairs may adjust a computed score, with a reason', async () => {
      expectRule((await appraise(interior, f, '1.1', { appraised_score: 1 })).error, 'cchc_appraisal_reason');
      expect((await appraise(interior, f, '1.1', { appraised_score: 0 })).error).toBeNull(); // equals the computed 0
      expect((await appraise(interior, f, '1.1', { appraised_score: 1, appraisal_note: 'Nhiệm vụ 1.3 được gia hạn theo văn bản của Bộ.' })).error).toBeNull();
    });

    it('an explanation request is answered by the unit, once, before its day', async () => {
      const asked = await head.from('cchc_explanations').insert({
        score_id: f.scores['2.1']!, assessment_id: f.stp, question: 'Đề nghị bổ sung danh mục văn bản.', answer_by: '2099-01-01',
      });
      expect(asked.error).not.toBeNull();
      const past = await interior.from('cchc_explanations').insert({
        score_id: f.scores['2.1']!, assessment_id: f.stp, question: 'Đề nghị bổ sung danh mục văn bản.', answer_by: '2020-01-01',
      });
      expectRule(past.error, 'cchc_answer_by_past');
      const { data: request, error } = await interior.from('cchc_explanations').insert({
        score_id: f.scores['2.1']!, assessment_id: f.stp, question: 'Đề nghị bổ sung danh mục văn bản.',
        answer_by: (await b.sql<{ d: string }>(`select (private.local_date(now()))::text as d`))[0]!.d,
      }).select('id').single();
      expect(error).toBeNull();
      const [a] = await b.sql<{ status: string }>('select status from public.cchc_assessments where id = $1', f.stp);
      expect(a!.status).toBe('explanation_requested');
      expectRule((await interior.rpc('cchc_finish_reappraisal', { p_assessment_id: f.stp })).error, 'cchc_explanations_pending');
      const other = await otherHead.from('cchc_explanations').update({ answer: 'Trả lời thay đơn vị khác.' }).eq('id', request!.id).select('id');
      expect(other.data ?? []).toHaveLength(0);
      // more evidence may be added on the criterion being explained, not elsewhere
      expect((await addDocument(head, f.scores['2.1']!)).error).toBeNull();
      expectRule((await addDocument(head, f.scores['1.4']!)).error, 'cchc_self_submitted');
      expect((await head.from('cchc_explanations').update({ answer: 'Đơn vị bổ sung danh mục 6 văn bản đã ban hành.' }).eq('id', request!.id)).error).toBeNull();
      expectRule((await head.from('cchc_explanations').update({ answer: 'Sửa lại câu trả lời.' }).eq('id', request!.id)).error, 'cchc_explanation_answered');
      expect((await interior.rpc('cchc_finish_reappraisal', { p_assessment_id: f.stp })).error).toBeNull();
    });

    it('the answer day\'s end closes the explanation window', async () => {
      const g = await makeCchcSet(b);
      await setAssessmentStatus(b, g.stp, 'appraising');
      const [row] = await b.sql<{ id: string }>(
        `insert into public.cchc_explanations (score_id, question, answer_by) values ($1, 'Đề nghị giải trình thêm.', private.local_date(now()) - 1) returning id`,
        g.scores['1.4']);
      expectRule((await head.from('cchc_explanations').update({ answer: 'Đơn vị giải trình muộn.' }).eq('id', row!.id)).error, 'cchc_explanation_closed');
    });

    it('publication needs every assessment appraised; then it freezes every result', async () => {
      const incomplete = await interior.rpc('cchc_publish_set', { p_set_id: f.setId });
      expectRule(incomplete.error, 'cchc_publish_incomplete');
      expect(dbErrorMessage(incomplete.error, vt)).toBe('Chưa thẩm định xong kết quả của: SKHCN, STP.');
      expect((await interior.rpc('cchc_start_appraisal', { p_assessment_id: f.other })).error?.hint).toBe('cchc_not_submitted');
      await b.sql(`update public.cchc_assessments set self_to = private.local_date(now()) - 1 where id = $1`, f.other);
      expect((await interior.rpc('cchc_start_appraisal', { p_assessment_id: f.other })).error).toBeNull();
      // the other unit never self-scored: Home Affairs scores it, with reasons
      await b.sql(`update public.cchc_scores s set appraised_score = 0 from public.cchc_items i
                    where i.id = s.item_id and s.assessment_id = $1 and i.source is null`, f.other);
      const accepted = await interior.rpc('cchc_accept_self_scores', { p_assessment_id: f.stp });
      expect(accepted.error).toBeNull();
      expect(accepted.data).toBe(3); // 2.3, 4.1 and 2.1
      expect((await appraise(interior, f, '3.1', { appraised_score: 4.25 })).error).toBeNull();
      expect((await head.rpc('cchc_publish_set', { p_set_id: f.setId })).error?.hint).toBe('cchc_interior_only');
      const { data, error } = await interior.rpc('cchc_publish_set', { p_set_id: f.setId });
      expect(error).toBeNull();
      expect(data).toMatchObject({ status: 'published' });

      expectRule((await appraise(interior, f, '1.4', { appraised_score: 4, appraisal_note: 'Sửa sau công bố.' })).error, 'cchc_published');
      expectRule((await interior.from('cchc_explanations').insert({
        score_id: f.scores['1.4']!, assessment_id: f.stp, question: 'Yêu cầu sau công bố.', answer_by: '2099-01-01' })).error, 'cchc_published');
      expectRule((await interior.from('cchc_assessments').update({ self_to: '2099-01-01', version: 99 }).eq('id', f.stp)).error, 'cchc_published');
      expectRule((await interior.from('cchc_items').update({ title: 'Đổi tên sau công bố' }).eq('id', f.items['1.4']!)).error, 'cchc_set_locked');
      expectRule((await interior.from('cchc_sets').update({ name: 'Đổi tên sau công bố' }).eq('id', f.setId)).error, 'cchc_set_locked');
      expectRule((await interior.rpc('cchc_publish_set', { p_set_id: f.setId })).error, 'cchc_published');
    });

    it('the published score sheet and ranking come from the snapshot and do not follow later changes', async () => {
      const before = (await committee.rpc('cchc_scoresheet', { p_assessment_id: f.stp })).data!;
      const ranking = (await committee.rpc('cchc_ranking', { p_set_id: f.setId })).data!;
      // T3 is completed after publication: the published 1.1 and 1.3 stay as they were
      await b.sql(`update public.tasks set status = 'done', completed_on = private.local_date(now()), submitted_at = now() where id = $1`, f.tasks.T3);
      const after = (await committee.rpc('cchc_scoresheet', { p_assessment_id: f.stp })).data!;
      expect(after).toEqual(before);
      expect((await committee.rpc('cchc_ranking', { p_set_id: f.setId })).data).toEqual(ranking);
      const row = (code: string) => after.find((r) => r.code === code)!;
      expect([row('1.1').final_score, row('1.3').final_score, row('1.4').final_score, row('3.1').final_score].map(Number)).toEqual([1, 0.5, 3, 4.25]);
      const stp = ranking.find((r) => r.unit_code === 'STP')!;
      // final: 1 (1.1) + 0 (1.2) - 0.5 (1.3) + 3 (1.4) + 2.5 + 3 + 1 + 4.25 (survey) + 3 (indicator) + 0 (bonus)
      expect(Number(stp.final_total)).toBe(17.25);
      expect(Number(stp.survey_total)).toBe(4.25);
      expect(Number(stp.max_total)).toBe(28);
      expect(stp.band).toBe('average');
      expect(stp.rank).toBe(1);
    });

    it('once published, every member reads every unit\'s results', async () => {
      for (const c of [otherHead, admin]) {
        const { data } = await c.rpc('cchc_scoresheet', { p_assessment_id: f.stp });
        expect((data ?? []).length).toBeGreaterThan(10);
      }
    });
  });
});

describe('computed criteria and points at risk (the hand-worked plan)', () => {
  let f: CchcFixture;
  beforeAll(async () => {
    f = await makeCchcSet(b);
  });

  it('scores done share, on-time share, overdue tasks and the unit\'s indicator from the plan as of the cut-off', async () => {
    const { data, error } = await head.rpc('cchc_scoresheet', { p_assessment_id: f.stp });
    expect(error).toBeNull();
    const row = (code: string) => data!.find((r) => r.code === code)!;
    expect([row('1.1').computed_measure, row('1.1').self_score].map(Number)).toEqual([50, 0]);
    expect([row('1.2').computed_measure, row('1.2').self_score].map(Number)).toEqual([25, 0]);
    expect([row('1.3').computed_measure, row('1.3').self_score].map(Number)).toEqual([1, 0.5]);
    expect(row('1.1').computed_figures).toMatchObject({ total_due: 4, done: 2, on_time: 1, overdue: 1, open_due: 1 });
    // STP's on-time dossier rate this year (1.872/1.880 = 99,57%) reaches the top band
    expect([row('3.2').computed_measure, row('3.2').self_score].map(Number)).toEqual([99.57, 3]);
    // area 1 as self-scored so far: 0 + 0 - 0.5 (1.4 not scored yet)
    expect(Number(row('1').self_score)).toBe(-0.5);
  });

  it('lists the tasks behind a computed score, one page at a time', async () => {
    const { data } = await committee.rpc('cchc_computed_tasks', { p_assessment_id: f.stp, p_item_id: f.items['1.1']!, p_limit: 4 });
    expect(data!.map((t) => [t.ordinal, t.timeliness, t.counts_as_due])).toEqual([
      ['1.1', 'done_on_time', true], ['1.2', 'done_late', true], ['1.3', 'open_overdue', true], ['1.4', 'open_not_due', true],
    ]);
    expect(data![0]!.total_count).toBe(6);
    const next = await committee.rpc('cchc_computed_tasks', { p_assessment_id: f.stp, p_item_id: f.items['1.1']!, p_limit: 4, p_offset: 4 });
    expect(next.data!.map((t) => [t.ordinal, t.counts_as_due])).toEqual([['1.5', false], ['1.6', false]]);
  });

  it('points at risk name the criteria that can still fall and the open tasks to chase', async () => {
    const { data, error } = await head.rpc('cchc_points_at_risk', { p_assessment_id: f.stp });
    expect(error).toBeNull();
    expect(data!.map((r) => [r.code, Number(r.points_at_stake)])).toEqual([['1.1', 2], ['1.3', 1]]);
    const tasks = data![0]!.tasks as Array<{ ordinal: string; timeliness: string }>;
    expect(tasks.map((t) => [t.ordinal, t.timeliness])).toEqual([['1.3', 'open_overdue'], ['1.4', 'open_not_due']]);
    expect(data![0]!.task_count).toBe(2);
    // SKHCN leads no task of the set's plan (nothing to lose there) and has reported no dossier rate: 3.2 is at risk
    const overview = await interior.rpc('cchc_points_at_risk_overview', { p_set_id: f.setId });
    expect(overview.data!.map((r) => [r.unit_code, Number(r.points_at_stake), r.task_count])).toEqual([['SKHCN', 3, 0], ['STP', 3, 2]]);
  });

  it('the score follows the history up to the cut-off, and nothing after it', async () => {
    // T4 reported and confirmed on 20/12 of the fixture's year: done on time
    await recordStatus(b, f.tasks.T4, 'in_progress', 'done', `${f.year}-12-20 16:00+07`, `${f.year}-12-20`);
    const { data } = await head.rpc('cchc_scoresheet', { p_assessment_id: f.stp });
    const row = (code: string) => data!.find((r) => r.code === code)!;
    expect(Number(row('1.1').computed_measure)).toBe(75);
    expect(Number(row('1.2').computed_measure)).toBe(50);
    const risk = (await head.rpc('cchc_points_at_risk', { p_assessment_id: f.stp })).data!;
    expect((risk[0]!.tasks as Array<{ ordinal: string }>).map((t) => t.ordinal)).toEqual(['1.3']);
    // T3 done today, long after the cut-off: the figures as of the cut-off stay
    await b.sql(`update public.tasks set status = 'done', completed_on = private.local_date(now()), submitted_at = now() where id = $1`, f.tasks.T3);
    const again = (await head.rpc('cchc_scoresheet', { p_assessment_id: f.stp })).data!;
    expect(again.find((r) => r.code === '1.3')!.computed_measure).toBe(row('1.3').computed_measure);
    expect(Number(again.find((r) => r.code === '1.1')!.computed_measure)).toBe(75);
  });

  it('a head of unit reads only its own unit\'s results until they are published', async () => {
    expect((await otherHead.rpc('cchc_scoresheet', { p_assessment_id: f.stp })).data).toEqual([]);
    expect((await otherHead.rpc('cchc_points_at_risk', { p_assessment_id: f.stp })).data).toEqual([]);
    const { data } = await otherHead.from('cchc_scores').select('id').eq('assessment_id', f.stp);
    expect(data).toEqual([]);
    expect((await otherHead.rpc('cchc_ranking', { p_set_id: f.setId })).data!.map((r) => r.unit_code)).toEqual(['SKHCN']);
    expect((await committee.rpc('cchc_ranking', { p_set_id: f.setId })).data!.map((r) => r.unit_code).sort()).toEqual(['SKHCN', 'STP']);
    expect((await admin.rpc('cchc_ranking', { p_set_id: f.setId })).data).toEqual([]);
  });
});

describe('the demo\'s published index', () => {
  it('recomputing last year\'s plan-driven scores as of the cut-off agrees with the published snapshot', async () => {
    const rows = await b.sql<{ n: number; mismatched: number }>(
      `with s as (select id from public.cchc_sets where year = extract(year from current_date)::int - 1 and target = 'departments'),
       snap as (
         select a.id as assessment_id, (r ->> 'item_id')::uuid as item_id, (r ->> 'computed_measure')::numeric as measure
         from public.cchc_assessments a cross join lateral jsonb_array_elements(a.snapshot -> 'items') r
         where a.set_id = (select id from s) and r ->> 'source' is not null)
       select count(*)::int as n, count(*) filter (where c.measure is distinct from snap.measure)::int as mismatched
       from snap join private.cchc_computed_for((select id from s)) c using (assessment_id, item_id)`);
    expect(rows[0]!.n).toBe(12 * 4);
    expect(rows[0]!.mismatched).toBe(0);
  });

  it('ranks last year\'s departments in bands and compares this year with last year', async () => {
    const [set] = await b.sql<{ id: string }>(
      `select id from public.cchc_sets where year = extract(year from current_date)::int - 1 and target = 'departments'`);
    const { data } = await head.rpc('cchc_ranking', { p_set_id: set!.id });
    expect(data).toHaveLength(12);
    expect(new Set(data!.map((r) => r.band)).size).toBeGreaterThan(0);
    expect(data!.every((r, i) => i === 0 || Number(r.final_total) <= Number(data![i - 1]!.final_total))).toBe(true);
    const [cur] = await b.sql<{ id: string }>(
      `select a.id from public.cchc_assessments a join public.cchc_sets s on s.id = a.set_id join public.units u on u.id = a.unit_id
        where s.year = extract(year from current_date)::int and s.target = 'departments' and u.code = 'STP'`);
    const areas = (await head.rpc('cchc_area_totals', { p_assessment_id: cur!.id })).data!;
    expect(areas.map((r) => r.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(areas.every((r) => r.last_year_final !== null)).toBe(true);
    const stpLastYear = data!.find((r) => r.unit_code === 'STP')!;
    const thisYear = (await head.rpc('cchc_ranking', { p_set_id: (await b.sql<{ id: string }>(
      `select set_id as id from public.cchc_assessments where id = $1`, cur!.id))[0]!.id })).data!;
    expect(Number(thisYear[0]!.last_year_total)).toBe(Number(stpLastYear.final_total));
  });

  it('lists the province\'s lost points by responsible unit, components included', async () => {
    const [a] = await b.sql<{ id: string }>(
      `select a.id from public.cchc_assessments a join public.cchc_sets s on s.id = a.set_id where s.target = 'province'`);
    const { data, error } = await committee.rpc('cchc_lost_points', { p_assessment_id: a!.id });
    expect(error).toBeNull();
    expect(data!.some((r) => r.code === 'PAPI' && r.responsible_unit_name === 'Sở Nội vụ' && Number(r.lost_vs_max) === 37.35)).toBe(true);
    expect(data!.every((r) => Number(r.lost_vs_max) >= 0)).toBe(true);
    expect(data!.filter((r) => r.code === '6.1')).toHaveLength(1);
  });
});

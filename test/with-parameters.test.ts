import { describe, expect, it } from 'vitest';
import { evaluateEligibility, loadNationalRuleBook, withParameters } from '../src/index.js';

const book = (() => {
  const r = loadNationalRuleBook();
  if (!r.ok) throw new Error('national book failed to load');
  return r.value;
})();
const CS = 'chien-si-thi-dua-co-so';
const TINH = 'chien-si-thi-dua-tinh';

/** CSTĐCS 2021–2024 without CSTĐ tỉnh, everything else met for CSTĐ tỉnh 2024 (Decree 98 regime). */
const fourYears = {
  kind: 'individual',
  id: 'four',
  history: [2021, 2022, 2023, 2024].map((year) => ({ year, awards: [{ awardId: CS }] })),
  initiatives: [{ id: 'sk', kind: 'initiative', year: 2024, recognisedScope: 'ministry-province' }],
  councilVotes: [{ awardId: TINH, year: 2024, members: 10, approvals: 9 }],
};

describe('withParameters: national parameters read another way (titles.md §8a C2, OQ-60)', () => {
  it('Law 06/2022 Art. 22: blocks-of-three refuses a fourth-year run that restart-after-title accepts', async () => {
    const alt = withParameters(book, { 'chienSiThiDuaTinh.cycleReading': 'blocks-of-three' });
    expect(alt.ok).toBe(true);
    if (!alt.ok) return;
    const a = await evaluateEligibility(book, fourYears, { year: 2024, awards: [TINH] });
    const b = await evaluateEligibility(alt.value, fourYears, { year: 2024, awards: [TINH] });
    expect(a.ok && a.value.awards[0]!.verdict).toBe('eligible');
    expect(b.ok && b.value.awards[0]!.verdict).toBe('ineligible');
    expect(alt.value.hash).not.toBe(book.hash);
    expect(b.ok && b.value.ruleBook.hash).toBe(alt.value.hash);
  });
  it('changes the parameter in every regime that declares it and leaves the given book as it was', () => {
    const before = JSON.stringify(book);
    const alt = withParameters(book, { 'bangKhenThuTuong.certificateBasis': 'any' });
    expect(alt.ok).toBe(true);
    if (!alt.ok) return;
    const declaring = alt.value.regimes.filter((r) => r.parameters.some((p) => p.id === 'bangKhenThuTuong.certificateBasis'));
    expect(declaring.map((r) => r.id)).toEqual(['vn-tdkt-2003', 'vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152']);
    for (const r of declaring) expect(r.parameters.find((p) => p.id === 'bangKhenThuTuong.certificateBasis')?.value).toBe('any');
    expect(JSON.stringify(book)).toBe(before);
    expect(Object.isFrozen(alt.value)).toBe(true);
  });
  it('a history setting follows its parameter (Decree 152/2025 Art. 4.4, OQ-64)', () => {
    const alt = withParameters(book, { 'principles.disciplineBarsWholeYear': false });
    expect(alt.ok && alt.value.regimes.find((r) => r.id === 'vn-tdkt-2022-nd152')!.settings.disciplineBarsWholeYear).toBe(false);
    expect(book.regimes.find((r) => r.id === 'vn-tdkt-2022-nd152')!.settings.disciplineBarsWholeYear).toBe(true);
  });
  it('refuses an unknown parameter with a suggestion, a wrong type and a value the fact does not accept', () => {
    const unknown = withParameters(book, { 'chienSiThiDuaTinh.cycleReadin': 'blocks-of-three' });
    expect(!unknown.ok && unknown.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_parameter', 'parameters.chienSiThiDuaTinh.cycleReadin']]);
    const type = withParameters(book, { 'principles.disciplineBarsWholeYear': 'no' });
    expect(!type.ok && type.issues[0]!.code).toBe('parameter_type_mismatch');
    const value = withParameters(book, { 'chienSiThiDuaTinh.cycleReading': 'every-year' });
    expect(!value.ok && value.issues[0]!.code).toBe('parameter_type_mismatch');
    const notObject = withParameters(book, null as never);
    expect(!notObject.ok && notObject.issues[0]!.code).toBe('invalid_option');
  });
});

import { describe, expect, test } from 'vitest';
import { issueMessage } from '../src/explain/issue-message.js';
import { applyOverlay, evaluateEligibility, loadNationalRuleBook, provincesFile, runCase, type LeafNode, type RuleBook } from '../dist/index.js';
import { awardsOf, readAward, regimeForYear, tightenTargets } from '../studio/src/logic/book-view.js';
import { caseFromReport, checkOperation, checkOverlay, readCaseFile, serializeCases } from '../studio/src/logic/check.js';
import { locateJsonPath } from '../studio/src/logic/json-locate.js';
import { addConditionOp, parseList, parseValueLike, restatedLabel, setFactParamOp, setValueOp } from '../studio/src/logic/operations.js';

/** The new label a value change on a labelled leaf must carry (overlay_stale_label otherwise). */
const LBL = { label: { vi: 'Yêu cầu do địa phương quy định', en: 'Requirement set by the province' } };
import { newOverlay, operationId, operationsOf, OVERLAY_SCHEMA_REF, parseOverlayText, serializeOverlay, withField, withOperation, withoutOperation, type ProvinceInfo } from '../studio/src/logic/overlay-draft.js';

// The studio bundles dist/index.js (the package's browser entry); its logic is tested against the same build.
const loaded = loadNationalRuleBook();
if (!loaded.ok) throw new Error('national book does not load');
const national: RuleBook = loaded.value;
const REGIME = 'vn-tdkt-2022-nd152';
const provinces = (provincesFile() as { provinces: ProvinceInfo[] }).provinces;
const nghean = provinces.find((p) => p.key === 'nghe-an')!;
const fresh = () => newOverlay({ province: nghean, regime: REGIME, ruleBook: national, today: '2026-03-15' });
const filled = () => withField(fresh(), ['decision', 'number'], '15/2026/QĐ-UBND');
const ldtt = national.regimes.find((r) => r.id === REGIME)!.rules.find((r) => r.id === 'lao-dong-tien-tien-nd152')!;
const ratingLeaf = (ldtt.root.type === 'group' ? ldtt.root.children : []).find((c) => c.type === 'leaf' && c.fact === 'taskRating') as LeafNode;
const ratingTarget = `${ldtt.id}#${ratingLeaf.name}`;

describe('studio: the overlay draft (docs/overlays.md file format)', () => {
  test('should start a new overlay for any of the 34 provinces that applies once a decision number is given', () => {
    expect(provinces).toHaveLength(34);
    for (const p of provinces) {
      const o = newOverlay({ province: p, regime: REGIME, ruleBook: national, today: '2026-03-15' });
      const before = checkOverlay(national, o);
      expect(before.ok).toBe(false); // no decision number: the provenance would be empty
      if (!before.ok) expect(before.issues.map((i) => i.path.slice(1).join('.'))).toContain('decision.number');
      expect(checkOverlay(national, withField(o, ['decision', 'number'], '1/2026/QĐ-UBND')).ok, p.key).toBe(true);
    }
    expect(fresh()['effective']).toEqual({ from: '2026-01-01' });
    expect((fresh()['decision'] as { signer: object }).signer).toEqual({ vi: 'Ủy ban nhân dân tỉnh Nghệ An', en: "Nghệ An Provincial People's Committee" });
    const hcm = provinces.find((p) => p.key === 'ho-chi-minh')!;
    expect((newOverlay({ province: hcm, regime: REGIME, ruleBook: national, today: '2026-03-15' })['decision'] as { signer: object }).signer).toEqual({ vi: 'Ủy ban nhân dân Thành phố Hồ Chí Minh', en: "Hồ Chí Minh City People's Committee" });
  });

  test('should copy the decision number into the basis document, and drop an emptied optional field', () => {
    const o = filled();
    expect((o['basis'] as { document: string }).document).toBe('15/2026/QĐ-UBND');
    const own = withField(withField(o, ['basis', 'document'], 'Other/2026'), ['decision', 'number'], '16/2026/QĐ-UBND');
    expect((own['basis'] as { document: string }).document).toBe('Other/2026');
    const withTo = withField(o, ['effective', 'to'], '2030-12-31');
    expect(withTo['effective']).toEqual({ from: '2026-01-01', to: '2030-12-31' });
    expect(withField(withTo, ['effective', 'to'], '')['effective']).toEqual({ from: '2026-01-01' });
    expect(o).not.toBe(withTo);
    expect((o['effective'] as object)).toEqual({ from: '2026-01-01' }); // input not mutated
  });

  test('should add, replace and remove operations by id, with unique derived ids', () => {
    let o = filled();
    const a = setValueOp(o, ratingTarget, ['excellent'], LBL);
    expect(a['id']).toBe(`set-${ratingLeaf.name}`);
    o = withOperation(o, a);
    expect(operationId(o, 'set', ratingTarget)).toBe(`set-${ratingLeaf.name}-2`);
    o = withOperation(o, { ...a, note: { vi: 'x', en: 'x' } });
    expect(operationsOf(o)).toHaveLength(1);
    expect(operationsOf(o)[0]!['note']).toEqual({ vi: 'x', en: 'x' });
    expect(operationsOf(withoutOperation(o, String(a['id'])))).toEqual([]);
  });

  test('should serialise with $schema first and read back the same object; bad text is reported, not thrown', () => {
    const o = withOperation(filled(), setValueOp(filled(), ratingTarget, ['excellent'], LBL));
    const { $schema: _drop, ...noSchema } = o;
    const text = serializeOverlay(noSchema);
    expect(text.startsWith(`{\n  "$schema": "${OVERLAY_SCHEMA_REF}",`)).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    const back = parseOverlayText(text);
    expect(back.ok && back.overlay).toEqual(o);
    expect(parseOverlayText('{"province": ').ok).toBe(false);
    expect(parseOverlayText('[1]')).toMatchObject({ ok: false, error: 'not-object' });
  });
});

describe('studio: building operations from the form', () => {
  test('should type values like the value they replace', () => {
    expect(parseValueLike('2', '1')).toBe('2');
    expect(parseValueLike(' 0.9 ', '0.8')).toBe('0.9');
    expect(parseValueLike('không', true)).toBe(false);
    expect(parseValueLike('maybe', true)).toBeUndefined();
    expect(parseValueLike('excellent, good, excellent', ['good'])).toEqual(['excellent', 'good']);
    expect(parseValueLike('2', 3)).toBe(2);
    expect(parseValueLike('2.5', 3)).toBeUndefined();
    expect(parseValueLike('', '1')).toBeUndefined();
    expect(parseList(' a, ,b ')).toEqual(['a', 'b']);
  });

  test('should build set, fact-param set and add operations the library accepts', () => {
    const o = filled();
    const ops = [
      setValueOp(o, ratingTarget, ['excellent'], { clause: '2', noteVi: 'Chỉ xuất sắc', ...LBL }),
      setFactParamOp(o, 'chien-si-thi-dua-tinh-nd152#provincial-initiative', 'years', 2, LBL),
      addConditionOp(o, `${ldtt.id}#root`, { name: 'law-abiding', fact: 'isLawAbiding', operator: 'equal', value: 'true', labelVi: 'Chấp hành pháp luật' }).op!,
    ];
    expect(ops[0]).toMatchObject({ op: 'set', basis: { document: '15/2026/QĐ-UBND', article: '1', clause: '2' }, note: { vi: 'Chỉ xuất sắc' } });
    expect(ops[2]!['condition']).toEqual({ name: 'law-abiding', label: { vi: 'Chấp hành pháp luật', en: 'Chấp hành pháp luật' }, fact: 'isLawAbiding', operator: 'equal', value: true });
    const r = applyOverlay(national, { ...o, operations: ops });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([]);
    expect(addConditionOp(o, `${ldtt.id}#root`, { name: 'x', fact: 'isLawAbiding', operator: 'equal', value: 'true', params: '{bad' }).error).toBe('params');
  });
});

describe('studio: the guardrail on the spot (Art. 24.1 Law 06/2022/QH15 for LĐTT)', () => {
  test('should accept narrowing the LĐTT task ratings and refuse widening them, citing the article', () => {
    const o = fresh(); // no decision number yet: the check still runs
    const narrowed = (ratingLeaf.value as string[]).slice(1);
    expect(checkOperation(national, o, setValueOp(o, ratingTarget, narrowed, LBL))).toEqual({ status: 'accepted' });
    const widened = checkOperation(national, o, setValueOp(o, ratingTarget, [...(ratingLeaf.value as string[]), 'completed'], LBL));
    expect(widened.status).toBe('refused');
    if (widened.status === 'refused') {
      expect(widened.issues.map((i) => i.code)).toEqual(['overlay_loosens_statute']);
      expect(issueMessage(widened.issues[0]!, 'vi')).toContain(`Điều ${ratingLeaf.citation.article} Luật ${ratingLeaf.citation.document}`);
    }
    expect(checkOperation(national, o, setValueOp(o, `${ldtt.id}#no-such-node`, ['excellent'])).status).toBe('invalid');
  });

  test('should report only the new operation, not the issues of operations already in the overlay', () => {
    const o = withOperation(filled(), { id: 'broken', op: 'set', target: `${ldtt.id}#nope`, value: 'x' });
    const c = checkOperation(national, o, setValueOp(o, ratingTarget, ['excellent'], LBL));
    expect(c.status).toBe('invalid'); // the overlay as a whole does not apply …
    if (c.status === 'invalid') expect(c.issues.every((i) => i.path.includes(0))).toBe(true); // … because of operation 0
  });
});

describe('studio: reading the book and saving test cases', () => {
  test('should list the awards of a regime and read LĐTT with its parameters', () => {
    const awards = awardsOf(national, REGIME);
    expect(awards.map((a) => a.awardId)).toContain('lao-dong-tien-tien');
    expect(awards.every((a) => a.rules.every((r) => r.kind === 'award' && r.awardId === a.awardId))).toBe(true);
    const [reading] = readAward(national, REGIME, 'lao-dong-tien-tien', 'vi');
    expect(reading!.citation).toBe('khoản 1 Điều 24 Luật 06/2022/QH15');
    const cstdTinh = readAward(national, REGIME, 'chien-si-thi-dua-tinh', 'en');
    expect(cstdTinh.flatMap((r) => r.parameters.map((p) => p.id))).toContain('chienSiThiDuaTinh.achievementWindowYears');
    expect(regimeForYear(national, 2024)).toBe('vn-tdkt-2022-nd98');
  });

  test('should offer only actionable targets, with the parameters the award reads', () => {
    const targets = tightenTargets(national, REGIME, 'chien-si-thi-dua-tinh');
    expect(targets.every((t) => t.actions.length > 0)).toBe(true);
    expect(targets.map((t) => t.target)).toContain('param:chienSiThiDuaTinh.achievementWindowYears');
    expect(targets.some((t) => t.kind === 'group' && (t.node as { op: string }).op === 'any' && t.statutory)).toBe(false);
  });

  test('should save a case that passes under the overlay and fails once the overlay is undone', async () => {
    const o = withOperation(filled(), setValueOp(filled(), ratingTarget, ['excellent'], LBL));
    const local = checkOverlay(national, o);
    if (!local.ok) throw new Error('overlay refused');
    const subject = { kind: 'individual', id: 'na-01', history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true }] };
    const report = await evaluateEligibility(local.book, subject, { year: 2026, awards: ['lao-dong-tien-tien'] });
    if (!report.ok) throw new Error('evaluation failed');
    const c = caseFromReport(report.value, subject, { name: 'Nghệ An: tốt không đủ LĐTT', province: 'nghe-an', checks: { document: '15/2026/QĐ-UBND', article: '1' } });
    const file = readCaseFile('studio.json', JSON.parse(serializeCases([c])));
    expect(file.issues).toEqual([]);
    expect((await runCase(local.book, file.cases[0]!)).passed).toBe(true);
    const nationally = await runCase(national, file.cases[0]!);
    expect(nationally.passed).toBe(false);
    expect(nationally.mismatches.join(' ')).toContain('lao-dong-tien-tien');
  });
});

describe('studio: locating an issue in the raw JSON', () => {
  const text = serializeOverlay(withOperation(fresh(), setValueOp(fresh(), ratingTarget, ['excellent'], LBL)));
  test('should point at the value of a path, at the key of an object or array, and at the parent of a missing key', () => {
    const num = locateJsonPath(text, ['decision', 'number'])!;
    expect(text.slice(num.from, num.to)).toBe('""');
    const value = locateJsonPath(text, ['operations', 0, 'value'])!;
    expect(text.slice(value.from, value.to)).toBe('"value"');
    const id = locateJsonPath(text, ['operations', 0, 'id'])!;
    expect(text.slice(id.from, id.to)).toBe(`"set-${ratingLeaf.name}"`);
    const missing = locateJsonPath(text, ['decision', 'title'])!;
    expect(text.slice(missing.from, missing.to)).toBe('"decision"');
    expect(locateJsonPath('{"a": ', ['a'])).toBeUndefined();
  });
});

describe('studio: labels that cannot go stale (docs/overlays.md#labels)', () => {
  test('restatedLabel keeps the national wording and states the new value, and does not stack', () => {
    const l = restatedLabel({ vi: 'Hoàn thành tốt nhiệm vụ trở lên', en: 'Good or better' }, { vi: 'xuất sắc', en: 'excellent' });
    expect(l).toEqual({ vi: 'Hoàn thành tốt nhiệm vụ trở lên — địa phương quy định: xuất sắc', en: 'Good or better — as set by the province: excellent' });
    expect(restatedLabel(l, { vi: 'tốt', en: 'good' }).vi).toBe('Hoàn thành tốt nhiệm vụ trở lên — địa phương quy định: tốt');
  });
});

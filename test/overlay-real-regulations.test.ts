import { issueMessage } from '../src/index.js';
import { describe, expect, test } from 'vitest';
import { applyOverlay, applyOverlays, evaluateEligibility, loadRuleBook, renderExplanation, type Issue, type RuleBook } from '../src/index.js';
import { canonicalJson } from '../src/_internal/canonical-json.js';
import { deepFreeze, editableRuleFiles, nationalBook, readJson } from './support/factories.js';

// Issue 20 (first half): a jurisdiction layer for ministries and sectors, overlay-declared facts
// and parameters, stable ids across regimes, and the four real regulations of
// shared/domain/regulations.md (R1 Lào Cai QĐ 14/2024, R2 Bắc Ninh QĐ 86/2025, R3 TT 22/2023/TT-BCT,
// R4 TT 01/2024/TT-UBDT) as shipped overlays.

const national = nationalBook();
const shipped = (path: string): Record<string, unknown> => readJson(`rules/${path}/overlay.json`) as Record<string, unknown>;
const LAO_CAI = shipped('provinces/lao-cai');
const BAC_NINH = shipped('provinces/bac-ninh');
const BCT = shipped('agencies/bo-cong-thuong');
const UBDT = shipped('agencies/uy-ban-dan-toc');

function applied(overlay: unknown, book: RuleBook = national): RuleBook {
  const r = applyOverlay(book, deepFreeze(structuredClone(overlay)));
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}
function issuesOf(overlay: unknown, book: RuleBook = national): readonly Issue[] {
  const r = applyOverlay(book, deepFreeze(structuredClone(overlay)));
  if (r.ok) throw new Error('expected the overlay to be refused');
  return r.issues;
}
const brief = (is: readonly Issue[]) => is.map((i) => ({ code: i.code, path: i.path, params: i.params }));
const rule = (b: RuleBook, id: string) => b.regimes.flatMap((r) => r.rules).find((r) => r.id === id)!;
const names = (n: { name: string; children?: readonly unknown[] }): string[] => [n.name, ...((n.children ?? []) as { name: string }[]).flatMap((c) => names(c as never))];

/** A minimal agency overlay (Ministry of Industry and Trade, nd98) with the given operations. */
function agencyOverlay(operations: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    agency: 'bo-cong-thuong',
    layer: 'agency',
    title: { vi: 'Văn bản thử nghiệm', en: 'Test overlay' },
    illustrative: true,
    marker: 'UNCONFIRMED',
    decision: { number: 'T-01/2024/TT-BCT', date: '2023-12-01', signer: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' } },
    basis: { document: 'T-01/2024/TT-BCT', article: '1' },
    effective: { from: '2024-01-01', to: '2024-12-31' },
    appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd98'] },
    operations,
    ...overrides,
  };
}
const AFILE = 'agencies/bo-cong-thuong/overlay.json';

describe('jurisdiction layer: ministries, sectors and central agencies (rules/agencies.json)', () => {
  test('an agency overlay records agency:<key> and the ministry by name in provenance and the report header', async () => {
    const b = applied(BCT);
    expect(b.overlays!.map((o) => [o.source, o.agency, o.province, o.layer, o.jurisdiction])).toEqual([
      ['agency:bo-cong-thuong', 'bo-cong-thuong', undefined, 'agency', { kind: 'agency', key: 'bo-cong-thuong', name: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' } }],
    ]);
    const node = rule(b, 'co-thi-dua-tinh-nd98').root;
    const added = (node.type === 'group' ? node.children : []).find((c) => c.name === 'holds-ttldxs')!;
    expect(added.provenance).toMatchObject({ source: 'agency:bo-cong-thuong', agency: 'bo-cong-thuong', jurisdiction: { kind: 'agency', key: 'bo-cong-thuong' } });
    expect(added.provenance!.province).toBeUndefined();
    const subject = { kind: 'collective', id: 'u', history: [{ year: 2024, taskRating: 'good' }] };
    const r = await evaluateEligibility(b, subject, { year: 2024, awards: ['co-thi-dua-tinh'] });
    expect(r.ok && r.value.ruleBook.overlays).toEqual([
      { agency: 'bo-cong-thuong', jurisdiction: { kind: 'agency', key: 'bo-cong-thuong', name: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' } }, decision: { number: '22/2023/TT-BCT', date: '2023-11-14', signer: { vi: 'Bộ Công Thương', en: 'Ministry of Industry and Trade' } }, illustrative: false },
    ]);
    expect(r.ok && renderExplanation(r.value, { lang: 'vi' }).split('\n')[3]).toBe('Văn bản của bộ, ngành áp dụng: Thông tư 22/2023/TT-BCT ngày 14/11/2023 của Bộ Công Thương');
  });

  test('an alias resolves to the register key; a typo gets suggestions', () => {
    const b = applied(agencyOverlay([], { agency: 'bct', facts: [{ id: 'x', type: 'boolean', label: { vi: 'x', en: 'x' }, subjects: ['collective'], perYear: true }] }));
    expect(b.overlays![0]!.source).toBe('agency:bo-cong-thuong');
    expect(brief(issuesOf(agencyOverlay([], { agency: 'bo-cong-thuongg' })))).toEqual([
      { code: 'unknown_agency', path: ['agencies/bo-cong-thuongg/overlay.json', 'agency'], params: { agency: 'bo-cong-thuongg', suggestions: ['bo-cong-thuong'] } },
    ]);
  });

  test('the layer names its key field: an agency layer needs "agency", a province layer "province"', () => {
    const is = issuesOf(agencyOverlay([], { province: 'lao-cai' }));
    expect(brief(is)).toEqual([{ code: 'overlay_jurisdiction', path: [AFILE, 'province'], params: { layer: 'agency', expected: 'agency' } }]);
    expect(issueMessage(is[0]!, 'vi')).toBe('Văn bản cấp «agency» phải ghi mã bộ, ngành trong trường «agency» (và không ghi «province»).');
    const { agency: _a, ...noKey } = agencyOverlay([], { layer: 'province' });
    expect(brief(issuesOf(noKey))).toEqual([{ code: 'overlay_jurisdiction', path: ['provinces/unknown/overlay.json', 'province'], params: { layer: 'province', expected: 'province' } }]);
  });

  test('an agency overlay must begin while the agency exists; one that outlives it needs a successor', () => {
    // Ủy ban Dân tộc ceased on 28 Feb 2025 (succeeded by Bộ Dân tộc và Tôn giáo)
    expect(brief(issuesOf(agencyOverlay([], { agency: 'uy-ban-dan-toc', effective: { from: '2025-03-01', to: '2025-06-30' } })))).toEqual([
      { code: 'agency_not_in_existence', path: ['agencies/uy-ban-dan-toc/overlay.json', 'agency'], params: { agency: 'uy-ban-dan-toc', to: '2025-02-28', received: '2025-03-01', suggestions: ['bo-dan-toc-va-ton-giao'] } },
    ]);
    expect(brief(issuesOf(agencyOverlay([], { agency: 'bo-dan-toc-va-ton-giao' })))[0]).toMatchObject({ code: 'agency_not_in_existence', params: { agency: 'bo-dan-toc-va-ton-giao', from: '2025-03-01' } });
    expect(applied(UBDT).overlays![0]!.jurisdiction).toEqual({ kind: 'agency', key: 'uy-ban-dan-toc', name: { vi: 'Ủy ban Dân tộc', en: 'Committee for Ethnic Minority Affairs' }, successor: 'bo-dan-toc-va-ton-giao' });
  });

  test('a province overlay and an agency overlay do not stack (a subject belongs to one jurisdiction)', () => {
    const r = applyOverlays(national, [BCT, LAO_CAI]);
    expect(!r.ok && brief(r.issues)).toEqual([{ code: 'overlay_order', path: ['provinces/lao-cai/overlay.json', 'layer'], params: { reason: 'jurisdiction', source: 'province:lao-cai', previous: 'agency:bo-cong-thuong' } }]);
  });
});

describe('overlay-declared facts and parameters', () => {
  const fact = { id: 'hasNewModel', type: 'boolean', label: { vi: 'có mô hình mới', en: 'has a new model' }, subjects: ['collective'], perYear: true };
  const addTo = (target: string, condition: unknown) => ({ id: 'add-it', op: 'add', target, condition });
  const leaf = (f: string, extra: Record<string, unknown> = {}) => ({ name: 'new-model', fact: f, operator: 'equal', value: true, ...extra });

  test('a declared fact becomes a typed leaf labelled with its declaration; the rule book records the declaration', () => {
    const b = applied(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', leaf('hasNewModel'))], { facts: [fact] }));
    const node = rule(b, 'co-thi-dua-tinh-nd98').root;
    const added = (node.type === 'group' ? node.children : []).find((c) => c.name === 'new-model')!;
    expect(added).toMatchObject({ type: 'leaf', fact: 'declaredBoolean', params: { id: 'hasNewModel', perYear: true, labelVi: 'có mô hình mới', labelEn: 'has a new model' }, label: fact.label, statutory: false });
    expect(b.overlays![0]!.facts).toEqual([fact]);
  });

  test('an unknown fact, a clash with the catalogue, a carrier named directly and a wrong subject fail at load', () => {
    expect(brief(issuesOf(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', leaf('hasNewModle'))], { facts: [fact] })))[0]).toMatchObject({
      code: 'unknown_fact',
      path: [AFILE, 'operations', 0, 'condition', 'fact'],
      params: { fact: 'hasNewModle', suggestions: expect.arrayContaining(['hasNewModel']) },
    });
    expect(brief(issuesOf(agencyOverlay([], { facts: [{ ...fact, id: 'taskRating' }] })))).toEqual([
      { code: 'overlay_declaration_conflict', path: [AFILE, 'facts', 0, 'id'], params: { kind: 'fact', id: 'taskRating' } },
    ]);
    expect(brief(issuesOf(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', leaf('declaredBoolean', { params: { id: 'x', perYear: true, labelVi: 'x', labelEn: 'x' } }))], { facts: [fact] })))).toEqual([
      { code: 'overlay_declaration_invalid', path: [AFILE, 'operations', 0, 'condition', 'fact'], params: { reason: 'carrier', id: 'declaredBoolean' } },
    ]);
    // a collective fact in the Advanced Worker rule (individuals)
    expect(brief(issuesOf(agencyOverlay([addTo('lao-dong-tien-tien-nd98#root', leaf('hasNewModel'))], { facts: [fact] })))).toEqual([
      { code: 'overlay_declaration_invalid', path: [AFILE, 'operations', 0], params: { reason: 'subject', id: 'hasNewModel', expected: ['collective'], received: 'individual' } },
    ]);
  });

  test('enum declarations list their values and conditions use only those; operators must fit the declared type', () => {
    const kind = { id: 'unitType', type: 'enum', label: { vi: 'loại đơn vị', en: 'unit type' }, subjects: ['collective'], perYear: false };
    expect(brief(issuesOf(agencyOverlay([], { facts: [kind] })))).toEqual([{ code: 'overlay_declaration_invalid', path: [AFILE, 'facts', 0, 'type'], params: { reason: 'enum-values-required', id: 'unitType' } }]);
    const withValues = { ...kind, enumValues: ['plant', 'office'] };
    expect(brief(issuesOf(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', { name: 'is-plant', fact: 'unitType', operator: 'equal', value: 'factory' })], { facts: [withValues] })))).toEqual([
      { code: 'overlay_declaration_invalid', path: [AFILE, 'operations', 0, 'condition', 'value'], params: { reason: 'enum-value', id: 'unitType', received: 'factory', expected: ['plant', 'office'] } },
    ]);
    expect(brief(issuesOf(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', { name: 'n', fact: 'hasNewModel', operator: 'decimalGte', value: '1' })], { facts: [fact] })))[0]!.code).toBe('operator_fact_mismatch');
  });

  test('declared parameters are added to the regimes, read by the overlay nodes, and checked like national ones', () => {
    const param = { id: 'bct.minShare', type: 'decimal', value: '0.8', description: { vi: 'ngưỡng', en: 'threshold' }, marker: 'PROBABLE' };
    const share = { id: 'presentShare', type: 'fraction', label: { vi: 'tỷ lệ dự họp', en: 'attendance' }, subjects: ['collective'], perYear: true };
    const b = applied(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', { name: 'attendance', fact: 'presentShare', operator: 'decimalGte', value: { param: 'bct.minShare' } })], { facts: [share], parameters: [param] }));
    const p = b.regimes.find((r) => r.id === 'vn-tdkt-2022-nd98')!.parameters.find((x) => x.id === 'bct.minShare')!;
    expect(p).toMatchObject({ value: '0.8', provenance: { source: 'agency:bo-cong-thuong', op: 'add', operationId: 'parameters:bct.minShare' } });
    expect(brief(issuesOf(agencyOverlay([], { parameters: [{ ...param, value: 0.8 }] })))).toEqual([
      { code: 'overlay_declaration_invalid', path: [AFILE, 'parameters', 0, 'value'], params: { reason: 'parameter-value', id: 'bct.minShare', type: 'decimal' } },
    ]);
    expect(brief(issuesOf(agencyOverlay([], { parameters: [{ ...param, id: 'coThiDuaTinh.partyOrgMinRatings' }] })))).toEqual([
      { code: 'overlay_declaration_conflict', path: [AFILE, 'parameters', 0, 'id'], params: { kind: 'parameter', id: 'coThiDuaTinh.partyOrgMinRatings', regime: 'vn-tdkt-2022-nd98' } },
    ]);
    // an undeclared parameter in an overlay node is the loader's unknown_parameter
    expect(brief(issuesOf(agencyOverlay([addTo('co-thi-dua-tinh-nd98#root', { name: 'attendance', fact: 'presentShare', operator: 'decimalGte', value: { param: 'bct.minShar' } })], { facts: [share], parameters: [param] })))[0]).toMatchObject({
      code: 'unknown_parameter',
      params: { parameter: 'bct.minShar', suggestions: ['bct.minShare'] },
    });
  });

  test('sources name operations or declarations that exist', () => {
    const src = { id: 'M9', article: '6', quote: '…', operations: ['no-such-op'] };
    expect(brief(issuesOf(agencyOverlay([], { sources: [src], facts: [fact] })))[0]).toMatchObject({ code: 'invalid_value', path: [AFILE, 'sources', 0, 'operations', 0], params: { received: 'no-such-op' } });
  });
});

describe('subjects: extraFacts checked against the overlays in use', () => {
  const laoCai = applied(LAO_CAI);
  const person = (extra: unknown, at: 'year' | 'subject' = 'year') => ({
    kind: 'individual',
    id: 'p',
    ...(at === 'subject' ? { extraFacts: extra } : {}),
    history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true, hasGoodMorals: true, isActiveLearner: true, ...(at === 'year' ? { extraFacts: extra } : {}) }],
  });

  test('a wrongly typed value is a typed input error naming the field; an undeclared key gets suggestions', async () => {
    const r = await evaluateEligibility(laoCai, deepFreeze(person({ administrativelySanctioned: 'no', activeInResidenceAreas: true })), { year: 2026 });
    expect(!r.ok && brief(r.issues)).toEqual([
      { code: 'unknown_extra_fact', path: ['subject', 'history', 0, 'extraFacts', 'activeInResidenceAreas'], params: { fact: 'activeInResidenceAreas', where: 'year', suggestions: ['activeInResidenceArea'] } },
      { code: 'extra_fact_type_mismatch', path: ['subject', 'history', 0, 'extraFacts', 'administrativelySanctioned'], params: { fact: 'administrativelySanctioned', type: 'boolean' } },
    ]);
    expect(!r.ok && issueMessage(r.issues[1]!, 'vi')).toBe('Giá trị của «extraFacts.administrativelySanctioned» phải là giá trị có/không (trong JSON: «true» hoặc «false»).');
    // a per-year fact given at subject level, and any extra fact without an overlay that declares it
    const top = await evaluateEligibility(laoCai, person({ administrativelySanctioned: false }, 'subject'), { year: 2026 });
    expect(!top.ok && top.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['unknown_extra_fact', 'subject.extraFacts.administrativelySanctioned']]);
    const bare = await evaluateEligibility(national, person({ administrativelySanctioned: false }), { year: 2026 });
    expect(!bare.ok && bare.issues.map((i) => i.code)).toEqual(['unknown_extra_fact']);
  });

  test('a missing value leaves the leaf undetermined and the explanation names the input field to fill', async () => {
    const subject = deepFreeze(person({ administrativelySanctioned: false }));
    const before = canonicalJson(subject);
    const r = await evaluateEligibility(laoCai, subject, { year: 2026, awards: ['lao-dong-tien-tien'] });
    expect(r.ok && r.value.awards[0]!.verdict).toBe('undetermined');
    expect(r.ok && renderExplanation(r.value, { lang: 'vi' })).toContain('cần điền history[năm 2026].extraFacts.activeInResidenceArea (nhiệt tình, sôi nổi trong các hoạt động của tập thể, các tổ chức đoàn thể nơi cư trú)');
    expect(r.ok && renderExplanation(r.value, { lang: 'en' })).toContain('fill in history[year 2026].extraFacts.activeInResidenceArea');
    expect(canonicalJson(subject)).toBe(before);
    const done = await evaluateEligibility(laoCai, person({ administrativelySanctioned: false, activeInResidenceArea: true }), { year: 2026, awards: ['lao-dong-tien-tien'] });
    expect(done.ok && done.value.awards[0]!.verdict).toBe('eligible');
  });
});

describe('stable ids across regimes (rules/national/stable-ids.json)', () => {
  test('one operation on a stable id applies to every regime it is in force for, across 1 Jul 2025', () => {
    const b = applied(LAO_CAI);
    for (const id of ['lao-dong-tien-tien-nd98', 'lao-dong-tien-tien-nd152']) {
      expect(names(rule(b, id).root as never), id).toEqual(expect.arrayContaining(['law-abiding', 'good-morals', 'residence-area-activities', 'active-learner', 'no-administrative-sanction']));
    }
    expect(rule(b, 'lao-dong-tien-tien-nd98').effective).toEqual({ from: '2024-07-15', to: '2025-06-30' });
    expect(rule(b, 'lao-dong-tien-tien-nd98-national-until-20240714').effective).toEqual({ from: '2024-01-01', to: '2024-07-14' });
    expect(rule(b, 'lao-dong-tien-tien-nd152').effective).toEqual({ from: '2025-07-01' });
  });

  test('a stable id applies only where the overlay is in force; an undeclared node gets the declared ones as suggestions', () => {
    const op = { id: 'x', op: 'add', target: 'lao-dong-tien-tien#root', condition: { name: 'active-learner', fact: 'isActiveLearner', operator: 'equal', value: true } };
    const only98 = applied(agencyOverlay([op], { effective: { from: '2024-01-01', to: '2025-12-31' } }));
    expect(names(rule(only98, 'lao-dong-tien-tien-nd98').root as never)).toContain('active-learner');
    expect(names(rule(only98, 'lao-dong-tien-tien-nd152').root as never)).not.toContain('active-learner');
    expect(brief(issuesOf(agencyOverlay([{ ...op, target: 'lao-dong-tien-tien#task-rating-goood' }])))).toEqual([
      { code: 'overlay_target_missing', path: [AFILE, 'operations', 0, 'target'], params: { operation: 'x', target: 'lao-dong-tien-tien#task-rating-goood', suggestions: ['lao-dong-tien-tien#task-rating-good'] } },
    ]);
  });

  test('the loader refuses a stable id claimed for a regime whose rule lacks the node', () => {
    const files = editableRuleFiles();
    const sid = files['national/stable-ids.json'] as { stableIds: { id: string; nodes: Record<string, unknown> }[] };
    sid.stableIds.find((x) => x.id === 'lao-dong-tien-tien')!.nodes['law-abiding'] = 'all';
    const r = loadRuleBook(files);
    expect(!r.ok && brief(r.issues)).toEqual([
      {
        code: 'stable_id_missing',
        path: ['national/stable-ids.json', 'stableIds', expect.any(Number), 'nodes', 'law-abiding'],
        params: { stableId: 'lao-dong-tien-tien#law-abiding', regime: 'vn-tdkt-2022-nd152', rule: 'lao-dong-tien-tien-nd152', node: 'law-abiding', suggestions: expect.any(Array) },
      },
      {
        code: 'stable_id_missing',
        path: ['national/stable-ids.json', 'stableIds', expect.any(Number), 'nodes', 'law-abiding'],
        params: { stableId: 'lao-dong-tien-tien#law-abiding', regime: 'vn-tdkt-2022-nd98', rule: 'lao-dong-tien-tien-nd98', node: 'law-abiding', suggestions: expect.any(Array) },
      },
    ]);
  });

  test('the national books may not name a carrier of overlay-declared facts', () => {
    const files = editableRuleFiles();
    const f = files['national/vn-tdkt-2022-nd152/rules/lao-dong-tien-tien.json'] as { rules: { facts: string[]; conditions: { all: unknown[] } }[] };
    f.rules[0]!.facts.push('declaredBoolean');
    f.rules[0]!.conditions.all.push({ name: 'sneaky', fact: 'declaredBoolean', params: { id: 'x', perYear: true, labelVi: 'x', labelEn: 'x' }, operator: 'equal', value: true });
    const r = loadRuleBook(files);
    expect(!r.ok && r.issues.map((i) => [i.code, (i.params as Record<string, unknown>)['reason']])).toEqual([['overlay_declaration_invalid', 'carrier']]);
  });
});

describe('mergers and date order', () => {
  test('a former province key may span its merger: Lào Cai QĐ 14/2024 from 15 Jul 2024, Yên Bái into Lào Cai', () => {
    expect(applied(LAO_CAI).overlays![0]!.jurisdiction).toEqual({ kind: 'province', key: 'lao-cai', name: { vi: 'tỉnh Lào Cai', en: 'Lào Cai province' }, successor: 'lao-cai' });
    const yenBai = applied({ ...LAO_CAI, province: 'yen-bai', facts: [], operations: [{ id: 'x', op: 'add', target: 'lao-dong-tien-tien#root', condition: { name: 'active-learner', fact: 'isActiveLearner', operator: 'equal', value: true } }], sources: [] });
    expect(yenBai.overlays![0]!.jurisdiction).toEqual({ kind: 'province', key: 'yen-bai', name: { vi: 'tỉnh Yên Bái', en: 'Yên Bái province' }, successor: 'lao-cai' });
    // a former key that begins after the merger is still refused
    expect(brief(issuesOf({ ...LAO_CAI, province: 'yen-bai', effective: { from: '2025-07-01' } }))[0]).toMatchObject({ code: 'unknown_province', params: { province: 'yen-bai', mergedInto: 'lao-cai' } });
  });

  test('two overlays of one jurisdiction compose in date order; the later one governs from its date', async () => {
    const later = {
      ...LAO_CAI,
      decision: { number: 'T-09/2026/QĐ-UBND', date: '2025-12-20', signer: { vi: 'Ủy ban nhân dân tỉnh Lào Cai', en: "Lào Cai Provincial People's Committee" } },
      effective: { from: '2026-01-01' },
      appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd152'] },
      facts: [],
      sources: [],
      operations: [{ id: 'excellent-only', op: 'set', target: 'lao-dong-tien-tien#task-rating-good', value: ['excellent'], label: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellent task completion' } }],
    };
    const r = applyOverlays(national, [LAO_CAI, later]);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const subject = { kind: 'individual', id: 'p', history: [2025, 2026].map((year) => ({ year, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true, hasGoodMorals: true, isActiveLearner: true, extraFacts: { activeInResidenceArea: true, administrativelySanctioned: false } })) };
    const y2025 = await evaluateEligibility(r.value, subject, { year: 2025, awards: ['lao-dong-tien-tien'] });
    const y2026 = await evaluateEligibility(r.value, subject, { year: 2026, awards: ['lao-dong-tien-tien'] });
    expect([y2025.ok && y2025.value.awards[0]!.verdict, y2026.ok && y2026.value.awards[0]!.verdict]).toEqual(['eligible', 'ineligible']);
    expect(y2026.ok && y2026.value.awards[0]!.failing.map((f) => f.name)).toEqual(['task-rating-good']);
    const reversed = applyOverlays(national, [later, LAO_CAI]);
    expect(!reversed.ok && brief(reversed.issues)).toEqual([
      { code: 'overlay_order', path: ['provinces/lao-cai/overlay.json', 'effective', 'from'], params: { reason: 'date', source: 'province:lao-cai', from: '2024-07-15', previousFrom: '2026-01-01' } },
    ]);
  });
});

describe('the four real regulations (shared/domain/regulations.md)', () => {
  test('each names its real decision, is not illustrative and quotes the articles it encodes', () => {
    for (const [o, number] of [
      [LAO_CAI, '14/2024/QĐ-UBND'],
      [BAC_NINH, '86/2025/QĐ-UBND'],
      [BCT, '22/2023/TT-BCT'],
      [UBDT, '01/2024/TT-UBDT'],
    ] as const) {
      expect((o['decision'] as { number: string }).number).toBe(number);
      expect(o['illustrative']).toBe(false);
      expect((o['sources'] as unknown[]).length).toBeGreaterThan(0);
    }
    const ids = [LAO_CAI, BAC_NINH, BCT, UBDT].flatMap((o) => (o['sources'] as { id: string }[]).map((s) => s.id)).sort();
    expect(ids).toEqual(['B1', 'B2', 'B3', 'B4', 'B5', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'M1', 'M2', 'M3', 'M4', 'M5', 'U1', 'U2', 'U3', 'U4']);
  });

  test('the stricter rules make nationally eligible subjects fail, with the regulation on the node (R1–R4)', async () => {
    const cases: [Record<string, unknown>, unknown, number, string, string][] = [
      [LAO_CAI, { kind: 'individual', id: 'a', history: [{ year: 2024, taskRating: 'good', hasGoodConduct: true, extraFacts: { activeInResidenceArea: true, administrativelySanctioned: true } }] }, 2024, 'lao-dong-tien-tien', '14/2024/QĐ-UBND'],
      [BAC_NINH, { kind: 'collective', id: 'b', history: [{ year: 2026, ledCluster: { clusterId: 'k', organiser: 'province' }, hasExceededTargets: true, isExemplary: true, hasSolidarity: true, partyOrgRating: 'good', massOrgRating: 'good', isAntiCorruptionOk: true, extraFacts: { councilAttendanceShare: '9/10' } }], councilVotes: [{ awardId: 'co-thi-dua-tinh', year: 2026, members: 10, approvals: 8 }] }, 2026, 'co-thi-dua-tinh', '86/2025/QĐ-UBND'],
      [BCT, { kind: 'collective', id: 'c', collectiveKind: 'agency', history: [{ year: 2024, ledCluster: { clusterId: 'k', organiser: 'province' }, hasExceededTargets: true, isExemplary: true, hasSolidarity: true, partyOrgRating: 'good', massOrgRating: 'good', isAntiCorruptionOk: true, extraFacts: { hasNewFactorOrModel: true }, awards: [{ awardId: 'tap-the-lao-dong-xuat-sac' }] }], councilVotes: [{ awardId: 'co-thi-dua-tinh', year: 2024, members: 10, approvals: 9 }] }, 2024, 'co-thi-dua-tinh', '22/2023/TT-BCT'],
      [UBDT, { kind: 'individual', id: 'd', history: [{ year: 2024, taskRating: 'good', hasGoodConduct: true, extraFacts: { monthsAtFormerUnit: 7, hasFormerUnitOpinion: false } }] }, 2024, 'lao-dong-tien-tien', '01/2024/TT-UBDT'],
    ];
    for (const [o, subject, year, award, number] of cases) {
      const { extraFacts: _drop, ...nationalYear } = (subject as { history: Record<string, unknown>[] }).history[0]!;
      const nationally = await evaluateEligibility(national, { ...(subject as object), history: [nationalYear] }, { year, awards: [award] });
      expect(nationally.ok && nationally.value.awards[0]!.verdict, `${number} national`).toBe('eligible');
      const local = await evaluateEligibility(applied(o), subject, { year, awards: [award] });
      expect(local.ok && local.value.awards[0]!.verdict, number).toBe('ineligible');
      // every failing criterion is one the regulation put there or changed, and carries its decision
      const book = applied(o);
      const nodes = book.regimes.flatMap((r) => r.rules).flatMap((x) => (function all(n: { name: string; provenance?: { decision: { number: string } }; children?: readonly unknown[] }): typeof n[] {
        return [n, ...((n.children ?? []) as (typeof n)[]).flatMap(all)];
      })(x.root as never).map((n) => [x.id, n] as const));
      const failing = local.ok ? local.value.awards[0]!.failing : [];
      expect(failing.length, number).toBeGreaterThan(0);
      expect(failing.some((f) => nodes.find(([rid, n]) => rid === f.ruleId && n.name === f.name)?.[1].provenance?.decision.number === number), number).toBe(true);
    }
  });
});

describe('the shipped regulations under the semantic guardrail (B2, L3, U4)', () => {
  const findNode = (n: { name: string; children?: readonly unknown[] }, name: string): Record<string, unknown> | undefined =>
    n.name === name ? (n as Record<string, unknown>) : ((n.children ?? []) as { name: string }[]).map((c) => findNode(c, name)).find(Boolean);
  const withOps = (o: Record<string, unknown>, map: (ops: Record<string, unknown>[]) => unknown[]) => ({ ...structuredClone(o), operations: map(structuredClone(o['operations']) as Record<string, unknown>[]) });
  const verdictOf = async (book: RuleBook, subject: unknown, year: number, award: string) => {
    const r = await evaluateEligibility(book, subject, { year, awards: [award] });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value.awards[0]!.verdict;
  };
  const flagYear = (over: Record<string, unknown>) => ({
    kind: 'collective',
    id: 'bn',
    history: [{ year: 2026, hasExceededTargets: true, isExemplary: true, hasSolidarity: true, partyOrgRating: 'excellent', massOrgRating: 'excellent', isAntiCorruptionOk: true, extraFacts: { councilAttendanceShare: '9/10' }, ...over }],
    councilVotes: [{ awardId: 'co-thi-dua-tinh', year: 2026, members: 10, approvals: 8 }],
  });
  const nationalOnly = (s: ReturnType<typeof flagYear>) => ({ ...s, history: s.history.map(({ extraFacts: _x, ...h }) => h) });

  test('B2: Bắc Ninh removes the thematic-movement route; a thematic leader eligible nationally fails, a bloc leader passes', async () => {
    const book = applied(BAC_NINH);
    const routes = findNode(rule(book, 'co-thi-dua-tinh-nd152').root as never, 'routes')!;
    expect((routes['children'] as { name: string }[]).map((c) => c.name)).toEqual(['route-cluster-leader']);
    expect(routes).toMatchObject({ statutory: true, provenance: { op: 'remove', operationId: 'b2-cluster-leaders-only', decision: { number: '86/2025/QĐ-UBND' } } });
    const thematic = flagYear({ ledMovements: [{ movementId: 'pt', launchedBy: 'province', kind: 'thematic', durationYears: 3, review: 'final' }] });
    expect(await verdictOf(national, nationalOnly(thematic), 2026, 'co-thi-dua-tinh')).toBe('eligible');
    expect(await verdictOf(book, thematic, 2026, 'co-thi-dua-tinh')).toBe('ineligible');
    expect(await verdictOf(book, flagYear({ ledCluster: { clusterId: 'k', organiser: 'province' } }), 2026, 'co-thi-dua-tinh')).toBe('eligible');
  });

  test('B2 loosening variants of the shipped file are refused: removing a required conjunct, or replacing the any-of by a weaker one', () => {
    const dropConjunct = withOps(BAC_NINH, (ops) => [...ops, { id: 'b2-no-solidarity', op: 'remove', target: 'co-thi-dua-tinh-nd152#solidarity' }]);
    expect(brief(issuesOf(dropConjunct))).toEqual([
      {
        code: 'overlay_loosens_statute',
        path: ['provinces/bac-ninh/overlay.json', 'operations', (BAC_NINH['operations'] as unknown[]).length, 'target'],
        params: { operation: 'b2-no-solidarity', target: 'co-thi-dua-tinh-nd152#solidarity', problem: 'remove-statutory', document: '06/2022/QH15', article: '26', clause: '1' },
      },
    ]);
    const weaker = withOps(BAC_NINH, (ops) =>
      ops.map((o) =>
        o['id'] === 'b2-cluster-leaders-only'
          ? { id: 'b2-cluster-leaders-only', op: 'replace', target: 'co-thi-dua-tinh-nd152#routes', condition: { name: 'routes-leader-only', any: [{ name: 'leads-a-cluster', fact: 'ledClusterOrganiser', operator: 'in', value: ['ministry', 'province'] }] } }
          : o,
      ),
    );
    expect(issuesOf(weaker).map((i) => [i.code, (i.params as Record<string, unknown>)['operation']])).toEqual([['overlay_not_implied', 'b2-cluster-leaders-only']]);
  });

  test('L3: Lào Cai replaces good-conduct by good conduct AND active learning, proved by implication, in both regimes', async () => {
    const book = applied(LAO_CAI);
    for (const id of ['lao-dong-tien-tien-nd98', 'lao-dong-tien-tien-nd152']) {
      const node = findNode(rule(book, id).root as never, 'conduct-and-learning')!;
      expect(node, id).toMatchObject({ statutory: true, provenance: { op: 'replace', operationId: 'l3-conduct-and-learning', implies: 'good-conduct' } });
      expect((node['children'] as { name: string }[]).map((c) => c.name)).toEqual(['good-conduct', 'active-learner']);
    }
    const worker = (learns: boolean) => ({ kind: 'individual', id: 'w', history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true, hasGoodMorals: true, isActiveLearner: learns, extraFacts: { activeInResidenceArea: true, administrativelySanctioned: false } }] });
    expect(await verdictOf(national, { ...worker(false), history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true }] }, 2026, 'lao-dong-tien-tien')).toBe('eligible');
    expect(await verdictOf(book, worker(false), 2026, 'lao-dong-tien-tien')).toBe('ineligible');
    expect(await verdictOf(book, worker(true), 2026, 'lao-dong-tien-tien')).toBe('eligible');
  });

  test('L3: a replacement that drops good-conduct is refused (overlay_not_implied)', () => {
    const dropped = withOps(LAO_CAI, (ops) =>
      ops.map((o) => (o['id'] === 'l3-conduct-and-learning' ? { ...o, condition: { name: 'learning-only', all: [(o['condition'] as { all: unknown[] }).all[1]] } } : o)),
    );
    const is = issuesOf(dropped);
    expect(is.map((i) => [i.code, (i.params as Record<string, unknown>)['operation'], (i.params as Record<string, unknown>)['to']])).toEqual([
      ['overlay_not_implied', 'l3-conduct-and-learning', 'good-conduct'],
      ['overlay_not_implied', 'l3-conduct-and-learning', 'good-conduct'],
    ]);
    // once per regime the stable id reaches (Decree 98/2023 and Decree 152/2025)
  });

  test('U4: the ethnic-affairs route is a new alternative of the delegated clause Law 74.6, cited in provenance; outside a delegated clause it is refused', async () => {
    const book = applied(UBDT);
    const node = findNode(rule(book, 'bang-khen-tinh-nd98').root as never, 'ethnic-affairs-system-route')!;
    expect(node).toMatchObject({ marker: 'UNCONFIRMED', provenance: { op: 'add', operationId: 'u4-ethnic-affairs-system-route', delegation: { document: '06/2022/QH15', article: '74', clause: '6' } } });
    const src = (UBDT['sources'] as { id: string; quote: string; operations: string[] }[]).find((s) => s.id === 'U4')!;
    expect([src.quote, src.operations]).toEqual(['cá nhân trong hệ thống cơ quan công tác dân tộc…', ['ethnicAffairsSystemStaff', 'ethnicAffairsRouteMet', 'u4-ethnic-affairs-system-route']]);
    const officer = (met: boolean) => ({ kind: 'individual', id: 'o', history: [{ year: 2024, taskRating: 'good', isLawAbiding: true, achievements: [], extraFacts: { ethnicAffairsSystemStaff: true, ethnicAffairsRouteMet: met } }] });
    expect(await verdictOf(national, { kind: 'individual', id: 'o', history: [{ year: 2024, taskRating: 'good', isLawAbiding: true, achievements: [] }] }, 2024, 'bang-khen-tinh')).toBe('ineligible');
    expect(await verdictOf(book, officer(true), 2024, 'bang-khen-tinh')).toBe('eligible');
    expect(await verdictOf(book, officer(false), 2024, 'bang-khen-tinh')).not.toBe('eligible');
    const undelegated = withOps(UBDT, (ops) => ops.map((o) => (o['id'] === 'u4-ethnic-affairs-system-route' ? { ...o, target: 'bang-khen-tinh-nd98#route-d' } : o)));
    expect(issuesOf(undelegated).map((i) => [i.code, (i.params as Record<string, unknown>)['problem']])).toEqual([['overlay_loosens_statute', 'new-alternative']]);
  });
});

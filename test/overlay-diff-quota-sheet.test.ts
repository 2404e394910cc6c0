import { describe, expect, test } from 'vitest';
import { applyOverlay, diffRuleBooks, renderDiff, type RuleBook } from '../src/index.js';
import { deepFreeze, nationalBook, runCli } from './support/factories.js';
import { overlayWith, shippedOverlay } from './support/overlays.js';

// Issue 20: the diff of a rule book shows what an overlay does to quotas and to cluster score
// sheets, not only to awards, parameters, rules and conditions.

const national = nationalBook();
const bacNinhSigner = { vi: 'Ủy ban nhân dân tỉnh Bắc Ninh', en: "Bắc Ninh Provincial People's Committee" };

function applied(overlay: unknown): RuleBook {
  const r = applyOverlay(national, deepFreeze(overlay));
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

describe('diffRuleBooks: quotas and score-sheet operations', () => {
  test('a stricter quota shows as a changed quota with its provenance, and the national remainder (2017–2020) as added', () => {
    const book = applied(
      overlayWith([{ id: 'cap-10', op: 'set', target: 'quota:chien-si-thi-dua-co-so-cap', field: 'maxShare', value: '0.10' }], {
        province: 'bac-ninh',
        decision: { number: 'T-07/2020/QĐ-UBND', date: '2020-12-01', signer: bacNinhSigner },
        effective: { from: '2021-01-01', to: '2023-12-31' },
        appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2003'] },
      }),
    );
    const quotas = diffRuleBooks(national, book).changes.filter((c) => c.kind === 'quota');
    expect(quotas.map((c) => [c.change, c.address, c.regime, c.fields?.map((f) => [f.field, f.before, f.after]), c.provenance?.operationId])).toEqual([
      ['changed', 'quota:chien-si-thi-dua-co-so-cap', 'vn-tdkt-2003', [['maxShare', '0.15', '0.10'], ['years', { from: 2017, to: 2023 }, { from: 2021, to: 2023 }]], 'cap-10'],
      ['added', 'quota:chien-si-thi-dua-co-so-cap-national-until-2020', 'vn-tdkt-2003', undefined, undefined],
    ]);
    const text = renderDiff(diffRuleBooks(national, book), { lang: 'vi' });
    expect(text).toContain('~ tỷ lệ khen thưởng quota:chien-si-thi-dua-co-so-cap [vn-tdkt-2003] (sửa): tỷ lệ tối đa: 0.15 → 0.10; năm thi đua: từ 2017 đến 2023 → từ 2021 đến 2023 — ');
    expect(renderDiff(diffRuleBooks(national, book), { lang: 'en' })).toContain('~ quota quota:chien-si-thi-dua-co-so-cap [vn-tdkt-2003] (changed): maximum share: 0.15 → 0.10; achievement years: 2017 to 2023 → 2021 to 2023 — ');
  });

  test('a quota made a cap shows its mode in words', () => {
    const book = applied(overlayWith([{ id: 'gov-cap', op: 'set', target: 'quota:co-thi-dua-cua-chinh-phu-quota', field: 'mode', value: 'cap' }], { province: 'bac-ninh', decision: { number: 'T-01/2026/QĐ-UBND', date: '2025-12-01', signer: bacNinhSigner } }));
    expect(renderDiff(diffRuleBooks(national, book), { lang: 'vi' })).toContain('(sửa): cách áp dụng: chỉ báo cáo tỷ lệ → giới hạn số được xét; năm thi đua: mọi năm → từ 2026');
  });

  test("Bắc Ninh's deduction on the provincial cluster sheet (B5) shows as an added score-sheet criterion citing the decision", () => {
    const book = applied(shippedOverlay('bac-ninh'));
    const sheet = diffRuleBooks(national, book).changes.filter((c) => c.kind === 'sheet');
    expect(sheet).toEqual([
      expect.objectContaining({
        change: 'added',
        address: 'sheet:bang-diem-cum-khoi-bac-ninh/vi-pham-so-nganh-bao-cao',
        fields: [
          { field: 'kind', before: null, after: 'adjustment' },
          { field: 'title', before: null, after: { vi: 'Vi phạm của thành viên do các sở, ngành báo cáo trước ngày 10/12', en: "Members' violations reported by the departments before 10 December" } },
          { field: 'pointsPerOccurrence', before: null, after: '-1' },
          { field: 'min', before: null, after: '-5' },
          { field: 'max', before: null, after: '0' },
        ],
        provenance: expect.objectContaining({ operationId: 'b5-reported-violations', op: 'add', decision: expect.objectContaining({ number: '86/2025/QĐ-UBND' }) }),
      }),
    ]);
    expect(book.overlays![0]!.sheetOperations!.map((o) => [o.target, o.criterion.id, o.criterion.source.citation?.document])).toEqual([['sheet:bang-diem-cum-khoi-bac-ninh', 'vi-pham-so-nganh-bao-cao', '86/2025/QĐ-UBND']]);
    // an overlay without sheet operations records none, and a book diffed with itself shows none
    expect(applied(shippedOverlay('lao-cai')).overlays![0]!.sheetOperations).toBeUndefined();
    expect(diffRuleBooks(book, book).changes).toEqual([]);
  });

  test('thidua diff --province bac-ninh prints the score-sheet criterion in words', async () => {
    const r = await runCli('diff', '--province', 'bac-ninh', '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      '+ cluster score-sheet criterion sheet:bang-diem-cum-khoi-bac-ninh/vi-pham-so-nganh-bao-cao (added): kind: deduction; title: "Members\' violations reported by the departments before 10 December"; points per occurrence: -1; minimum: -5; maximum: 0 — ',
    );
    expect(r.out).toContain('86/2025/QĐ-UBND');
  });
});

describe('diffRuleBooks: facts an overlay declares (docs/real-regulations.md)', () => {
  test("Lào Cai 14/2024 Art. 9.1.b and 9.1.đ: a rule's facts name the declared fields it reads (extraFacts.<id>), never the carrier", () => {
    const book = applied(shippedOverlay('lao-cai'));
    const rule = diffRuleBooks(national, book).changes.find((c) => c.kind === 'rule' && c.address === 'lao-dong-tien-tien-nd152');
    const facts = rule?.fields?.find((f) => f.field === 'facts');
    expect(facts?.before).toEqual(['hasGoodConduct', 'taskRating']);
    expect(facts?.after).toEqual(['extraFacts.activeInResidenceArea', 'extraFacts.administrativelySanctioned', 'hasGoodConduct', 'hasGoodMorals', 'isActiveLearner', 'isLawAbiding', 'taskRating']);
    expect(renderDiff(diffRuleBooks(national, book), { lang: 'vi' })).not.toContain('declaredBoolean');
  });
});

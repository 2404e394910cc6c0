import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../src/_internal/canonical-json.js';
import { applyOverlay, diffRuleBooks, evaluateEligibility, loadProvinceRuleBook, provinceOverlayKeys, renderDiff, renderExplanation, type LeafFinding, type RuleBook } from '../src/index.js';
import { deepFreeze, nationalBook, shuffled } from './support/factories.js';
import { fixtureOverlay, overlayWith, shippedOverlay } from './support/overlays.js';

const national = nationalBook();
// A fixture (invented, TEST-01): raises the CSTĐCS initiative quota from 1 to 2 and adds a condition to LĐTT.
const hp = fixtureOverlay('hai-phong');

function applied(o: unknown = hp): RuleBook {
  const r = applyOverlay(national, o);
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}
const rule = (b: RuleBook, id: string) => b.regimes.flatMap((r) => r.rules).find((r) => r.id === id)!;

function reorderKeys(v: unknown, seed: number): unknown {
  if (Array.isArray(v)) return v.map((x) => reorderKeys(x, seed));
  if (v === null || typeof v !== 'object') return v;
  return Object.fromEntries(shuffled(Object.entries(v), seed).map(([k, x]) => [k, reorderKeys(x, seed + 1)]));
}

describe('applyOverlay', () => {
  test('should return a new frozen book with a new hash and never mutate the (frozen) national book or overlay', () => {
    const before = canonicalJson(national);
    const frozenOverlay = deepFreeze(structuredClone(hp));
    const b = applied(frozenOverlay);
    expect(canonicalJson(national)).toBe(before);
    expect(Object.isFrozen(national.regimes[0]!.rules[0]!.root)).toBe(true);
    expect(b.hash).not.toBe(national.hash);
    expect(b.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.isFrozen(b)).toBe(true);
    expect(Object.isFrozen(rule(b, 'chien-si-thi-dua-co-so-nd152').root)).toBe(true);
    expect(b.overlays).toEqual([
      {
        source: 'province:hai-phong',
        province: 'hai-phong',
        jurisdiction: { kind: 'province', key: 'hai-phong', name: { vi: 'thành phố Hải Phòng', en: 'Hải Phòng city' } },
        layer: 'province',
        decision: { number: 'TEST-01/2026/QĐ-UBND', date: '2025-12-15', signer: { vi: 'Ủy ban nhân dân thành phố Hải Phòng', en: "Hải Phòng City People's Committee" } },
        effective: { from: '2026-01-01' },
        illustrative: true,
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(national.overlays).toBeUndefined();
  });

  test('should treat an overlay without operations as the identity (same book, same hash)', () => {
    const r = applyOverlay(national, overlayWith([]));
    expect(r.ok && r.value).toBe(national);
    expect(r.ok && r.value.hash).toBe(national.hash);
  });

  test('should be deterministic: same overlay, any key order, same hash', () => {
    const a = applied();
    for (const seed of [1, 2, 3]) expect(applied(reorderKeys(hp, seed)).hash).toBe(a.hash);
  });

  test('should record provenance on the changed leaf and keep the national citation', () => {
    const leaf = rule(applied(), 'chien-si-thi-dua-co-so-nd152').root;
    const found = leaf.type === 'group' ? (leaf.children[1] as { children: readonly unknown[] }).children[1] : undefined;
    expect(found).toMatchObject({
      name: 'grassroots-initiative',
      value: '2',
      path: ['all', 1, 'any', 1],
      citation: { document: '06/2022/QH15', article: '23' },
      statutory: true,
      provenance: {
        source: 'province:hai-phong',
        province: 'hai-phong',
        decision: { number: 'TEST-01/2026/QĐ-UBND', date: '2025-12-15' },
        operationId: 'raise-cstdcs-initiatives',
        op: 'set',
        basis: { document: 'TEST-01/2026/QĐ-UBND', article: '5', clause: '2', issuer: 'UBND thành phố Hải Phòng' },
        changed: { field: 'value', from: '1', to: '2' },
        illustrative: true,
      },
    });
  });

  test('should give added conditions the overlay basis, not-statutory status and provenance (Lào Cai, 14/2024/QĐ-UBND Art. 9.1)', () => {
    const laoCai = applied(shippedOverlay('lao-cai'));
    const root = rule(laoCai, 'lao-dong-tien-tien-nd152').root;
    expect(root.type === 'group' && root.children.map((c) => [c.name, c.statutory, c.path, c.provenance?.operationId ?? null, c.citation.document])).toEqual([
      ['task-rating-good', true, ['all', 0], null, '06/2022/QH15'],
      // L3: the statutory good-conduct replaced by good-conduct AND active learning (proved to imply it: stays statutory)
      ['conduct-and-learning', true, ['all', 1], 'l3-conduct-and-learning', '14/2024/QĐ-UBND'],
      ['law-abiding', false, ['all', 2], 'l1-law-abiding', '14/2024/QĐ-UBND'],
      ['good-morals', false, ['all', 3], 'l1-good-morals', '14/2024/QĐ-UBND'],
      ['residence-area-activities', false, ['all', 4], 'l2-residence-area', '14/2024/QĐ-UBND'],
      ['no-administrative-sanction', false, ['all', 5], 'l5-no-administrative-sanction', '14/2024/QĐ-UBND'],
    ]);
    const l3 = root.type === 'group' ? root.children[1]! : root;
    expect(l3.type === 'group' && l3.children.map((c) => c.name)).toEqual(['good-conduct', 'active-learner']);
    expect(rule(laoCai, 'lao-dong-tien-tien-nd152').facts).toEqual(['declaredBoolean', 'hasGoodConduct', 'hasGoodMorals', 'isActiveLearner', 'isLawAbiding', 'taskRating']);
    expect(rule(national, 'lao-dong-tien-tien-nd152').facts).toEqual(['hasGoodConduct', 'taskRating']);
  });

  test('should apply changes over the overlay period only and keep the national version before it (Lào Cai from 15 Jul 2024)', () => {
    const b = applied(shippedOverlay('lao-cai'));
    const periods = b.regimes
      .filter((r) => r.id === 'vn-tdkt-2022-nd98' || r.id === 'vn-tdkt-2022-nd152')
      .flatMap((r) => r.rules.filter((x) => x.awardId === 'lao-dong-tien-tien' || x.awardId === 'chien-si-thi-dua-co-so'))
      .map((r) => [r.id, r.effective, r.provenance?.source ?? 'national']);
    expect(periods).toEqual([
      ['chien-si-thi-dua-co-so-nd98', { from: '2024-01-01', to: '2025-06-30' }, 'national'],
      ['lao-dong-tien-tien-nd98', { from: '2024-07-15', to: '2025-06-30' }, 'national'],
      ['lao-dong-tien-tien-nd98-national-until-20240714', { from: '2024-01-01', to: '2024-07-14' }, 'national'],
      ['chien-si-thi-dua-co-so-nd152', { from: '2025-07-01' }, 'national'],
      ['lao-dong-tien-tien-nd152', { from: '2025-07-01' }, 'national'],
    ]);
    expect(canonicalJson(rule(b, 'lao-dong-tien-tien-nd98-national-until-20240714').root)).toBe(canonicalJson(rule(national, 'lao-dong-tien-tien-nd98').root));
    expect(canonicalJson(rule(b, 'lao-dong-tien-tien-nd98').root)).not.toBe(canonicalJson(rule(national, 'lao-dong-tien-tien-nd98').root));
    // The fixture (from 1 Jan 2026) splits the nd152 rules it touches the same way.
    const f = applied();
    expect(rule(f, 'chien-si-thi-dua-co-so-nd152-national-until-20251231').effective).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(canonicalJson(rule(f, 'lao-dong-tien-tien-nd152-national-until-20251231').root)).toBe(canonicalJson(rule(national, 'lao-dong-tien-tien-nd152').root));
  });

  test('should carry provenance into findings and explanations (vi and en)', async () => {
    const person = {
      kind: 'individual',
      id: 'nguyen-van-an',
      history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true, awards: [{ awardId: 'lao-dong-tien-tien' }] }],
      initiatives: [{ id: 'sk-1', kind: 'initiative', year: 2026, recognisedScope: 'grassroots' }],
      councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2026, members: 10, approvals: 8 }],
    };
    const r = await evaluateEligibility(applied(), person, { year: 2026, awards: ['chien-si-thi-dua-co-so', 'lao-dong-tien-tien'] });
    if (!r.ok) throw new Error('evaluation failed');
    const cstdcs = r.value.awards.find((a) => a.awardId === 'chien-si-thi-dua-co-so')!;
    expect(cstdcs.verdict).toBe('ineligible');
    const leaf = (cstdcs.rules.find((o) => o.ruleId === 'chien-si-thi-dua-co-so-nd152')!.tree.children[1] as { children: readonly LeafFinding[] }).children[1]!;
    expect([leaf.name, leaf.status, leaf.expected, leaf.provenance?.operationId]).toEqual(['grassroots-initiative', 'fail', '2', 'raise-cstdcs-initiatives']);
    const vi = renderExplanation(r.value, { awards: ['chien-si-thi-dua-co-so'] });
    expect(vi).toContain('Ủy ban nhân dân thành phố Hải Phòng nâng yêu cầu từ 1 lên 2 sáng kiến, theo Quyết định TEST-01/2026/QĐ-UBND (minh họa)');
    const en = renderExplanation(r.value, { lang: 'en', awards: ['lao-dong-tien-tien'] });
    expect(en).toContain("Hải Phòng City People's Committee added this condition, by Decision TEST-01/2026/QĐ-UBND (illustrative)");
  });

  test('should ship loadable overlays for Bắc Ninh and Lào Cai, real decisions only (no illustrative overlay is shipped)', () => {
    expect(provinceOverlayKeys()).toEqual(['bac-ninh', 'lao-cai']);
    for (const k of provinceOverlayKeys()) {
      const b = loadProvinceRuleBook(k);
      expect(b.ok, k).toBe(true);
      expect(b.ok && b.value.overlays?.map((o) => [o.province, o.illustrative]), k).toEqual([[k, false]]);
    }
    const missing = loadProvinceRuleBook('ha-noii');
    expect(!missing.ok && missing.issues.map((i) => [i.code, (i.params as Readonly<Record<string, unknown>>)['suggestions']])).toEqual([['unknown_province', ['ha-noi']]]);
  });
});

describe('diffRuleBooks', () => {
  test('should show exactly the changes of the Hải Phòng overlay', () => {
    const d = diffRuleBooks(national, applied());
    expect(d.changes.map((c) => [c.change, c.kind, c.address, (c.fields ?? []).map((f) => [f.field, f.before, f.after]), c.provenance?.operationId ?? null])).toEqual([
      ['changed', 'rule', 'chien-si-thi-dua-co-so-nd152', [['effective', { from: '2025-07-01' }, { from: '2026-01-01' }]], null],
      ['added', 'rule', 'chien-si-thi-dua-co-so-nd152-national-until-20251231', [], null],
      ['changed', 'rule', 'lao-dong-tien-tien-nd152', [['effective', { from: '2025-07-01' }, { from: '2026-01-01' }], ['facts', ['hasGoodConduct', 'taskRating'], ['hasGoodConduct', 'isLawAbiding', 'taskRating']]], null],
      ['added', 'rule', 'lao-dong-tien-tien-nd152-national-until-20251231', [], null],
      [
        'changed',
        'condition',
        'chien-si-thi-dua-co-so-nd152#grassroots-initiative',
        [
          ['value', '1', '2'],
          ['label', { vi: 'Có sáng kiến được công nhận cấp cơ sở', en: 'An initiative recognised at grassroots level' }, { vi: 'Có 2 sáng kiến được công nhận cấp cơ sở', en: 'Two initiatives recognised at grassroots level' }],
        ],
        'raise-cstdcs-initiatives',
      ],
      ['added', 'condition', 'lao-dong-tien-tien-nd152#law-abiding', [], 'ldtt-law-abiding'],
    ]);
    expect(d.changes.every((c) => c.regime === 'vn-tdkt-2022-nd152')).toBe(true);
    expect(d.from.hash).toBe(national.hash);
  });

  test('should show a parameter change and a province-owned award', () => {
    const d = diffRuleBooks(national, applied(fixtureOverlay('quang-ninh')));
    expect(d.changes.filter((c) => c.kind !== 'rule').map((c) => [c.change, c.kind, c.address])).toEqual([
      ['added', 'award', 'quang-ninh-lao-dong-sang-tao'],
      ['changed', 'parameter', 'param:ballot.cstdTinhMinShare'],
      ['changed', 'condition', 'chien-si-thi-dua-tinh-nd152#council-ballot'],
    ]);
  });

  test('should render a narrowed leaf parameter in readable English (fixture, TEST-03: the initiative window from 3 to 2 years)', () => {
    const d = diffRuleBooks(national, applied(fixtureOverlay('thanh-hoa')));
    expect(renderDiff(d, { lang: 'en' })).toContain(
      '~ condition chien-si-thi-dua-tinh-nd152#provincial-initiative [vn-tdkt-2022-nd152] (changed): params: {"kinds":["initiative"],"minScope":"ministry-province","years":3} → {"kinds":["initiative"],"minScope":"ministry-province","years":2}; label: "Initiative applied effectively and replicable within the ministry/province" → "Initiative applied effectively and replicable within the ministry/province, recognised in the last 2 years" — Thanh Hóa Provincial People\'s Committee lowered the number of years counted from 3 to 2, by Decision TEST-03/2026/QĐ-UBND',
    );
  });

  test('should find no change between a book and itself, and render it', () => {
    const d = diffRuleBooks(national, national);
    expect(d.changes).toEqual([]);
    expect(renderDiff(d, { lang: 'en' })).toContain('No changes.');
  });

  test('should render a readable diff in Vietnamese and English', () => {
    const d = diffRuleBooks(national, applied());
    expect(renderDiff(d)).toContain(
      '~ điều kiện chien-si-thi-dua-co-so-nd152#grassroots-initiative [vn-tdkt-2022-nd152] (sửa): giá trị: 1 → 2; nhãn: «Có sáng kiến được công nhận cấp cơ sở» → «Có 2 sáng kiến được công nhận cấp cơ sở» — Ủy ban nhân dân thành phố Hải Phòng nâng yêu cầu từ 1 lên 2, theo Quyết định TEST-01/2026/QĐ-UBND (minh họa)',
    );
    expect(renderDiff(d, { lang: 'en' })).toContain('+ condition lao-dong-tien-tien-nd152#law-abiding [vn-tdkt-2022-nd152] (added) — Hải Phòng City People\'s Committee added this condition, by Decision TEST-01/2026/QĐ-UBND');
  });
});

import { describe, expect, test } from 'vitest';
import { issueMessage, applyOverlay, applyOverlays, type Issue } from '../src/index.js';
import { deepFreeze, nationalBook } from './support/factories.js';
import { fixtureOverlay, overlayWith, shippedOverlay } from './support/overlays.js';

const national = nationalBook();
const FILE = 'provinces/hai-phong/overlay.json';

function issuesOf(overlay: unknown, book = national): readonly Issue[] {
  const r = applyOverlay(book, deepFreeze(overlay));
  if (r.ok) throw new Error('expected the overlay to be refused');
  return r.issues;
}
const brief = (is: readonly Issue[]) => is.map((i) => ({ code: i.code, path: i.path, params: i.params }));

describe('applyOverlay guardrails: tighten, never loosen', () => {
  test('should refuse lowering a statutory threshold, citing the statutory article', () => {
    const is = issuesOf(overlayWith([{ id: 'lower', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '0' }]));
    expect(brief(is)).toEqual([
      {
        code: 'overlay_loosens_statute',
        path: [FILE, 'operations', 0, 'value'],
        params: { operation: 'lower', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', problem: 'wrong-way', operator: 'decimalGte', from: '1', to: '0', direction: 'lowers', document: '06/2022/QH15', article: '23' },
      },
    ]);
    expect(issueMessage(is[0]!, 'vi')).toContain('căn cứ: Điều 23 Luật 06/2022/QH15');
    expect(issueMessage(is[0]!, 'en')).toContain('(Law 06/2022/QH15 Art. 23)');
  });

  test('should accept raising a statutory threshold and equal values', () => {
    for (const value of ['1', '2', '1.5']) {
      expect(applyOverlay(national, overlayWith([{ id: 'raise', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value, label: { vi: 'Nhãn mới', en: 'New label' } }])).ok, value).toBe(true);
    }
  });

  test('should refuse lowering a ballot share through its parameter, citing the leaf that reads it', () => {
    const is = issuesOf(overlayWith([{ id: 'ballot', op: 'set', target: 'param:ballot.cstdcsMinShare', value: '0.7' }]));
    expect(brief(is)).toEqual([
      {
        code: 'overlay_loosens_statute',
        path: [FILE, 'operations', 0, 'value'],
        params: {
          operation: 'ballot',
          target: 'param:ballot.cstdcsMinShare',
          problem: 'wrong-way',
          node: 'chien-si-thi-dua-co-so-nd152#council-ballot',
          operator: 'decimalGte',
          from: '0.8',
          to: '0.7',
          direction: 'lowers',
          document: '98/2023/NĐ-CP',
          article: '30',
          clause: '7',
        },
      },
    ]);
  });

  test('should refuse widening the initiative window (parameter or leaf param) and accept narrowing it', () => {
    const viaParam = issuesOf(overlayWith([{ id: 'widen', op: 'set', target: 'param:chienSiThiDuaTinh.achievementWindowYears', value: 5 }]));
    expect(viaParam.map((i) => i.code)).toEqual(['overlay_loosens_statute', 'overlay_loosens_statute', 'overlay_loosens_statute']);
    expect(viaParam[0]!.params).toMatchObject({ problem: 'param-easier', node: 'chien-si-thi-dua-tinh-nd152#force-wide-combat-creativity', fact: 'initiativeCount', param: 'years', from: 3, to: 5 });
    expect(issueMessage(viaParam[0]!, 'en')).toContain('chien-si-thi-dua-tinh-nd152#force-wide-combat-creativity: initiativeCount years: 3 → 5 makes the condition easier to meet');
    expect(issueMessage(viaParam[0]!, 'vi')).toContain('đổi tham số «years» của dữ kiện «initiativeCount» từ 3 thành 5 làm điều kiện dễ đạt hơn');
    const viaLeaf = issuesOf(overlayWith([{ id: 'widen', op: 'set', target: 'chien-si-thi-dua-tinh-nd152#provincial-initiative', field: 'params.years', value: 4 }]));
    expect(brief(viaLeaf)[0]).toMatchObject({ code: 'overlay_loosens_statute', params: { article: '22', problem: 'param-easier', fact: 'initiativeCount', param: 'years', from: 3, to: 4 } });
    expect(applyOverlay(national, overlayWith([{ id: 'narrow', op: 'set', target: 'param:chienSiThiDuaTinh.achievementWindowYears', value: 2 }])).ok).toBe(true);
  });

  test('should refuse lowering a consecutive-run threshold', () => {
    const is = issuesOf(overlayWith([{ id: 'run', op: 'set', target: 'chien-si-thi-dua-tinh-nd152#cstdcs-three-consecutive', value: '2' }]));
    expect(brief(is)[0]).toMatchObject({ code: 'overlay_loosens_statute', params: { problem: 'wrong-way', operator: 'decimalGte', from: '3', to: '2', direction: 'lowers', article: '22' } });
  });

  test('should check `in` lists by subset: a wider list is refused, a narrower one accepted', () => {
    const is = issuesOf(overlayWith([{ id: 'wider', op: 'set', target: 'lao-dong-tien-tien-nd152#task-rating-good', value: ['good', 'excellent', 'completed'] }]));
    expect(brief(is)[0]).toMatchObject({ code: 'overlay_loosens_statute', params: { problem: 'not-subset', operator: 'in', from: ['good', 'excellent'], to: ['good', 'excellent', 'completed'] } });
    expect(applyOverlay(national, overlayWith([{ id: 'narrower', op: 'set', target: 'lao-dong-tien-tien-nd152#task-rating-good', value: ['excellent'], label: { vi: 'Nhãn mới', en: 'New label' } }])).ok).toBe(true);
  });

  test('should refuse a new alternative in a statutory any group and accept a new condition in an all group', () => {
    const cond = { name: 'law-abiding', fact: 'isLawAbiding', operator: 'equal', value: true };
    const is = issuesOf(overlayWith([{ id: 'alt', op: 'add', target: 'chien-si-thi-dua-co-so-nd152#second-criterion', condition: cond }]));
    expect(brief(is)).toEqual([
      {
        code: 'overlay_loosens_statute',
        path: [FILE, 'operations', 0, 'target'],
        params: { operation: 'alt', target: 'chien-si-thi-dua-co-so-nd152#second-criterion', problem: 'new-alternative', group: 'chien-si-thi-dua-co-so-nd152#second-criterion', document: '06/2022/QH15', article: '23' },
      },
    ]);
    expect(applyOverlay(national, overlayWith([{ id: 'and', op: 'add', target: 'chien-si-thi-dua-co-so-nd152#root', condition: cond }])).ok).toBe(true);
  });

  test('should refuse removing or replacing a statutory condition or a national rule', () => {
    const cond = { name: 'x', fact: 'isLawAbiding', operator: 'equal', value: true };
    const cases: [unknown, object][] = [
      [{ id: 'rm', op: 'remove', target: 'lao-dong-tien-tien-nd152#good-conduct' }, { problem: 'remove-statutory' }],
      [{ id: 'rm', op: 'remove', target: 'lao-dong-tien-tien-nd152' }, { problem: 'rule-holds-statutory', rule: 'lao-dong-tien-tien-nd152', condition: 'root' }],
      [{ id: 'rp', op: 'replace', target: 'lao-dong-tien-tien-nd152', rule: {} }, { problem: 'replace-statutory' }],
    ];
    for (const [op, detail] of cases) {
      expect(brief(issuesOf(overlayWith([op])))).toEqual([
        { code: 'overlay_loosens_statute', path: [FILE, 'operations', 0, 'target'], params: expect.objectContaining({ ...detail, document: '06/2022/QH15' }) },
      ]);
    }
    // Issue 20: a statutory condition may now be replaced by one proved to imply it; one that reads
    // another fact implies nothing about the old one and is refused with the reason of the failed proof.
    expect(brief(issuesOf(overlayWith([{ id: 'rp', op: 'replace', target: 'lao-dong-tien-tien-nd152#good-conduct', condition: cond }])))).toEqual([
      {
        code: 'overlay_not_implied',
        path: [FILE, 'operations', 0, 'condition'],
        params: { operation: 'rp', target: 'lao-dong-tien-tien-nd152#good-conduct', reason: 'fact-differs', from: 'x', to: 'good-conduct', document: '06/2022/QH15', article: '24', clause: '1' },
      },
    ]);
  });

  test('should let a province change its own conditions and awards freely', () => {
    // No real overlay adds an award of its own yet: a fixture (invented, TEST-02) does.
    const qn = fixtureOverlay('quang-ninh');
    const ops = [
      ...(qn['operations'] as unknown[]),
      { id: 'drop-rating', op: 'remove', target: 'quang-ninh-lao-dong-sang-tao-2026#excellent-rating' },
      { id: 'lower-own', op: 'set', target: 'quang-ninh-lao-dong-sang-tao-2026#two-provincial-initiatives', value: '1', label: { vi: 'Nhãn mới', en: 'New label' } },
    ];
    const r = applyOverlay(national, { ...qn, operations: ops });
    expect(r.ok).toBe(true);
  });

  test('should protect a province condition from a department overlay of the same province (Lào Cai, 14/2024/QĐ-UBND Art. 9.1.a)', () => {
    const province = applyOverlay(national, shippedOverlay('lao-cai'));
    if (!province.ok) throw new Error('fixture');
    const dept = overlayWith([{ id: 'drop', op: 'remove', target: 'lao-dong-tien-tien-nd152#law-abiding' }], { province: 'lao-cai', layer: 'department', unit: 'so-noi-vu' });
    const is = issuesOf(dept, province.value);
    expect(brief(is)).toEqual([
      {
        code: 'overlay_loosens_statute',
        path: ['provinces/lao-cai/overlay.json', 'operations', 0, 'target'],
        params: expect.objectContaining({ problem: 'remove-statutory', document: '14/2024/QĐ-UBND', article: '9', clause: '1', point: 'a' }),
      },
    ]);
  });

  test('should refuse engine settings and rules for state-level national awards', () => {
    expect(brief(issuesOf(overlayWith([{ id: 's', op: 'set', target: 'param:history.meritOnly', value: false }])))[0]).toMatchObject({ code: 'overlay_invalid_operation', path: [FILE, 'operations', 0, 'target'] });
    const rule = {
      id: 'co-thi-dua-chinh-phu-hai-phong', kind: 'award', awardId: 'co-thi-dua-cua-chinh-phu', title: { vi: 'x', en: 'x' }, subject: 'collective',
      citation: { document: 'T-01/2026/QĐ-UBND', article: '1' }, marker: 'UNCONFIRMED', effective: { from: '2026-01-01' }, facts: ['isExemplary'],
      conditions: { name: 'root', all: [{ name: 'ex', fact: 'isExemplary', operator: 'equal', value: true }] }, event: { type: 'eligible' },
    };
    const is = issuesOf(overlayWith([{ id: 'gov-flag', op: 'add', target: 'regime:vn-tdkt-2022-nd152', rule }]));
    expect(brief(is)[0]).toMatchObject({ code: 'overlay_invalid_operation', path: [FILE, 'operations', 0, 'rule', 'awardId'] });
  });
});

describe('applyOverlay typed errors', () => {
  test('should name an unknown id and the closest existing ids', () => {
    const is = issuesOf(overlayWith([{ id: 'typo', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grasroots-initiative', value: '2' }]));
    expect(brief(is)).toEqual([
      {
        code: 'overlay_target_missing',
        path: [FILE, 'operations', 0, 'target'],
        params: { operation: 'typo', target: 'chien-si-thi-dua-co-so-nd152#grasroots-initiative', regime: 'vn-tdkt-2022-nd152', suggestions: ['chien-si-thi-dua-co-so-nd152#grassroots-initiative'] },
      },
    ]);
    expect(issueMessage(is[0]!, 'en')).toBe(
      'Operation "typo": no node "chien-si-thi-dua-co-so-nd152#grasroots-initiative" in regime "vn-tdkt-2022-nd152". Did you mean: chien-si-thi-dua-co-so-nd152#grassroots-initiative?',
    );
  });

  test('should not reach a rule of a regime the overlay does not apply to', () => {
    const is = issuesOf(overlayWith([{ id: 'other', op: 'set', target: 'chien-si-thi-dua-co-so-nd98#grassroots-initiative', value: '2' }]));
    expect(is.map((i) => [i.code, (i.params as Readonly<Record<string, unknown>>)['suggestions']])).toEqual([['overlay_target_missing', ['chien-si-thi-dua-co-so-nd152#grassroots-initiative']]]);
  });

  test('should refuse an overlay for the wrong regime, rule book or version', () => {
    expect(brief(issuesOf(overlayWith([], { appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd125'] } })))).toEqual([
      {
        code: 'overlay_regime_mismatch',
        path: [FILE, 'appliesTo', 'regimes', 0],
        params: { expected: national.regimes.map((r) => r.id).join(', '), received: 'vn-tdkt-2022-nd125', suggestions: ['vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98'] },
      },
    ]);
    expect(issuesOf(overlayWith([], { appliesTo: { ruleBook: 'vn-army', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd152'] } })).map((i) => i.code)).toEqual(['overlay_regime_mismatch']);
    expect(brief(issuesOf(overlayWith([], { appliesTo: { ruleBook: 'vn-national', versions: ['0.2.x', '1.0.0'], regimes: ['vn-tdkt-2022-nd152'] } })))).toEqual([
      { code: 'overlay_version_mismatch', path: [FILE, 'appliesTo', 'versions'], params: { expected: ['0.2.x', '1.0.0'], received: national.version } },
    ]);
    expect(issuesOf(overlayWith([], { effective: { from: '2024-01-01', to: '2024-12-31' } })).map((i) => i.code)).toEqual(['overlay_regime_mismatch']);
  });

  test('should validate the province key against provinces.json, former names included', () => {
    expect(brief(issuesOf(overlayWith([], { province: 'hai-phongg' })))).toEqual([
      { code: 'unknown_province', path: ['provinces/hai-phongg/overlay.json', 'province'], params: { province: 'hai-phongg', suggestions: ['hai-phong'] } },
    ]);
    expect(brief(issuesOf(overlayWith([], { province: 'hai-duong' })))).toEqual([
      { code: 'unknown_province', path: ['provinces/hai-duong/overlay.json', 'province'], params: { province: 'hai-duong', mergedInto: 'hai-phong', until: '2025-06-30', suggestions: ['hai-phong'] } },
    ]);
  });

  test('should reject unknown keys and JSON-number thresholds in the overlay file', () => {
    const is = issuesOf(overlayWith([{ id: 'n', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '2' }], { vlaue: 1 }));
    expect(is.map((i) => [i.code, i.path])).toEqual([['unrecognized_key', [FILE, 'vlaue']]]);
    const num = issuesOf(overlayWith([{ id: 'n', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: 2 }]));
    expect(num.map((i) => [i.code, i.path])).toEqual([['operator_fact_mismatch', [FILE, 'operations', 0, 'value']]]);
  });

  test('should compose only in the declared order (Lào Cai, then a department of Lào Cai)', () => {
    const lc = shippedOverlay('lao-cai');
    const dept = overlayWith([{ id: 'more', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '3', label: { vi: 'Nhãn mới', en: 'New label' } }], { province: 'lao-cai', layer: 'department', unit: 'so-giao-duc' });
    expect(applyOverlays(national, [lc, dept]).ok).toBe(true);
    const deptFirst = applyOverlays(national, [dept, lc]);
    expect(!deptFirst.ok && deptFirst.issues.map((i) => [i.code, i.path])).toEqual([['overlay_composition', ['provinces/lao-cai/overlay.json', 'layer']]]);
    // The same overlay twice (a fixture without declarations, so composition is the only issue).
    const hp = fixtureOverlay('hai-phong');
    const twice = applyOverlays(national, [hp, hp]);
    expect(!twice.ok && twice.issues.map((i) => i.code)).toEqual(['overlay_composition']);
    const twiceReal = applyOverlays(national, [lc, lc]);
    expect(!twiceReal.ok && twiceReal.issues.map((i) => i.code)).toContain('overlay_composition');
  });
});

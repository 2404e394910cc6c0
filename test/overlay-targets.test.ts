import { describe, expect, test } from 'vitest';
import { applyOverlay, describeRule, overlayTargets, renderExplanation, evaluateEligibility, type OverlayTarget } from '../src/index.js';
import { nationalBook, readJson } from './support/factories.js';
import { applySheetOverlay } from '../src/rank/cluster/apply-sheet-overlay.js';
import type { ScoreSheet, SheetNode } from '../src/schema/score-sheet.js';
import { overlayWith } from './support/overlays.js';

const national = nationalBook();
const REGIME = 'vn-tdkt-2022-nd152';
const inForce2026 = new Set(national.regimes.find((r) => r.id === REGIME)!.rules.filter((r) => !r.effective.to || r.effective.to >= '2026-01-01').map((r) => r.id));
const targets = overlayTargets(national, { regime: REGIME }).filter((t) => t.kind === 'parameter' || inForce2026.has(t.ruleId!));
const codes = (t: OverlayTarget, op: Record<string, unknown>): string[] => {
  const r = applyOverlay(national, overlayWith([{ id: 'probe', target: t.target, ...op }]));
  return r.ok ? [] : r.issues.map((i) => i.code);
};
/** A copy of the rule's first leaf under a new name: a condition that fits the rule's subject. */
const probeFor = (ruleId: string): Record<string, unknown> => {
  const leaf = targets.find((t) => t.ruleId === ruleId && t.kind === 'leaf')!.node as { fact: string; operator: string; value: unknown; params?: unknown };
  return { name: 'studio-probe', fact: leaf.fact, operator: leaf.operator, value: leaf.value, ...(leaf.params ? { params: leaf.params } : {}) };
};

describe('overlayTargets: the addresses a province overlay can target (docs/overlays.md)', () => {
  test('should list the Advanced Worker criteria of Art. 24.1 Law 06/2022/QH15 by their overlay address', () => {
    const ldtt = overlayTargets(national, { regime: REGIME, ruleId: 'lao-dong-tien-tien-nd152' });
    const rule = national.regimes.find((r) => r.id === REGIME)!.rules.find((r) => r.id === 'lao-dong-tien-tien-nd152')!;
    const names: string[] = [];
    const walk = (n: typeof rule.root): void => {
      names.push(n.name);
      if (n.type === 'group') n.children.forEach(walk);
    };
    walk(rule.root);
    expect(ldtt.map((t) => t.target)).toEqual(names.map((n) => `lao-dong-tien-tien-nd152#${n}`));
    expect(ldtt.every((t) => t.ruleId === 'lao-dong-tien-tien-nd152' && t.awardId === 'lao-dong-tien-tien')).toBe(true);
    expect(ldtt[0]!.depth).toBe(0);
  });

  test('should be sorted and unique, and every target should exist for applyOverlay (a no-op set is accepted)', () => {
    const ids = targets.map((t) => t.target);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of targets.filter((x) => x.actions.includes('set-value'))) {
      expect(codes(t, { op: 'set', value: (t.node as { value: unknown }).value }), t.target).toEqual([]);
    }
  });

  test('should offer "add" exactly on the groups where applyOverlay accepts an added condition (Art. 23 guardrail: no new alternative in a statutory any group)', () => {
    const groups = targets.filter((t) => t.kind === 'group');
    expect(groups.some((t) => t.actions.includes('add'))).toBe(true);
    expect(groups.some((t) => !t.actions.includes('add'))).toBe(true);
    for (const t of groups) {
      const got = codes(t, { op: 'add', condition: probeFor(t.ruleId!) });
      if (t.actions.includes('add')) expect(got, t.target).toEqual([]);
      else expect(got, t.target).toContain('overlay_loosens_statute');
    }
  });

  test('should offer set-parameter on every parameter but the engine settings, which applyOverlay refuses', () => {
    const params = targets.filter((t) => t.kind === 'parameter');
    expect(params.length).toBeGreaterThan(4);
    for (const t of params) {
      const got = codes(t, { op: 'set', value: t.parameter!.value });
      if (t.actions.includes('set-parameter')) expect(got, t.target).toEqual([]);
      else expect(got, t.target).toEqual(['overlay_invalid_operation']);
    }
  });

  test('should list as settable on a statutory leaf only the fact params whose effect is known', () => {
    for (const t of targets.filter((x) => x.kind === 'leaf' && x.statutory)) {
      for (const p of t.settableParams) expect(Object.keys((t.node as { params?: object }).params ?? {})).toContain(p);
      expect(t.actions.includes('set-param')).toBe(t.settableParams.length > 0);
    }
    expect(targets.find((t) => t.target === 'chien-si-thi-dua-tinh-nd152#provincial-initiative')!.settableParams).toContain('years');
  });
});

describe('describeRule: criteria worded as in the explanations', () => {
  const subject = { kind: 'individual', id: 'dr-01', history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true }] };

  test('should word each leaf of the Advanced Worker rule (Art. 24.1 Law 06/2022/QH15) as renderExplanation does, in vi and en', async () => {
    const rule = national.regimes.find((r) => r.id === REGIME)!.rules.find((r) => r.id === 'lao-dong-tien-tien-nd152')!;
    const report = await evaluateEligibility(national, subject, { year: 2026, awards: ['lao-dong-tien-tien'] });
    if (!report.ok) throw new Error('evaluation failed');
    for (const lang of ['vi', 'en'] as const) {
      const d = describeRule(rule, { lang });
      const text = renderExplanation(report.value, { lang });
      expect(text).toContain(`${d.title} (${d.citation})`);
      for (const l of d.lines.filter((x) => x.kind === 'leaf')) {
        // a yes/no criterion is its label alone ("… — đạt" in the explanation); others state the requirement
        const [label, required] = l.text.includes(': ') ? l.text.split(': ') : [l.text, undefined];
        const row = text.split('\n').find((x) => x.includes(required === undefined ? `${label} — ` : `${label}:`))!;
        expect(row, l.target).toBeDefined();
        if (required !== undefined) expect(row, l.target).toContain(`(${required})`);
        expect(row).toContain(`[${[l.citation, ...l.notes].join('; ')}]`);
      }
    }
    expect(describeRule(rule).citation).toBe('khoản 1 Điều 24 Luật 06/2022/QH15');
  });

  test('should print an overlay change with its provenance (docs/overlays.md#provenance)', () => {
    const o = overlayWith([{ id: 'raise', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '2', label: { vi: 'Có 2 sáng kiến được công nhận ở cơ sở', en: 'Two initiatives recognised at grassroots' } }]);
    const local = applyOverlay(national, o);
    if (!local.ok) throw new Error('overlay refused');
    const rule = local.value.regimes.find((r) => r.id === REGIME)!.rules.find((r) => r.id === 'chien-si-thi-dua-co-so-nd152')!;
    const l = describeRule(rule).lines.find((x) => x.name === 'grassroots-initiative')!;
    expect(l.notes.join(' ')).toContain('T-01/2026/QĐ-UBND');
    expect(l.text).toContain('2');
  });
});

describe('overlayTargets: quota and score-sheet addresses (issue 20: an officer discovers every address)', () => {
  const OLD_KINDS = new Set(['group', 'leaf', 'parameter']);
  const sheetOf = (file: string): ScoreSheet => (readJson(file) as { review: { scoreSheet: ScoreSheet } }).review.scoreSheet;
  const BN_SHEET = sheetOf('examples/data/clusters/khoi-so-nganh-bac-ninh-2025.json');
  const HD_SHEET = sheetOf('examples/data/clusters/khoi-huyen-hai-duong-2024.json');
  /** An overlay that applies to a regime, within its period. */
  const PERIOD: Record<string, { from: string; to?: string }> = { 'vn-tdkt-2003': { from: '2018-01-01', to: '2018-12-31' }, 'vn-tdkt-2022-nd98': { from: '2024-01-01', to: '2024-12-31' }, 'vn-tdkt-2022-nd152': { from: '2026-01-01' } };
  const quotaCodes = (t: OverlayTarget, field: string, value: string): string[] => {
    const r = applyOverlay(national, overlayWith([{ id: 'probe', op: 'set', target: t.target, field, value }], { appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: [t.regime] }, effective: PERIOD[t.regime] }));
    return r.ok ? [] : r.issues.map((i) => i.code);
  };

  test('the new kinds come after the existing entries, whose order is unchanged; a rule filter lists none of them', () => {
    const all = overlayTargets(national, { sheets: [HD_SHEET, BN_SHEET] });
    const firstNew = all.findIndex((t) => !OLD_KINDS.has(t.kind));
    expect(firstNew).toBeGreaterThan(0);
    expect(all.slice(firstNew).every((t) => !OLD_KINDS.has(t.kind))).toBe(true);
    // the same entries in the same order as the rule book alone, regime by regime
    const old = national.regimes.map((r) => r.id).sort().flatMap((regime) => overlayTargets(national, { regime }).filter((t) => OLD_KINDS.has(t.kind)));
    expect(all.slice(0, firstNew)).toEqual(old);
    // quotas by regime then id, then the sheets sorted by id (BN before HD although given after it)
    expect(all.slice(firstNew).map((t) => [t.kind, t.regime, t.target])).toEqual([
      ['quota', 'vn-tdkt-2003', 'quota:chien-si-thi-dua-co-so-cap'],
      ['quota', 'vn-tdkt-2003', 'quota:co-thi-dua-cua-chinh-phu-quota'],
      ['quota', 'vn-tdkt-2022-nd152', 'quota:co-thi-dua-cua-chinh-phu-quota'],
      ['quota', 'vn-tdkt-2022-nd98', 'quota:co-thi-dua-cua-chinh-phu-quota'],
      ...sheetAddresses(BN_SHEET),
      ...sheetAddresses(HD_SHEET),
    ]);
    expect(overlayTargets(national, { ruleId: 'lao-dong-tien-tien-nd152' }).every((t) => OLD_KINDS.has(t.kind))).toBe(true);
    expect(overlayTargets(national, { regime: REGIME }).filter((t) => t.kind === 'quota').map((t) => t.target)).toEqual(['quota:co-thi-dua-cua-chinh-phu-quota']);
    expect(overlayTargets(national).some((t) => t.kind === 'sheet' || t.kind === 'sheet-group')).toBe(false);
  });

  /** The expected sheet addresses, written out from the sheet: the top level, then each group depth first. */
  function sheetAddresses(sheet: ScoreSheet): [string, string, string][] {
    const out: [string, string, string][] = [['sheet', '', `sheet:${sheet.id}`]];
    const go = (n: SheetNode): void => {
      if (n.kind !== 'group') return;
      out.push(['sheet-group', '', `sheet:${sheet.id}#${n.id}`]);
      n.children.forEach(go);
    };
    sheet.criteria.forEach(go);
    return out;
  }

  test('every quota target exists for applyOverlay: a lower share is accepted, a higher one refused; "mode" is offered exactly where cap is accepted', () => {
    const quotas = overlayTargets(national).filter((t) => t.kind === 'quota');
    expect(quotas.length).toBe(4);
    for (const t of quotas) {
      expect(t.actions.includes('set-quota-share'), t.target).toBe(true);
      expect([t.quota?.id, t.awardId, t.citation]).toEqual([t.target.slice('quota:'.length), t.quota?.awardId, t.quota?.citation]);
      expect(quotaCodes(t, 'maxShare', '0.01'), `${t.regime} ${t.target}`).toEqual([]);
      expect(quotaCodes(t, 'maxShare', '0.99'), `${t.regime} ${t.target}`).toEqual(['overlay_loosens_quota']);
      expect(t.actions.includes('set-quota-mode'), `${t.regime} ${t.target}`).toBe(quotaCodes(t, 'mode', 'cap').length === 0 && t.quota?.mode === 'report-only');
    }
    expect(quotas.filter((t) => t.actions.includes('set-quota-mode')).map((t) => t.regime)).toEqual(['vn-tdkt-2022-nd152', 'vn-tdkt-2022-nd98']);
  });

  test('every score-sheet target takes a deduction (applySheetOverlay), and an address not listed is refused', () => {
    const listed = overlayTargets(national, { sheets: [BN_SHEET] }).filter((t) => t.kind === 'sheet' || t.kind === 'sheet-group');
    expect(listed.length).toBeGreaterThan(1);
    const deduction = (target: string, id: string) =>
      overlayWith([{ id: 'probe', op: 'add', target, criterion: { kind: 'adjustment', id, title: { vi: 'Điểm trừ', en: 'Deduction' }, pointsPerOccurrence: '-1', min: '-5', max: '0' } }]);
    for (const t of listed) {
      expect([t.sheetId, t.actions, t.statutory]).toEqual([BN_SHEET.id, ['add-sheet-criterion'], false]);
      expect(t.kind === 'sheet-group' ? t.sheetGroup?.id : undefined).toBe(t.kind === 'sheet-group' ? t.target.split('#')[1] : undefined);
      const r = applySheetOverlay(BN_SHEET, deduction(t.target, 'probe-deduction'), { file: 'x.json' });
      expect(r.ok, t.target).toBe(true);
    }
    const leafId = BN_SHEET.criteria.flatMap((n) => (n.kind === 'group' ? n.children : [n])).find((n) => n.kind !== 'group')!.id;
    const r = applySheetOverlay(BN_SHEET, deduction(`sheet:${BN_SHEET.id}#${leafId}`, 'probe-deduction'), { file: 'x.json' });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['overlay_target_missing']);
  });

  test('a sheet that is not a score sheet is a typed argument error', () => {
    expect(() => overlayTargets(national, { sheets: [{ id: 'x' } as unknown as ScoreSheet] })).toThrow(/options.sheets/);
    expect(() => overlayTargets(national, { sheets: 'x' as unknown as ScoreSheet[] })).toThrow();
  });
});

import { describe, expect, test } from 'vitest';
import { applyOverlay, describeRule, overlayTargets, renderExplanation, evaluateEligibility, type OverlayTarget } from '../src/index.js';
import { nationalBook } from './support/factories.js';
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

import { describe, expect, test } from 'vitest';
import { applyOverlay, evaluateEligibility, loadRuleBook, type ConditionNode, type Issue, type RuleBook } from '../src/index.js';
import { describeProvenance } from '../src/advanced.js';
import { deepFreeze, editableRuleFiles, nationalBook } from './support/factories.js';
import { overlayWith } from './support/overlays.js';

const national = nationalBook();
const FILE = 'provinces/hai-phong/overlay.json';

function rootOf(book: RuleBook, ruleId: string): ConditionNode {
  for (const r of book.regimes) for (const x of r.rules) if (x.id === ruleId) return x.root;
  throw new Error(ruleId);
}
function find(n: ConditionNode, name: string): ConditionNode | undefined {
  if (n.name === name) return n;
  return n.type === 'group' ? n.children.map((c) => find(c, name)).find(Boolean) : undefined;
}
function refused(overlay: unknown): readonly Issue[] {
  const r = applyOverlay(national, deepFreeze(overlay));
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

/** U4-shaped alternative (R4, TT 01/2024/TT-UBDT): an achievement in the sector's own work recognised at unit level. */
const sectorRoute = {
  name: 'ethnic-affairs-route',
  label: { vi: 'Cá nhân trong hệ thống cơ quan công tác dân tộc có thành tích được đơn vị ghi nhận', en: 'Member of the ethnic-affairs system with an achievement recognised by the unit' },
  fact: 'hasAchievement',
  operator: 'equal',
  value: true,
  params: { kinds: ['field'], minScope: 'unit' },
};
const u4 = (layer: Record<string, unknown> = {}) =>
  overlayWith([{ id: 'u4-sector-route', op: 'add', target: 'bang-khen-tinh-nd152#routes', condition: sectorRoute, basis: { document: '01/2024/TT-UBDT', article: '5' } }], layer);

const officer = {
  kind: 'individual',
  id: 'can-bo-dan-toc',
  history: [{ year: 2026, taskRating: 'good', isLawAbiding: true, achievements: [{ kind: 'field', scope: 'unit' }] }],
};

describe('delegated clauses (Law 06/2022 Art. 24.4, 26.3, 27.3, 28.3, 74.6, 75.2)', () => {
  test('the 2022 books mark the delegated groups with their clause; the 2003 book has none', () => {
    const marked = national.regimes.flatMap((r) =>
      r.rules.flatMap((x) => {
        const out: string[] = [];
        const go = (n: ConditionNode): void => {
          if (n.type === 'group') {
            if (n.delegation) out.push(`${x.id}#${n.name} ${n.delegation.citation.article}.${n.delegation.citation.clause ?? ''}`);
            n.children.forEach(go);
          }
        };
        go(x.root);
        return out;
      }),
    );
    expect(marked.filter((m) => m.includes('-nd152'))).toEqual([
      'bang-khen-tinh-nd152#routes 74.6',
      'bang-khen-tinh-nd152-collective#routes 74.6',
      'chien-si-tien-tien-nd152#root 24.4',
      'co-thi-dua-tinh-nd152#routes 26.3',
      'giay-khen-nd152#achievement 75.2',
      'giay-khen-nd152-collective#achievement 75.2',
      'lao-dong-tien-tien-nd152#root 24.4',
      'tap-the-lao-dong-tien-tien-nd152#root 28.3',
      'tap-the-lao-dong-xuat-sac-nd152#root 27.3',
    ]);
    expect(marked.filter((m) => m.includes('-nd98'))).toHaveLength(9);
    expect(marked.filter((m) => !m.includes('-nd98') && !m.includes('-nd152'))).toEqual([]);
  });

  test('U4-shaped: a new alternative in the delegated Bằng khen routes (Art. 74.6) is accepted, cites the delegation, and can make a subject eligible', async () => {
    const r = applyOverlay(national, deepFreeze(u4()));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const added = find(rootOf(r.value, 'bang-khen-tinh-nd152'), 'ethnic-affairs-route')!;
    expect(added).toMatchObject({ statutory: false, provenance: { op: 'add', delegation: { document: '06/2022/QH15', article: '74', clause: '6' }, basis: { document: '01/2024/TT-UBDT' } } });
    expect(describeProvenance('vi', added.provenance!)).toContain('nội dung được giao quy định chi tiết tại khoản 6 Điều 74 Luật 06/2022/QH15');
    expect(describeProvenance('en', added.provenance!)).toContain('a clause delegated by Law 06/2022/QH15 Art. 74.6');
    const before = await evaluateEligibility(national, officer, { year: 2026, awards: ['bang-khen-tinh'] });
    const after = await evaluateEligibility(r.value, officer, { year: 2026, awards: ['bang-khen-tinh'] });
    if (!before.ok || !after.ok) throw new Error('evaluation');
    expect([before.value.awards[0]!.verdict, after.value.awards[0]!.verdict]).toEqual(['ineligible', 'eligible']);
  });

  test('the same alternative is refused from a department overlay (the law delegates to provinces, not their departments)', () => {
    const hp = applyOverlay(national, overlayWith([{ id: 'noop', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '1' }]));
    if (!hp.ok) throw new Error('fixture');
    const r = applyOverlay(hp.value, deepFreeze(u4({ layer: 'department', unit: 'so-noi-vu' })));
    expect(!r.ok && r.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }))).toEqual([
      {
        code: 'overlay_delegation_layer',
        path: [FILE, 'operations', 0, 'target'],
        params: { operation: 'u4-sector-route', target: 'bang-khen-tinh-nd152#routes', layer: 'department', allowed: ['ministry', 'province'], document: '06/2022/QH15', article: '74', clause: '6' },
      },
    ]);
  });

  test('outside a delegated clause a new alternative is still refused (Art. 74.1.d routes are not delegated)', () => {
    const is = refused(overlayWith([{ id: 'alt', op: 'add', target: 'bang-khen-tinh-nd152#route-d', condition: sectorRoute }]));
    expect(is.map((i) => i.code)).toEqual(['overlay_loosens_statute']);
  });

  test('a delegated all-group (LĐTT, Art. 24.4) may be replaced by an any-of that keeps it as one alternative, not by one that drops it', () => {
    const keep = {
      name: 'ldtt-routes',
      any: [
        { name: 'national-route', all: [
          { name: 'task-rating-good', fact: 'taskRating', operator: 'in', value: ['good', 'excellent'] },
          { name: 'good-conduct', fact: 'hasGoodConduct', operator: 'equal', value: true },
        ] },
        { name: 'worker-route', all: [{ name: 'productive-worker', fact: 'isLawAbiding', operator: 'equal', value: true }, { name: 'morals', fact: 'hasGoodMorals', operator: 'equal', value: true }] },
      ],
    };
    const r = applyOverlay(national, deepFreeze(overlayWith([{ id: 'workers', op: 'replace', target: 'lao-dong-tien-tien-nd152#root', condition: keep }])));
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(rootOf(r.value, 'lao-dong-tien-tien-nd152')).toMatchObject({ name: 'ldtt-routes', statutory: true, provenance: { op: 'replace', delegation: { article: '24', clause: '4' } } });
    const drop = { ...keep, any: [keep.any[1]] };
    expect(refused(overlayWith([{ id: 'workers', op: 'replace', target: 'lao-dong-tien-tien-nd152#root', condition: drop }])).map((i) => [i.code, (i.params as Record<string, unknown>)['reason']])).toEqual([
      ['overlay_not_implied', 'alternative-uncovered'],
    ]);
    // weaker, but not a new alternative: dropping the conduct conjunct is refused even in a delegated clause
    const fewer = { name: 'ldtt-fewer', all: [{ name: 'task-rating-good', fact: 'taskRating', operator: 'in', value: ['good', 'excellent'] }] };
    expect(refused(overlayWith([{ id: 'fewer', op: 'replace', target: 'lao-dong-tien-tien-nd152#root', condition: fewer }])).map((i) => [i.code, (i.params as Record<string, unknown>)['reason'], (i.params as Record<string, unknown>)['to']])).toEqual([
      ['overlay_not_implied', 'condition-missing', 'good-conduct'],
    ]);
    // a delegated any group replaced by a flat any-of with every national route plus a new one is accepted
    const flat = {
      name: 'routes-plus',
      any: [
        { name: 'c1', fact: 'hasAchievement', operator: 'equal', value: true, params: { kinds: ['movement'] } },
        { name: 'c2', fact: 'hasAchievement', operator: 'equal', value: true, params: { kinds: ['field', 'irregular', 'many'] } },
        { name: 'c3', fact: 'hasAchievement', operator: 'equal', value: true, params: { kinds: ['contribution'] } },
      ],
    };
    const giayKhen = applyOverlay(national, deepFreeze(overlayWith([{ id: 'flat', op: 'replace', target: 'giay-khen-nd152#achievement', condition: flat }])));
    expect(giayKhen.ok && find(rootOf(giayKhen.value, 'giay-khen-nd152'), 'routes-plus')?.provenance?.delegation).toMatchObject({ article: '75', clause: '2' });
  });

  test('only the national book marks delegated clauses: an overlay condition with "delegation" is refused', () => {
    const cond = { ...sectorRoute, name: 'g', any: undefined };
    const group = { name: 'own-group', delegation: { citation: { document: 'T-01/2026/QĐ-UBND', article: '1', clause: '1' }, to: ['province'], marker: 'UNCONFIRMED' }, any: [{ ...cond, name: 'g1' }] };
    const is = refused(overlayWith([{ id: 'self-delegate', op: 'add', target: 'lao-dong-tien-tien-nd152#root', condition: group }]));
    expect(is.map((i) => ({ code: i.code, path: i.path }))).toEqual([{ code: 'overlay_delegation_declared', path: [FILE, 'operations', 0, 'condition', 'delegation'] }]);
  });

  test('a delegation marker without its clause fails at load (missing_citation)', () => {
    const files = editableRuleFiles();
    const key = 'national/vn-tdkt-2022-nd152/rules/co-thi-dua-tinh.json';
    const file = files[key] as { rules: { conditions: { all: { delegation?: { citation: Record<string, unknown> } }[] } }[] };
    delete file.rules[0]!.conditions.all[0]!.delegation!.citation['clause'];
    const r = loadRuleBook(files);
    expect(!r.ok && r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([['missing_citation', `${key}.rules.0.conditions.all.0.delegation.citation.clause`]]);
  });
});

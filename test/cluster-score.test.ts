import { describe, expect, test } from 'vitest';
import { scoreCluster, type ClusterScores } from '../src/index.js';
import { deepFreeze } from './support/factories.js';
import { NOTE_SOURCE } from './fixtures/clusters/factory.js';

const T = (vi: string, en: string) => ({ vi, en });
const crit = (o: Record<string, unknown>) => ({ title: T('Tiêu chí', 'Criterion'), source: NOTE_SOURCE, ...o });

function sheetWith(criteria: unknown[], maxTotal: string, extra: Record<string, unknown> = {}) {
  return {
    id: 'bang-diem',
    title: T('Bảng điểm', 'Sheet'),
    source: NOTE_SOURCE,
    maxTotal,
    rounding: { places: 2, mode: 'half-up', stage: 'total' },
    finalScoreFrom: ['computed', 'cluster'],
    criteria,
    tieBreaks: [{ kind: 'member-id' }],
    ...extra,
  };
}

function run(sheet: unknown, rows: { id: string; entries: unknown[]; targets?: { criterion: string; target: string }[] }[]): ClusterScores {
  const year = { period: 2024, members: rows.map((r) => ({ id: r.id })), pledges: rows.filter((r) => r.targets).map((r) => ({ member: r.id, targets: r.targets! })) };
  const reports = rows.map((r) => ({ member: r.id, period: 2024, entries: r.entries }));
  const res = scoreCluster(deepFreeze(sheet), deepFreeze(reports), deepFreeze(year));
  if (!res.ok) throw new Error(JSON.stringify(res.issues, null, 1));
  return res.value;
}
const pts = (s: ClusterScores, c: string) => s.members.map((m) => [m.member, m.criteria.find((x) => x.criterion === c)!.points]);

describe('scoreCluster', () => {
  test('should apply the relative-to-best formula of clusters.md §5.3 (r = 0.9, 1.0, 1.2, 1.5 → 4.5, 5, 7, 10)', () => {
    const sheet = sheetWith([crit({ kind: 'quantitative', id: 'q', maxPoints: '10', formula: 'relative-to-best', direction: 'higher-is-better' })], '10');
    const s = run(sheet, [
      { id: 'a', entries: [{ criterion: 'q', actual: '9' }], targets: [{ criterion: 'q', target: '10' }] },
      { id: 'b', entries: [{ criterion: 'q', actual: '10' }], targets: [{ criterion: 'q', target: '10' }] },
      { id: 'c', entries: [{ criterion: 'q', actual: '12' }], targets: [{ criterion: 'q', target: '10' }] },
      { id: 'd', entries: [{ criterion: 'q', actual: '15' }], targets: [{ criterion: 'q', target: '10' }] },
    ]);
    expect(pts(s, 'q')).toEqual([['a', '4.50'], ['b', '5.00'], ['c', '7.00'], ['d', '10.00']]);
    expect(s.members[2]!.criteria[0]!.computation).toEqual({
      type: 'quantitative', formula: 'relative-to-best', direction: 'higher-is-better', target: '10', actual: '12', ratio: '6/5', best: '3/2', case: 'above-target', clampedAtZero: false,
    });
    expect(s.members.map((m) => m.criteria[0]!.computation && (m.criteria[0]!.computation as { case: string }).case)).toEqual(['below-target', 'at-target', 'above-target', 'best-exceeder']);
  });

  test('should keep thirds exact and round only as the sheet says', () => {
    const sheet = sheetWith([crit({ kind: 'quantitative', id: 'q', maxPoints: '10', formula: 'relative-to-best', direction: 'higher-is-better' })], '10');
    const s = run(sheet, [{ id: 'a', entries: [{ criterion: 'q', actual: '1' }], targets: [{ criterion: 'q', target: '3' }] }]);
    expect(s.members[0]!.criteria[0]).toMatchObject({ computed: '5/3', exact: '5/3', points: '1.67', basis: 'computed' });
    expect(s.members[0]!.exactTotal).toBe('5/3');
    expect(s.members[0]!.criteria[0]!.computation).toMatchObject({ best: null, case: 'below-target' });
  });

  test('should cap the ratio, support proportional and lower-is-better criteria, and clamp negatives at zero', () => {
    const sheet = sheetWith(
      [
        crit({ kind: 'quantitative', id: 'p', maxPoints: '20', formula: 'proportional', direction: 'higher-is-better', ratioCap: '1.1' }),
        crit({ kind: 'quantitative', id: 'l', maxPoints: '10', formula: 'relative-to-best', direction: 'lower-is-better', ratioCap: '2' }),
      ],
      '30',
    );
    const s = run(sheet, [
      { id: 'a', entries: [{ criterion: 'p', actual: '120' }, { criterion: 'l', actual: '0' }], targets: [{ criterion: 'p', target: '100' }, { criterion: 'l', target: '4' }] },
      { id: 'b', entries: [{ criterion: 'p', actual: '-5' }, { criterion: 'l', actual: '8' }], targets: [{ criterion: 'p', target: '100' }, { criterion: 'l', target: '4' }] },
    ]);
    expect(pts(s, 'p')).toEqual([['a', '20.00'], ['b', '0.00']]);
    expect(s.members[0]!.criteria[0]!.computation).toMatchObject({ ratio: '6/5', cappedRatio: '11/10', case: 'proportional' });
    expect(s.members[1]!.criteria[0]!.computation).toMatchObject({ ratio: '-1/20', clampedAtZero: true });
    // lower is better: no occurrence → r = cap = 2 (best); 8 against 4 → r = 1/2 → 2.5
    expect(pts(s, 'l')).toEqual([['a', '10.00'], ['b', '2.50']]);
  });

  test('should cap per-count criteria and clamp bonus/penalty points, and show the raw value', () => {
    const sheet = sheetWith(
      [
        crit({ kind: 'per-count', id: 'c', pointsPerItem: '1.5', maxPoints: '6' }),
        crit({ kind: 'adjustment', id: 'bonus', pointsPerOccurrence: '2', min: '0', max: '5' }),
        crit({ kind: 'adjustment', id: 'penalty', pointsPerOccurrence: '-3', min: '-7', max: '0' }),
      ],
      '6',
    );
    const s = run(sheet, [
      { id: 'a', entries: [{ criterion: 'c', count: 5 }, { criterion: 'bonus', occurrences: 3 }, { criterion: 'penalty', occurrences: 3 }] },
      { id: 'b', entries: [{ criterion: 'c', count: 2 }, { criterion: 'bonus', occurrences: 1 }, { criterion: 'penalty', occurrences: 0 }] },
    ]);
    expect(s.members.map((m) => [m.member, m.total, m.criteria.map((c) => c.points)])).toEqual([
      ['a', '4.00', ['6.00', '5.00', '-7.00']],
      ['b', '5.00', ['3.00', '2.00', '0.00']],
    ]);
    expect(s.members[0]!.criteria.map((c) => c.computation)).toEqual([
      { type: 'per-count', count: 5, pointsPerItem: '1.5', raw: '15/2', capped: true },
      { type: 'adjustment', occurrences: 3, pointsPerOccurrence: '2', raw: '6', clamped: 'max' },
      { type: 'adjustment', occurrences: 3, pointsPerOccurrence: '-3', raw: '-9', clamped: 'min' },
    ]);
  });

  test('should keep self, cluster and final columns apart and follow the declared precedence', () => {
    const sheet = sheetWith([crit({ kind: 'qualitative', id: 'q1', maxPoints: '10' }), crit({ kind: 'qualitative', id: 'q2', maxPoints: '10' })], '20');
    const s = run(sheet, [{ id: 'a', entries: [{ criterion: 'q1', pass: true, selfScore: '10', clusterScore: '8' }, { criterion: 'q2', selfScore: '9.5', clusterScore: '7.25' }] }]);
    expect(s.members[0]!.criteria.map((c) => [c.criterion, c.basis, c.selfScore, c.clusterScore, c.computed, c.points])).toEqual([
      ['q1', 'computed', '10', '8', '10', '10.00'],
      ['q2', 'cluster', '9.5', '7.25', null, '7.25'],
    ]);
    expect(s.members[0]).toMatchObject({ total: '17.25', selfTotal: '19.50', clusterTotal: '15.25' });
  });

  test('should round per criterion before summing when the stage is "criterion", with each mode', () => {
    const criteria = [crit({ kind: 'qualitative', id: 'q1', maxPoints: '10' }), crit({ kind: 'qualitative', id: 'q2', maxPoints: '10' })];
    const rows = [{ id: 'a', entries: [{ criterion: 'q1', clusterScore: '1.005' }, { criterion: 'q2', clusterScore: '1.005' }] }];
    const total = (mode: string, stage: string) => run(sheetWith(criteria, '20', { rounding: { places: 2, mode, stage } }), rows).members[0]!.total;
    expect(total('half-up', 'criterion')).toBe('2.02');
    expect(total('half-up', 'total')).toBe('2.01');
    expect(total('half-even', 'criterion')).toBe('2.00');
    expect(total('down', 'criterion')).toBe('2.00');
    expect(total('up', 'total')).toBe('2.01');
  });

  test('should sum groups and report their points', () => {
    const sheet = sheetWith(
      [{ kind: 'group', id: 'g', title: T('Nhóm', 'Group'), source: NOTE_SOURCE, maxPoints: '15', children: [crit({ kind: 'qualitative', id: 'q1', maxPoints: '10' }), crit({ kind: 'per-count', id: 'c', pointsPerItem: '1', maxPoints: '5' })] }],
      '15',
    );
    const s = run(sheet, [{ id: 'a', entries: [{ criterion: 'q1', pass: false }, { criterion: 'c', count: 4 }] }]);
    expect(s.members[0]!.groups).toEqual([{ group: 'g', title: T('Nhóm', 'Group'), maxPoints: '15', exact: '4', points: '4.00' }]);
    expect(s.members[0]!.criteria.map((c) => c.groups)).toEqual([['g'], ['g']]);
  });
});

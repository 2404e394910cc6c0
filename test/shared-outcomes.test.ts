import { describe, expect, test } from 'vitest';
import { evaluateEligibility, loadRuleBook, type EligibilityReport, type Finding, type RuleBook } from '../src/index.js';
import { evaluatePreparedCompact, evaluatePreparedSync, expandCompact, prepareEvaluation } from '../src/evaluate/evaluate-eligibility.js';
import { editableRuleFiles, nationalBook, strongCandidate } from './support/factories.js';

// A principle rule (D152 Art. 4.4: no commendation while an investigation or discipline is pending)
// applies to every award. When none of its facts reads the award under evaluation, its outcome is
// built once per subject and the award verdicts share it; otherwise it is evaluated per award.
const PRINCIPLE = 'd152-pending-discipline-or-investigation';
const EVALUATORS = ['compiled', 'json-rules-engine'] as const;

function report(r: { ok: boolean; value?: EligibilityReport; issues?: unknown }): EligibilityReport {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value!;
}
const principleOutcomes = (rep: EligibilityReport) => rep.awards.filter((a) => a.rules.length > 0).map((a) => a.rules.find((o) => o.ruleId === PRINCIPLE)!);

describe('principle outcomes shared between award verdicts (ND 152/2025 Art. 4.4)', () => {
  const book = nationalBook();

  test.each(EVALUATORS)('an award-independent principle is one object in every award verdict (%s)', async (evaluator) => {
    const rep = report(await evaluateEligibility(book, strongCandidate(), { year: 2025, evaluator }));
    const outcomes = principleOutcomes(rep);
    expect(outcomes.length).toBe(8);
    for (const o of outcomes) expect(o).toBe(outcomes[0]);
    expect(outcomes[0]!.status).toBe('pass');
  });

  test('a failing shared principle gives the same failing leaves in every award verdict, and the same report from both evaluators', async () => {
    const subject = strongCandidate({ isUnderInvestigation: true });
    const [compiled, engine] = await Promise.all(EVALUATORS.map(async (evaluator) => report(await evaluateEligibility(book, subject, { year: 2025, evaluator }))));
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(engine));
    const applicable = compiled!.awards.filter((a) => a.rules.length > 0);
    for (const a of applicable) {
      expect(a.verdict).toBe('ineligible');
      const own = a.failing.filter((f) => f.ruleId === PRINCIPLE);
      expect(own.map((f) => f.name)).toEqual(['not-under-investigation']);
      expect(own[0]).toBe(applicable[0]!.failing.find((f) => f.ruleId === PRINCIPLE));
    }
  });

  test('compact results (worker threads) send a shared principle once and expand to the same report', () => {
    for (const detail of ['full', 'verdicts'] as const) {
      const prep = prepareEvaluation(book, { year: 2025, detail });
      const direct = evaluatePreparedSync(prep, strongCandidate({ isUnderInvestigation: true }));
      const compact = structuredClone(evaluatePreparedCompact(prep, strongCandidate({ isUnderInvestigation: true })));
      if (!compact.ok) throw new Error('compact failed');
      const expanded = expandCompact(prep, compact);
      if (detail === 'full') {
        // one value per leaf of each distinct outcome: the shared principle's leaves are sent once
        const leaves = (f: Finding): number => (f.type === 'leaf' ? 1 : f.children.reduce((n, c) => n + leaves(c), 0));
        const distinct = new Set(report(expanded).awards.flatMap((a) => a.rules));
        expect(compact.values.length).toBe([...distinct].reduce((n, o) => n + leaves(o.tree), 0));
        expect(distinct.size).toBeLessThan(report(expanded).awards.flatMap((a) => a.rules).length);
      }
      expect(JSON.stringify(expanded)).toBe(JSON.stringify(direct));
      if (detail === 'full') {
        const outcomes = principleOutcomes(report(expanded));
        for (const o of outcomes) expect(o).toBe(outcomes[0]);
      }
    }
  });
});

describe('a principle that reads an award-scoped fact is evaluated per award (Law 2022 Art. 5.2.c)', () => {
  // A test-only book: the D152 principle also requires an initiative that may still ground the award
  // under evaluation. An initiative used for CSTĐCS 2024 does not ground CSTĐCS again; with the
  // parameter initiative.reuseAcrossTitles (OQ-22, true by default) it still grounds the other titles.
  // So the principle fails for CSTĐCS and passes for CSTĐ tỉnh.
  function bookWithScopedPrinciple(): RuleBook {
    const files = editableRuleFiles();
    const file = files['national/vn-tdkt-2022-nd152/rules/principles.json'] as { rules: { id: string; facts: string[]; conditions: { all: unknown[] } }[] };
    const rule = file.rules.find((r) => r.id === PRINCIPLE)!;
    rule.facts.push('initiativeCount');
    rule.conditions.all.push({
      name: 'unused-initiative',
      label: { vi: 'Có sáng kiến chưa dùng cho hình thức khác', en: 'An initiative not used for another award' },
      fact: 'initiativeCount',
      operator: 'decimalGte',
      value: '1',
      params: { kinds: ['initiative'], minScope: 'grassroots', years: 3 },
    });
    const r = loadRuleBook(files);
    if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
    return r.value;
  }
  const subject = strongCandidate({
    initiatives: [{ id: 'sk-1', kind: 'initiative', year: 2025, recognisedScope: 'ministry-province', usedFor: [{ awardId: 'chien-si-thi-dua-co-so', year: 2024 }] }],
  });

  test.each(EVALUATORS)('its outcome differs by award and is not shared (%s)', async (evaluator) => {
    const book = bookWithScopedPrinciple();
    const rep = report(await evaluateEligibility(book, subject, { year: 2025, evaluator }));
    const byAward = new Map(rep.awards.filter((a) => a.rules.length > 0).map((a) => [a.awardId, a.rules.find((o) => o.ruleId === PRINCIPLE)!]));
    expect(new Set([...byAward.values()].map((o) => o.status))).toEqual(new Set(['pass', 'fail']));
    expect(byAward.get('chien-si-thi-dua-co-so')!.status).toBe('fail');
    expect(byAward.get('chien-si-thi-dua-tinh')!.status).toBe('pass');
    expect(new Set(byAward.values()).size).toBe(byAward.size);
  });

  test('both evaluators and the compact path give the same report for that book', async () => {
    const book = bookWithScopedPrinciple();
    const [compiled, engine] = await Promise.all(EVALUATORS.map((evaluator) => evaluateEligibility(book, subject, { year: 2025, evaluator })));
    expect(JSON.stringify(compiled)).toBe(JSON.stringify(engine));
    const prep = prepareEvaluation(book, { year: 2025 });
    expect(JSON.stringify(expandCompact(prep, structuredClone(evaluatePreparedCompact(prep, subject))))).toBe(JSON.stringify(compiled));
  });
});

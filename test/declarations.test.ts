// A fact and an operator are declared once (issue 16): src/facts/fact-def.ts (unit, param
// directions, wording keys) and src/operators/registry.ts (direction, wording key). Everything else
// reads those declarations; these tests fail when a locale lacks the words of a declared key, when
// a key is declared that nothing uses, or when the overlay guard disagrees with a declared direction.
import { describe, expect, it } from 'vitest';
import { FACT_GAP_WORDINGS, FACT_UNIT_WORDINGS } from '../src/facts/fact-def.js';
import { DECLARED_PARAM_EFFECTS, FACTS } from '../src/facts/frozen-facts.js';
import { describeProvenance } from '../src/explain/locales/provenance.js';
import { en } from '../src/explain/locales/en.js';
import { vi } from '../src/explain/locales/vi.js';
import type { Provenance } from '../src/model/rule-book.js';
import { OPERATOR_WORDINGS, OPERATORS } from '../src/operators/registry.js';
import { loosensParam, loosensValue } from '../src/overlay/tightening.js';
import { FACT_PARAM_EFFECT } from '../src/advanced.js';

const LOCALES = [vi, en] as const;
const PARAMS = { awardIds: ['chien-si-thi-dua-co-so'], countAwardIds: ['lao-dong-tien-tien'], baseAwardIds: ['lao-dong-tien-tien'], resetBy: ['chien-si-thi-dua-toan-quoc'], ratings: ['excellent'], kinds: ['initiative'], minScope: 'grassroots', cycleLength: 3 };
const ctx = { year: 2025, awardName: (id: string) => `<${id}>` };

describe('fact declarations', () => {
  const withGap = FACTS.filter((f) => f.wording?.gap);
  it('declares gap wordings for the count facts', () => {
    expect(withGap.map((f) => f.id)).toContain('consecutiveAwardYears');
    expect(withGap.length).toBeGreaterThanOrEqual(FACT_GAP_WORDINGS.length);
  });

  it.each(LOCALES.map((L) => [L.lang, L] as const))('every declared gap wording key has a sentence in %s', (_lang, L) => {
    for (const f of withGap) {
      const text = L.factGap(f.id, PARAMS, { kind: 'count', amount: '2', direction: 'increase' }, ctx);
      expect(text, `${f.id} (${f.wording!.gap})`).toMatch(/\S/);
    }
    // a fact without a gap wording falls back to the generic gap
    expect(L.factGap('memberCount', {}, { kind: 'count', amount: '2', direction: 'increase' }, ctx)).toBeUndefined();
  });

  it('every gap and unit wording key is declared by some fact (no orphan words)', () => {
    expect(new Set(withGap.map((f) => f.wording!.gap))).toEqual(new Set(FACT_GAP_WORDINGS));
    expect(new Set(FACTS.flatMap((f) => (f.wording?.unit ? [f.wording.unit] : [])))).toEqual(new Set(FACT_UNIT_WORDINGS));
  });

  it.each(['vi', 'en'] as const)('every declared unit wording key has a word in %s (provenance sentences)', (lang) => {
    const p: Provenance = {
      source: 'province:hai-phong',
      province: 'hai-phong',
      decision: { number: 'TEST-01/2026/QĐ-UBND', date: '2026-01-01', signer: { vi: 'UBND', en: 'PC' } },
      operationId: 'op',
      op: 'set',
      basis: { document: '06/2022/QH15', article: '1' },
      changed: { field: 'value', from: '1', to: '2' },
    };
    const bare = describeProvenance(lang, p);
    for (const f of FACTS.filter((x) => x.wording?.unit)) {
      const text = describeProvenance(lang, p, f.id);
      expect(text, f.id).not.toBe(bare);
      expect(text).toMatch(/ 2 \S/);
    }
  });

  it('the public FACT_PARAM_EFFECT is the table of declared param directions the overlay guard reads (one table, not a copy)', () => {
    expect(FACT_PARAM_EFFECT).toBe(DECLARED_PARAM_EFFECTS);
    for (const [key, dir] of Object.entries(DECLARED_PARAM_EFFECTS)) {
      const [fact, param] = key.split('.');
      expect(FACTS.find((f) => f.id === fact)!.paramEffects![param!]).toBe(dir);
    }
  });

  it('a provenance sentence tells a raise from a lowering exactly, beyond 20 digits', () => {
    const p = (from: string, to: string): Provenance => ({
      source: 'province:hai-phong',
      province: 'hai-phong',
      decision: { number: 'MH-01/2026/QĐ-UBND', date: '2026-01-01', signer: { vi: 'UBND', en: 'PC' } },
      operationId: 'op',
      op: 'set',
      basis: { document: '06/2022/QH15', article: '1' },
      changed: { field: 'value', from, to },
    });
    const raise = describeProvenance('en', p('0.8', '0.9'));
    const lower = describeProvenance('en', p('0.9', '0.8'));
    expect(raise).not.toBe(lower.replace('0.9', '0.8'));
    // Number() makes both 0.8: the sentence said "changed"; exactly it is a raise (and a lowering back)
    expect(describeProvenance('en', p('0.8', '0.8000000000000000000001'))).toBe(raise.replace('0.9', '0.8000000000000000000001'));
    expect(describeProvenance('en', p('0.8000000000000000000001', '0.8'))).toBe(lower.replace('0.9', '0.8000000000000000000001'));
  });

  it('every entry of the table the overlay guard kept before issue 16 is declared by its fact, the same way', () => {
    // the retired hand-written FACT_PARAM_EFFECT of src/overlay/tightening.ts, verbatim: a declaration
    // that drops or flips one of these would silently change what a province may do to a statutory leaf
    const retired = {
      'initiativeCount.years': 'up',
      'initiativeCount.kinds': 'up',
      'initiativeCount.appliedOnly': 'down',
      'awardCountInWindow.years': 'up',
      'awardCountInWindow.awardIds': 'up',
      'hasAwardInYear.awardIds': 'up',
      'consecutiveAwardYears.awardIds': 'up',
      'consecutiveRatingYears.ratings': 'up',
      'yearsSinceAward.awardIds': 'down',
    };
    expect(DECLARED_PARAM_EFFECTS).toMatchObject(retired);
  });

  it('initiativeCount.appliedOnly is declared "down": a province may require applied research, never drop the requirement', () => {
    // the guardrail: Law 06/2022 Art. 22 (rule chien-si-thi-dua-tinh-nd152, criterion 2b) counts research
    // only once accepted and applied (`appliedOnly: true`); counting unapplied research too would let
    // more people pass that statutory `decimalGte` leaf
    expect(DECLARED_PARAM_EFFECTS['initiativeCount.appliedOnly']).toBe('down');
    const leaf = (appliedOnly: boolean) => ({ fact: 'initiativeCount', operator: 'decimalGte', value: '1', params: { kinds: ['research'], appliedOnly } });
    expect(loosensParam(leaf(true), 'appliedOnly', false, false)).toEqual({ problem: 'param-easier', fact: 'initiativeCount', param: 'appliedOnly', from: true, to: false });
    expect(loosensParam(leaf(false), 'appliedOnly', true, false)).toBeUndefined();
    // under a `not` the directions flip
    expect(loosensParam(leaf(false), 'appliedOnly', true, true)).toEqual({ problem: 'param-easier', fact: 'initiativeCount', param: 'appliedOnly', from: false, to: true });
    // a wider window counts more initiatives: 'up', so widening it under decimalGte is refused
    expect(loosensParam({ fact: 'initiativeCount', operator: 'decimalGte', value: '1', params: { years: 1 } }, 'years', 3, false)).toMatchObject({ problem: 'param-easier' });
    expect(loosensParam({ fact: 'initiativeCount', operator: 'decimalGte', value: '1', params: { years: 3 } }, 'years', 1, false)).toBeUndefined();
  });
});

describe('operator declarations', () => {
  it.each(LOCALES.map((L) => [L.lang, L] as const))('every operator has words in %s', (_lang, L) => {
    for (const op of OPERATORS.values()) {
      const text = L.operator(op.name, 'X');
      // the fallback for an undeclared operator is "<name> X"
      expect(text, op.name).not.toBe(`${op.name} X`);
      expect(text).toContain('X');
    }
  });

  it('every operator wording key is used by an operator', () => {
    expect(new Set([...OPERATORS.values()].map((o) => o.wording))).toEqual(new Set(OPERATOR_WORDINGS));
  });

  it('the overlay guard reads the declared direction: lowering a threshold loosens an increase operator', () => {
    for (const op of OPERATORS.values()) {
      const leaf = { operator: op.name, value: '3' } as const;
      if (op.direction === 'increase') {
        expect(loosensValue(leaf, '2', false), op.name).toBeDefined();
        expect(loosensValue(leaf, '4', false), op.name).toBeUndefined();
      } else if (op.direction === 'decrease') {
        expect(loosensValue(leaf, '4', false), op.name).toBeDefined();
        expect(loosensValue(leaf, '2', false), op.name).toBeUndefined();
      }
    }
    expect([...OPERATORS.values()].filter((o) => o.direction).map((o) => o.name)).toEqual(['decimalGte', 'decimalGt', 'decimalLte', 'decimalLt']);
  });
});

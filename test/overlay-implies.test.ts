import { describe, expect, test } from 'vitest';
import type { ConditionNode, LeafNode } from '../src/model/rule-book.js';
import { implies } from '../src/overlay/implies.js';

const cite = { document: '06/2022/QH15', article: '24' };
const leaf = (name: string, fact: string, operator: string, value: LeafNode['value'], params?: Record<string, unknown>): LeafNode => ({
  type: 'leaf', name, path: [], citation: cite, marker: 'CONFIRMED', statutory: true, fact, operator, value, ...(params ? { params } : {}),
});
const group = (name: string, op: 'all' | 'any' | 'not', children: ConditionNode[]): ConditionNode => ({ type: 'group', name, path: [], op, citation: cite, marker: 'CONFIRMED', statutory: true, children });
const reason = (a: ConditionNode, b: ConditionNode) => implies(a, b)?.reason;

describe('implies: a new condition proved stronger than the old one', () => {
  test('thresholds compare exactly, with strictness', () => {
    const gte = (v: string) => leaf('n', 'councilApprovalShare', 'decimalGte', v);
    expect(reason(gte('0.85'), gte('0.8'))).toBeUndefined();
    expect(reason(gte('0.8'), gte('0.80'))).toBeUndefined();
    expect(reason(gte('0.7999999999999999999999'), gte('0.8'))).toBe('bound-weaker');
    expect(reason(gte('2/3'), gte('0.666666666666666666666666'))).toBeUndefined();
    expect(reason(gte('0.666666666666666666666666'), gte('2/3'))).toBe('bound-weaker');
    expect(reason(leaf('n', 'councilApprovalShare', 'decimalGt', '0.8'), gte('0.8'))).toBeUndefined();
    expect(reason(gte('0.8'), leaf('o', 'councilApprovalShare', 'decimalGt', '0.8'))).toBe('bound-weaker');
    expect(reason(leaf('n', 'councilApprovalShare', 'decimalEq', '0.9'), gte('0.8'))).toBeUndefined();
    expect(reason(leaf('n', 'warnedMemberCount', 'decimalLte', '0'), leaf('o', 'warnedMemberCount', 'decimalLt', '1'))).toBeUndefined();
    expect(reason(leaf('n', 'warnedMemberCount', 'decimalLte', '1'), leaf('o', 'warnedMemberCount', 'decimalLt', '1'))).toBe('bound-weaker');
    expect(reason(leaf('n', 'warnedMemberCount', 'decimalLte', '0'), gte('0.8'))).toBe('fact-differs');
  });

  test('sets: in a subset, equal a member, notIn a superset; complements over closed enums', () => {
    const rating = (op: string, v: LeafNode['value']) => leaf('r', 'taskRating', op, v);
    expect(reason(rating('in', ['excellent']), rating('in', ['good', 'excellent']))).toBeUndefined();
    expect(reason(rating('equal', 'excellent'), rating('in', ['good', 'excellent']))).toBeUndefined();
    expect(reason(rating('in', ['good', 'completed']), rating('in', ['good', 'excellent']))).toBe('set-wider');
    expect(reason(rating('in', ['excellent']), rating('notIn', ['failed']))).toBeUndefined();
    expect(reason(rating('notIn', ['failed', 'completed']), rating('notIn', ['failed']))).toBeUndefined();
    expect(reason(rating('notIn', ['failed']), rating('notIn', ['failed', 'completed']))).toBe('set-wider');
    expect(reason(rating('notIn', ['failed', 'completed']), rating('in', ['good', 'excellent']))).toBeUndefined();
    expect(reason(leaf('b', 'hasGoodConduct', 'notEqual', false), leaf('b', 'hasGoodConduct', 'equal', true))).toBeUndefined();
    expect(reason(leaf('b', 'hasGoodConduct', 'equal', false), leaf('b', 'hasGoodConduct', 'equal', true))).toBe('set-wider');
    expect(reason(rating('in', ['good']), leaf('o', 'taskRating', 'decimalGte', '1'))).toBe('operators-unrelated');
  });

  test('fact params must match', () => {
    const a = leaf('a', 'initiativeCount', 'decimalGte', '2', { years: 1 });
    expect(reason(a, leaf('b', 'initiativeCount', 'decimalGte', '1', { years: 1 }))).toBeUndefined();
    expect(reason(a, leaf('b', 'initiativeCount', 'decimalGte', '1', { years: 3 }))).toBe('params-differ');
  });

  test('conjunctions and disjunctions', () => {
    const conduct = leaf('good-conduct', 'hasGoodConduct', 'equal', true);
    const learns = leaf('active-learner', 'isActiveLearner', 'equal', true);
    const lawful = leaf('law-abiding', 'isLawAbiding', 'equal', true);
    expect(reason(group('n', 'all', [conduct, learns]), conduct)).toBeUndefined();
    expect(reason(group('n', 'all', [learns, lawful]), conduct)).toBe('condition-missing');
    expect(reason(group('n', 'any', [conduct, learns]), conduct)).toBe('alternative-uncovered');
    expect(reason(conduct, group('o', 'any', [conduct, learns]))).toBeUndefined();
    expect(reason(group('n', 'any', [conduct]), group('o', 'any', [conduct, learns]))).toBeUndefined();
    expect(reason(group('n', 'all', [conduct, learns, lawful]), group('o', 'all', [lawful, conduct]))).toBeUndefined();
    expect(reason(group('n', 'all', [conduct]), group('o', 'all', [lawful, conduct]))).toBe('condition-missing');
    expect(reason(group('n', 'any', [group('x', 'all', [conduct, learns]), group('y', 'all', [conduct, lawful])]), conduct)).toBeUndefined();
    expect(reason(group('n', 'not', [conduct]), group('o', 'not', [conduct]))).toBeUndefined();
    expect(reason(group('n', 'not', [learns]), group('o', 'not', [conduct]))).toBe('negation');
  });
});

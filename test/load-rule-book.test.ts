import { describe, expect, test } from 'vitest';
import { issueMessage, loadNationalRuleBook, loadRuleBook, nationalRuleFiles, type Issue } from '../src/index.js';
import { NATIONAL_BOOK_HASH, NATIONAL_RULE_FILES } from '../src/_generated/national-rules.js';
import { canonicalJson } from '../src/_internal/canonical-json.js';
import { sha256Hex } from '../src/_internal/sha256.js';
import { loadRuleBookCached, loadRuleBookUncached } from '../src/rule-book/load-rule-book.js';
import { deepFreeze, editableRuleFiles } from './support/factories.js';

const CSTDCS = 'national/vn-tdkt-2022-nd152/rules/chien-si-thi-dua-co-so.json';
const LDTT = 'national/vn-tdkt-2022-nd98/rules/lao-dong-tien-tien.json';

type Json = Record<string, any>;
function withEdit(path: string, edit: (file: Json) => void): Record<string, unknown> {
  const files = editableRuleFiles();
  edit(files[path] as Json);
  return files;
}
function issuesOf(files: Record<string, unknown>): readonly Issue[] {
  const r = loadRuleBook(files);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.issues;
}
function leaf(file: Json, name: string): Json {
  const find = (n: Json): Json | undefined => {
    if (n['name'] === name) return n;
    for (const k of ['all', 'any']) for (const c of n[k] ?? []) { const f = find(c); if (f) return f; }
    return n['not'] ? find(n['not']) : undefined;
  };
  return find(file['rules'][0]['conditions'])!;
}

describe('loadRuleBook', () => {
  test('should load the national rule book with every regime, rule and a stable hash', () => {
    const a = loadRuleBook(editableRuleFiles());
    const b = loadRuleBook(editableRuleFiles());
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.regimes.map((r) => r.id)).toEqual(['vn-tdkt-2003', 'vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152', 'vn-tdkt-2026']);
    expect(a.value.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.value.hash).toBe(b.value.hash);
    expect(Object.isFrozen(a.value) && Object.isFrozen(a.value.regimes[0]!.rules)).toBe(true);
  });

  test('should give the same hash whatever the order of files and of object keys', () => {
    const files = editableRuleFiles();
    const reversed = Object.fromEntries(Object.entries(files).reverse().map(([k, v]) => [k, reverseKeys(v)]));
    const a = loadRuleBook(files);
    const b = loadRuleBook(reversed);
    expect(a.ok && b.ok && a.value.hash === b.value.hash).toBe(true);
  });

  test('should change the hash when a threshold changes', () => {
    const a = loadRuleBook(editableRuleFiles());
    const b = loadRuleBook(withEdit('national/vn-tdkt-2022-nd152/parameters.json', (f) => {
      f['parameters'].find((p: Json) => p['id'] === 'ballot.cstdcsMinShare')['value'] = '0.85';
    }));
    expect(a.ok && b.ok && a.value.hash !== b.value.hash).toBe(true);
  });

  test('should not mutate deep-frozen input files', () => {
    const files = deepFreeze(editableRuleFiles());
    expect(loadRuleBook(files).ok).toBe(true);
  });

  test('should reject an unknown fact at load time with its path and a suggestion', () => {
    const issues = issuesOf(withEdit(CSTDCS, (f) => { leaf(f, 'excellent-rating')['fact'] = 'taskRatng'; }));
    const i = issues.find((x) => x.code === 'unknown_fact')!;
    expect(i.path).toEqual([CSTDCS, 'rules', 0, 'conditions', 'all', 1, 'any', 0, 'fact']);
    expect(i.params.suggestions).toEqual(['taskRating']);
    expect(issueMessage(i, 'vi')).toContain('Dữ kiện «taskRatng» không có trong danh mục');
    expect(issueMessage(i, 'en')).toContain('Did you mean: taskRating?');
  });

  test('should reject an unknown operator (json-rules-engine built-ins are not accepted)', () => {
    const issues = issuesOf(withEdit(CSTDCS, (f) => { leaf(f, 'council-ballot')['operator'] = 'greaterThanInclusive'; }));
    expect(issues.map((i) => i.code)).toContain('unknown_operator');
    const typo = issuesOf(withEdit(CSTDCS, (f) => { leaf(f, 'council-ballot')['operator'] = 'decimalGt3'; }));
    expect(typo.find((i) => i.code === 'unknown_operator')?.params?.['suggestions']).toContain('decimalGte');
  });

  test('should reject a threshold written as a JSON number', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['conditions']['all'].push({ name: 'n', fact: 'taskRating', operator: 'in', value: 0.7 }); }));
    expect(issues[0]!.code).toBe('invalid_value');
    expect(issues[0]!.path).toEqual([LDTT, 'rules', 0, 'conditions', 'all', 2, 'value']);
  });

  test('should reject a misspelled key in a condition with a suggestion', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => {
      const l = leaf(f, 'good-conduct');
      l['vlaue'] = l['value'];
      delete l['value'];
    }));
    const codes = issues.map((i) => i.code);
    expect(codes).toContain('unrecognized_key');
    expect(issues.find((i) => i.code === 'unrecognized_key')!.params?.['suggestions']).toContain('value');
  });

  test('should reject an unknown award id in a rule and in fact params', () => {
    const a = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['awardId'] = 'lao-dong-tien-tienn'; }));
    expect(a.find((i) => i.code === 'unknown_award')?.path).toEqual([LDTT, 'rules', 0, 'awardId']);
    const b = issuesOf(withEdit(CSTDCS, (f) => { leaf(f, 'holds-advanced-title')['params']['awardIds'] = ['lao-dong-tien-tien', 'no-such-award']; }));
    expect(b.find((i) => i.code === 'unknown_award')?.params?.['award']).toBe('no-such-award');
  });

  test('should reject a rule without a citation (missing_citation)', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { delete f['rules'][0]['citation']; }));
    expect(issues.map((i) => [i.code, i.path.join('/')])).toEqual([['missing_citation', `${LDTT}/rules/0/citation`]]);
  });

  test('should reject overlapping effective periods of two rules for the same award', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => {
      const copy = structuredClone(f['rules'][0]);
      copy['id'] = 'lao-dong-tien-tien-nd98-bis';
      copy['effective'] = { from: '2025-01-01', to: '2025-06-30' };
      f['rules'].push(copy);
    }));
    expect(issues.map((i) => i.code)).toEqual(['overlapping_effective_periods']);
  });

  test('should reject overlapping enabled regimes', () => {
    const issues = issuesOf(withEdit('national/book.json', (f) => { f['regimes'][1]['effective']['from'] = '2023-12-01'; }));
    expect(issues.map((i) => i.code)).toContain('overlapping_effective_periods');
  });

  test('should reject an effective period that ends before it starts', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['effective'] = { from: '2025-01-01', to: '2024-01-01' }; }));
    expect(issues.map((i) => i.code)).toEqual(['invalid_effective_period']);
  });

  test('should reject a rule effective outside its regime', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['effective'] = { from: '2023-06-01', to: '2025-06-30' }; }));
    expect(issues.map((i) => i.code)).toEqual(['effective_outside_regime']);
  });

  test('should reject facts read but not declared, and declared but not read', () => {
    const a = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['facts'] = ['taskRating']; }));
    expect(a.map((i) => i.code)).toEqual(['undeclared_fact']);
    const b = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['facts'].push('isLawAbiding'); }));
    expect(b.map((i) => i.code)).toEqual(['unused_declared_fact']);
  });

  test('should reject an unknown parameter reference', () => {
    const issues = issuesOf(withEdit(CSTDCS, (f) => { leaf(f, 'council-ballot')['value'] = { param: 'ballot.cstdcsMinShar' }; }));
    expect(issues[0]!.code).toBe('unknown_parameter');
    expect((issues[0]!.params as Readonly<Record<string, unknown>>)['suggestions']).toEqual(['ballot.cstdcsMinShare']);
  });

  test('should reject an operator that does not fit the fact type', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { leaf(f, 'good-conduct')['operator'] = 'decimalGte'; leaf(f, 'good-conduct')['value'] = '1'; }));
    expect(issues.map((i) => i.code)).toEqual(['operator_fact_mismatch']);
  });

  test('should reject an enum value the fact cannot take', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { leaf(f, 'task-rating-good')['value'] = ['good', 'outstanding']; }));
    expect(issues.map((i) => i.code)).toEqual(['operator_fact_mismatch']);
  });

  test('should reject invalid fact params', () => {
    const issues = issuesOf(withEdit(CSTDCS, (f) => { leaf(f, 'grassroots-initiative')['params']['minScope'] = 'village'; }));
    expect(issues.map((i) => i.code)).toEqual(['invalid_fact_params']);
  });

  test('should reject duplicate condition names within a rule', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { leaf(f, 'good-conduct')['name'] = 'task-rating-good'; }));
    expect(issues.map((i) => i.code)).toEqual(['duplicate_id']);
  });

  test('should reject ids with diacritics or upper case', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['id'] = 'lao-động-tiên-tiến'; }));
    expect(issues.map((i) => i.code)).toEqual(['invalid_format']);
  });

  test('should reject prototype-polluting keys anywhere in a file', () => {
    const files = editableRuleFiles();
    const f = files[LDTT] as Json;
    f['rules'][0]['conditions'] = JSON.parse('{"name":"root","__proto__":{"polluted":true},"all":[]}');
    const issues = issuesOf(files);
    expect(issues.map((i) => i.code)).toEqual(['forbidden_key']);
    expect(({} as Json)['polluted']).toBeUndefined();
  });

  test('should reject condition trees deeper than the limit', () => {
    const issues = issuesOf(withEdit(LDTT, (f) => {
      let node: Json = { name: 'deep-leaf', fact: 'taskRating', operator: 'in', value: ['good'] };
      for (let i = 0; i < 20; i++) node = { name: `g${i}`, all: [node] };
      f['rules'][0]['conditions']['all'].push(node);
    }));
    expect(issues.map((i) => i.code)).toContain('depth_exceeded');
  });

  test('should reject a root that is a leaf, and a group with two operators', () => {
    const a = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['conditions'] = leaf(f, 'good-conduct'); }));
    expect(a.map((i) => i.code)).toEqual(['invalid_value']);
    const b = issuesOf(withEdit(LDTT, (f) => { f['rules'][0]['conditions']['any'] = [leaf(f, 'good-conduct')]; }));
    expect(b.map((i) => i.code)).toContain('invalid_value');
  });

  test('should report missing and unknown files', () => {
    const files = editableRuleFiles();
    delete files['national/book.json'];
    files['national/vn-tdkt-2003/rule/x.json'] = {};
    const codes = issuesOf(files).map((i) => i.code);
    expect(codes).toContain('missing_file');
    expect(codes).toContain('unknown_file');
  });

  test('should report every issue at once, sorted by path', () => {
    const files = withEdit(LDTT, (f) => {
      leaf(f, 'good-conduct')['fact'] = 'nope';
      delete f['rules'][0]['citation'];
    });
    const issues = issuesOf(files);
    expect(issues.map((i) => i.code).sort()).toEqual(['missing_citation', 'unknown_fact']);
    const paths = issues.map((i) => i.path.join('\u0000'));
    expect([...paths].sort()).toEqual(paths);
  });

  test('should require the history parameters in every regime that has rules', () => {
    const issues = issuesOf(withEdit('national/vn-tdkt-2003/parameters.json', (f) => {
      f['parameters'] = f['parameters'].filter((p: Json) => p['id'] !== 'history.meritOnly');
    }));
    expect(issues.map((i) => [i.code, (i.params as Readonly<Record<string, unknown>>)['key']])).toEqual([['missing_field', 'history.meritOnly']]);
  });

  test('should return typed issues for non-object input instead of throwing', () => {
    const r = loadRuleBook(null as never);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0].code).toBe('invalid_type');
  });
});

function reverseKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reverseKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
  return v;
}

describe('loadRuleBook content cache', () => {
  const setParam = (files: Record<string, unknown>, value: string): void => {
    const pf = files['national/vn-tdkt-2022-nd152/parameters.json'] as { parameters: { id: string; value: unknown }[] };
    pf.parameters.find((p) => p.id === 'ballot.cstdcsMinShare')!.value = value;
  };

  test('gives the same frozen book for equal content, whatever the object identity; key order only costs a reload', () => {
    const a = loadRuleBook(editableRuleFiles());
    const b = loadRuleBook(editableRuleFiles());
    const reordered = loadRuleBook(Object.fromEntries(Object.entries(editableRuleFiles()).reverse()));
    expect(a.ok && b.ok && reordered.ok).toBe(true);
    if (a.ok && b.ok && reordered.ok) {
      expect(b.value).toBe(a.value);
      expect(reordered.value.hash).toBe(a.value.hash);
    }
  });

  test('never serves a stale book: edited content (even the same object, edited after a load) loads anew', () => {
    const files = editableRuleFiles();
    const a = loadRuleBook(files);
    setParam(files, '0.9');
    const b = loadRuleBook(files);
    expect(a.ok && b.ok).toBe(true);
    if (a.ok && b.ok) {
      expect(b.value).not.toBe(a.value);
      expect(b.value.hash).not.toBe(a.value.hash);
    }
  });

  test('does not cache failures: a broken book reports its issues on every call', () => {
    const files = editableRuleFiles();
    setParam(files, 'ninety percent');
    const a = loadRuleBook(files);
    const b = loadRuleBook(files);
    expect(a.ok).toBe(false);
    expect(b.ok).toBe(false);
    if (!a.ok && !b.ok) expect(b.issues).toEqual(a.issues);
  });
});

describe('the embedded national book hash, computed when the package is built', () => {
  // scripts/generate.ts stores the hash of the book loaded from the embedded files; loading them
  // then skips the canonical JSON of the book (about a quarter of a cold load). Recompute it here.
  const recomputed = (book: { readonly hash: string }): string => {
    const { hash: _ignored, ...content } = book;
    return sha256Hex(canonicalJson(content));
  };

  test('equals the hash recomputed from the canonical JSON of the loaded book and from an uncached load', () => {
    expect(NATIONAL_BOOK_HASH).toBeDefined();
    const book = loadNationalRuleBook();
    if (!book.ok) throw new Error('national book');
    expect(book.value.hash).toBe(NATIONAL_BOOK_HASH!.hash);
    expect(recomputed(book.value)).toBe(book.value.hash);
    const uncached = loadRuleBookUncached(nationalRuleFiles());
    expect(uncached.ok && uncached.value.hash).toBe(book.value.hash);
    expect(sha256Hex(JSON.stringify(NATIONAL_RULE_FILES))).toBe(NATIONAL_BOOK_HASH!.filesKey);
  });

  test('is used only for exactly those files: an edited copy gets its own, recomputed hash', () => {
    const files = nationalRuleFiles();
    const awards = files['awards.json'] as { awards: { title: { en: string } }[] };
    awards.awards[0]!.title.en += ' (edited)';
    const edited = loadRuleBookCached(files, NATIONAL_BOOK_HASH);
    if (!edited.ok) throw new Error(JSON.stringify(edited.issues));
    expect(edited.value.hash).not.toBe(NATIONAL_BOOK_HASH!.hash);
    expect(edited.value.hash).toBe(recomputed(edited.value));
  });

  test('is keyed by the SHA-256 of the files: a known hash for other files is ignored, one for these files is taken as is', () => {
    const variant = (n: number) => {
      const files = nationalRuleFiles();
      (files['awards.json'] as { awards: { title: { en: string } }[] }).awards[1]!.title.en += ` (variant ${n})`;
      return files;
    };
    const bogus = 'f'.repeat(64);
    const other = loadRuleBookCached(variant(1), { filesKey: '0'.repeat(64), hash: bogus });
    expect(other.ok && other.value.hash).toBe(other.ok && recomputed(other.value));
    const files = variant(2);
    const taken = loadRuleBookCached(files, { filesKey: sha256Hex(JSON.stringify(files)), hash: bogus });
    expect(taken.ok && taken.value.hash).toBe(bogus); // why only the generator supplies it
  });
});

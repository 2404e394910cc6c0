// Issue 16: user-facing words reach output only through a Locale object. Outside the locale layer
// (src/explain/locales/) and generated data, no source file may choose words by language: no
// comparison with a language tag, no `.vi ??` fallback, no indexing by the language tag, no ternary
// between Vietnamese and English texts, no `{ vi, en }` word table in a renderer or the CLI.
// Rule-book texts ({ vi, en } data) are picked with `localText(locale, text)` (src/explain/locales/locale.ts).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listTs } from './support/files.js';
import { describe, expect, test } from 'vitest';

const ROOT = join(__dirname, '..');
const SRC = join(ROOT, 'src');

/** Folders whose files are the locale layer or generated data: not scanned. */
const SKIP = ['explain/locales/', '_generated/'];

/**
 * Model-level data that is allowed to carry both languages, by file and rule. Each entry says why.
 * (Fact labels in src/facts/ are `{ vi, en }` data like the rule files' labels and match no rule.)
 */
const ALLOWED: Readonly<Record<string, { readonly rule: Rule; readonly why: string }>> = {
  'overlay/ops/sheet.ts': {
    rule: 'vietnamese-ternary',
    why: "rule-book data: the overlay layer writes the added score-sheet criterion's source note as a { vi, en } text, like the notes of the rule files (it cannot import a locale); no renderer shows it",
  },
};

type Rule = 'tag-comparison' | 'vi-en-fallback' | 'index-by-tag' | 'vietnamese-ternary' | 'vi-en-ternary' | 'word-table';

const VN = 'À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ';
const RULES: readonly { readonly rule: Rule; readonly re: RegExp; readonly renderersOnly?: boolean }[] = [
  // lang === 'vi', L.lang !== 'en', 'vi' === lang, textKey === 'en'
  { rule: 'tag-comparison', re: /\b(?:lang|textKey)\s*[!=]==?\s*['"`][a-z]{2}(?:-[A-Za-z0-9]+)?['"`]|[!=]==?\s*['"`](?:vi|en)['"`]|['"`](?:vi|en)['"`]\s*[!=]==?/ },
  // t.vi ?? t.en, t?.vi
  { rule: 'vi-en-fallback', re: /\.(?:vi|en)\s*\?\?|\?\.(?:vi|en)\b/ },
  // title[lang], name[L.lang]
  { rule: 'index-by-tag', re: /\[\s*(?:lang|\w+\.lang)\s*\]/ },
  // cond ? 'hoặc' : 'or' (a Vietnamese text chosen against another)
  { rule: 'vietnamese-ternary', re: new RegExp(`\\?\\s*(['"\`])[^'"\`\\n]*[${VN}][^'"\`\\n]*\\1\\s*:|\\?\\s*(['"\`])[^'"\`\\n]*\\2\\s*:\\s*(['"\`])[^'"\`\\n]*[${VN}]`) },
  // cond ? t.vi : t.en
  { rule: 'vi-en-ternary', re: /\?[^:;\n]*\.vi\b[^;\n]*:[^;\n]*\.en\b|\?[^:;\n]*\.en\b[^;\n]*:[^;\n]*\.vi\b/ },
  // { vi: 'nhãn', en: 'label' } in a renderer or the CLI
  { rule: 'word-table', re: /\bvi:\s*['"`]/, renderersOnly: true },
];

/** Comments are not code: strip them (keeping line numbers). */
function stripComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/[^\n]*/g, '$1');
}

/** Every violation of a file's text: rule and line. */
function violations(file: string, text: string): { rule: Rule; line: number; code: string }[] {
  const renderer = file.startsWith('explain/') || file.startsWith('cli/');
  const out: { rule: Rule; line: number; code: string }[] = [];
  stripComments(text)
    .split('\n')
    .forEach((code, i) => {
      for (const r of RULES) {
        if (r.renderersOnly && !renderer) continue;
        if (!r.re.test(code)) continue;
        if (ALLOWED[file]?.rule === r.rule) continue;
        out.push({ rule: r.rule, line: i + 1, code: code.trim() });
      }
    });
  return out;
}

describe('words only in locales: no language branching outside src/explain/locales/', () => {
  test('the scanner finds each kind of branching (planted samples)', () => {
    const planted: Record<Rule, string> = {
      'tag-comparison': "const or = lang === 'vi' ? x : y;",
      'vi-en-fallback': 'const t = title.vi ?? title.en;',
      'index-by-tag': 'const t = award.title[lang];',
      'vietnamese-ternary': "const or = isEn ? ' or ' : ' hoặc ';",
      'vi-en-ternary': 'const t = isVi ? title.vi : title.en;',
      'word-table': "const W = { none: { vi: 'Không có', en: 'None' } };",
    };
    for (const [rule, code] of Object.entries(planted)) expect(violations('explain/render-x.ts', code).map((v) => v.rule)).toContain(rule);
    // comments and shape checks are not branching
    expect(violations('explain/render-x.ts', "// lang === 'vi'\nif (typeof l.lang === 'string') f();")).toEqual([]);
    // a `{ vi, en }` text is data outside the renderers (fact labels)
    expect(violations('facts/catalog.ts', "label: { vi: 'số năm', en: 'years' },")).toEqual([]);
  });

  test('src/ has none (outside the locale layer, generated data and the listed model-level data)', () => {
    const found: string[] = [];
    for (const abs of listTs(SRC)) {
      const file = relative(SRC, abs).replace(/\\/g, '/');
      if (SKIP.some((s) => file.startsWith(s))) continue;
      for (const v of violations(file, readFileSync(abs, 'utf8'))) found.push(`src/${file}:${v.line} [${v.rule}] ${v.code}`);
    }
    expect(found).toEqual([]);
  });

  test('every allowed exception still exists and still needs its allowance', () => {
    for (const [file, a] of Object.entries(ALLOWED)) {
      const text = readFileSync(join(SRC, file), 'utf8');
      const rule = RULES.find((r) => r.rule === a.rule)!;
      expect(stripComments(text).split('\n').some((l) => rule.re.test(l))).toBe(true);
    }
  });
});

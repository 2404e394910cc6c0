import { describe, expect, test } from 'vitest';
import { evaluateEligibility, renderExplanation, renderIssues, type EligibilityReport } from '../src/index.js';
import { makeIssue } from '../src/advanced.js';
import { nationalBook } from './support/factories.js';

// Issue 19 item 9: escape per output format; no control character reaches a terminal.
const book = nationalBook();
const EVIL = 'Nguyễn\n# Owned\n<script>alert(1)</script>[click](javascript:x)\u001b[2J\u001b]0;pwn\u0007\u202e';

async function report(): Promise<EligibilityReport> {
  const r = await evaluateEligibility(book, { kind: 'individual', id: 'nguoi-a', name: EVIL, history: [{ year: 2025, taskRating: 'good' }] }, { year: 2025, awards: ['lao-dong-tien-tien'] });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

describe('issue 19.9: output escaping per format', () => {
  test('text: the name stays on one line and no control character is emitted', async () => {
    const t = renderExplanation(await report(), { lang: 'en' });
    expect(t).not.toMatch(CONTROL);
    expect(t.split('\n')[0]).toContain('Nguyễn\\u000a# Owned');
    expect(t).not.toMatch(/^# Owned/m);
    expect(t).toContain('\\u001b[2J');
  });

  test('markdown: no raw HTML, no link, no injected heading', async () => {
    const md = renderExplanation(await report(), { lang: 'en', format: 'markdown' });
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/^# Owned/m);
    expect(md).not.toContain('[click](');
    expect(md).not.toMatch(CONTROL);
  });

  test('html: a hand-made verdict cannot leave the class attribute', async () => {
    const r = await report();
    // forged from the plain (JSON) form: a full verdict's rules and failing are prototype accessors, not copied by a spread
    const plain = JSON.parse(JSON.stringify(r)) as EligibilityReport;
    const forged = { ...plain, awards: plain.awards.map((a) => ({ ...a, verdict: 'eligible" onmouseover="alert(1)' })) } as unknown as EligibilityReport;
    const html = renderExplanation(forged, { format: 'html' });
    expect(html).not.toContain('onmouseover="alert(1)"');
    expect(html).toContain('class="thidua-award thidua-invalid"');
    expect(renderExplanation(r, { format: 'html' })).not.toContain('<script>');
  });

  test('issues: keys and paths with escape sequences are printed visibly', () => {
    const text = renderIssues([makeIssue('unrecognized_key', ['input.json\u001b[31m', 'bad\nkey'], { key: 'bad\nkey\u001b[0m' })], { lang: 'en' });
    expect(text).not.toMatch(CONTROL);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toContain('\\u001b[31m');
  });
});

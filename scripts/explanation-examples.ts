/**
 * The worked examples of docs/explanations.md (one eligible, one ineligible, one undetermined
 * explanation, Vietnamese and English), rendered from the national rule book by scripts/generate.ts.
 */
import { evaluateEligibility } from '../src/evaluate/evaluate-eligibility.js';
import type { RuleBook } from '../src/model/rule-book.js';
import { renderExplanation } from '../src/explain/render-explanation.js';

export const BEGIN = '<!-- BEGIN generated examples (scripts/explanation-examples.ts; run `npm run gen`) -->';
export const END = '<!-- END generated examples -->';

const year = (y: number, extra: Record<string, unknown> = {}) => ({ year: y, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }], ...extra });

const EXAMPLES = [
  {
    title: { vi: 'Đủ điều kiện', en: 'Eligible' },
    awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'],
    year: 2025,
    subject: {
      kind: 'individual',
      id: 'tran-thi-lan',
      name: 'Trần Thị Lan',
      history: [year(2025, { awards: [{ awardId: 'lao-dong-tien-tien' }] })],
      councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 10, approvals: 9 }],
    },
  },
  {
    title: { vi: 'Không đủ điều kiện', en: 'Not eligible' },
    awards: ['chien-si-thi-dua-tinh'],
    year: 2025,
    subject: {
      kind: 'individual',
      id: 'nguyen-van-binh',
      name: 'Nguyễn Văn Bình',
      history: [year(2024), year(2025)],
      initiatives: [{ id: 'sk-1', kind: 'initiative', year: 2025, recognisedScope: 'grassroots' }],
      councilVotes: [{ awardId: 'chien-si-thi-dua-tinh', year: 2025, members: 11, approvals: 8 }],
    },
  },
  {
    title: { vi: 'Chưa xác định được', en: 'Undetermined' },
    awards: ['lao-dong-tien-tien'],
    year: 2025,
    subject: { kind: 'individual', id: 'le-minh', name: 'Lê Minh', history: [{ year: 2025, hasGoodConduct: true }] },
  },
] as const;

/**
 * The generated section: each example in Vietnamese, then English, as text blocks.
 * @param book the national rule book.
 * @returns markdown between {@link BEGIN} and {@link END}.
 */
export async function renderExplanationExamples(book: RuleBook): Promise<string> {
  const out: string[] = [BEGIN, ''];
  for (const ex of EXAMPLES) {
    const r = await evaluateEligibility(book, ex.subject, { year: ex.year, awards: [...ex.awards] });
    if (!r.ok) throw new Error(`example ${ex.subject.id}: ${JSON.stringify(r.issues)}`);
    for (const lang of ['vi', 'en'] as const) {
      out.push(`### ${ex.title[lang]} (${lang === 'vi' ? 'tiếng Việt' : 'English'})`, '', '```text', renderExplanation(r.value, { lang }).trimEnd(), '```', '');
    }
  }
  out.push(END);
  return out.join('\n');
}

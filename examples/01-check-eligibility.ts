/**
 * 01 — Check one person's eligibility for every individual title in an achievement year.
 * Usage: npx tsx examples/01-check-eligibility.ts
 *
 * Loads the embedded national rule book, evaluates one civil servant for 2025 (Decree 152/2025
 * regime) and prints the verdicts, then the Vietnamese explanation of one award.
 */
import { evaluateEligibility, loadNationalRuleBook, renderExplanation, renderIssues } from 'thidua';

const book = loadNationalRuleBook();
if (!book.ok) throw new Error(renderIssues(book.issues));

const person = {
  kind: 'individual',
  id: 'pham-minh-chau',
  name: 'Phạm Minh Châu',
  history: [
    { year: 2024, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] },
    { year: 2025, taskRating: 'good', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }] },
  ],
  initiatives: [{ id: 'sk-2025-01', kind: 'initiative', year: 2025, recognisedScope: 'grassroots' }],
  councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 7, approvals: 6 }],
};

const result = await evaluateEligibility(book.value, person, { year: 2025 });
if (!result.ok) {
  console.error(renderIssues(result.issues));
  process.exit(1);
}
for (const a of result.value.awards) console.log(`${a.awardId}: ${a.verdict}`);
console.log();
console.log(renderExplanation(result.value, { awards: ['chien-si-thi-dua-co-so'] }));

/**
 * 02 — Explain a verdict in Vietnamese (default) and in English, as text and as data.
 * Usage: npx tsx examples/02-explain-in-vietnamese-and-english.ts
 *
 * Evaluates one person who misses the council ballot for Chiến sĩ thi đua cơ sở and prints the
 * explanation in both languages, then the failing criteria with their gap as plain data.
 */
import { evaluateEligibility, loadNationalRuleBook, renderExplanation, renderIssues } from 'thidua';

const book = loadNationalRuleBook();
if (!book.ok) throw new Error(renderIssues(book.issues));

const person = {
  kind: 'individual',
  id: 'do-thu-ha',
  name: 'Đỗ Thu Hà',
  history: [{ year: 2025, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }] }],
  councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2025, members: 11, approvals: 8 }],
};

const result = await evaluateEligibility(book.value, person, { year: 2025, awards: ['chien-si-thi-dua-co-so'] });
if (!result.ok) {
  console.error(renderIssues(result.issues));
  process.exit(1);
}
console.log(renderExplanation(result.value));
console.log(renderExplanation(result.value, { lang: 'en' }));
const award = result.value.awards[0]!;
console.log(JSON.stringify(award.failing, null, 2));
// => [{ "ruleId": "chien-si-thi-dua-co-so-nd152", "name": "council-ballot", "status": "fail",
//       "criterion": "chien-si-thi-dua-co-so@2022#3",
//       "gap": { "kind": "count", "amount": "1", "direction": "increase", "unit": "approvals" } }]

/**
 * 07 — Check a collective (a provincial department) for the collective titles of 2025.
 * Usage: npx tsx examples/07-check-a-collective.ts
 *
 * Shares are exact fractions of member counts (Art. 27–28: at least 70 % of members with the
 * advanced title), so 13 of 19 members (68.4 %) fails where 14 of 20 (70 %) passes. Prints the
 * verdicts and the Vietnamese explanation of Tập thể lao động xuất sắc.
 */
import { evaluateEligibility, loadNationalRuleBook, renderExplanation, renderIssues } from 'thidua';

const book = loadNationalRuleBook();
if (!book.ok) throw new Error(renderIssues(book.issues));

const department = (advanced: number, members: number) => ({
  kind: 'collective',
  id: `so-tai-chinh-${advanced}-${members}`,
  name: `Sở Tài chính (${advanced}/${members} thành viên đạt Lao động tiên tiến)`,
  collectiveKind: 'agency',
  history: [
    {
      year: 2025,
      taskRating: 'excellent',
      isEmulationActive: true,
      hasSolidarity: true,
      isLawAbiding: true,
      memberCount: members,
      advancedMemberCount: advanced,
      cstdcsMemberCount: 2,
      completedMemberCount: members,
      warnedMemberCount: 0,
    },
  ],
});

for (const unit of [department(14, 20), department(13, 19)]) {
  const r = await evaluateEligibility(book.value, unit, { year: 2025, awards: ['tap-the-lao-dong-tien-tien', 'tap-the-lao-dong-xuat-sac'] });
  if (!r.ok) {
    console.error(renderIssues(r.issues));
    process.exit(1);
  }
  for (const a of r.value.awards) console.log(`${unit.id} ${a.awardId}: ${a.verdict}`);
  if (unit.id.endsWith('13-19')) console.log(`\n${renderExplanation(r.value, { awards: ['tap-the-lao-dong-xuat-sac'] })}`);
}

/**
 * 03 — Tweak the national rules for one province with an overlay, safely, and see the provenance.
 * Usage: npx tsx examples/03-tweak-a-province.ts
 *
 * Starts from the shipped (illustrative) Hải Phòng overlay, adds one more operation of our own,
 * shows that loosening a statutory condition is refused with a typed error, prints what the
 * overlay changes (diff) and the Vietnamese explanation with "… nâng yêu cầu từ … lên …, theo Quyết định …".
 */
import { applyOverlay, diffRuleBooks, evaluateEligibility, loadNationalRuleBook, provinceOverlay, renderDiff, renderExplanation, renderIssues } from 'thidua';

const national = loadNationalRuleBook();
if (!national.ok) throw new Error(renderIssues(national.issues));

// 1. Tighten: the shipped overlay plus our own operation (two initiatives → three for CSTĐCS).
const shipped = provinceOverlay('hai-phong') as { operations: unknown[] };
const tightened = {
  ...shipped,
  operations: [
    ...shipped.operations,
    // a labelled condition whose value changes needs its new label (overlay_stale_label otherwise)
    {
      id: 'three-initiatives',
      op: 'set',
      target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative',
      value: '3',
      label: { vi: 'Có 3 sáng kiến được công nhận cấp cơ sở', en: 'Three initiatives recognised at grassroots level' },
    },
  ],
};
const local = applyOverlay(national.value, tightened);
if (!local.ok) throw new Error(renderIssues(local.issues));
console.log(`national ${national.value.hash.slice(0, 12)} → Hải Phòng ${local.value.hash.slice(0, 12)}`);

// 2. Loosen: refused at load time, citing the statutory article.
const loosened = applyOverlay(national.value, {
  ...shipped,
  operations: [{ id: 'zero-initiatives', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '0' }],
});
if (!loosened.ok) console.log(renderIssues(loosened.issues));
// => …Thao tác «zero-initiatives» nới lỏng điều kiện luật định … (căn cứ: Điều 23 Luật 06/2022/QH15).

// 3. What the overlay changes.
console.log(renderDiff(diffRuleBooks(national.value, local.value)));

// 4. Evaluate one person in 2026 under the overlay.
const person = {
  kind: 'individual',
  id: 'nguyen-thi-mai',
  name: 'Nguyễn Thị Mai',
  history: [{ year: 2026, taskRating: 'good', hasGoodConduct: true, isLawAbiding: true, awards: [{ awardId: 'lao-dong-tien-tien' }] }],
  initiatives: [
    { id: 'sk-2026-01', kind: 'initiative', year: 2026, recognisedScope: 'grassroots' },
    { id: 'sk-2026-02', kind: 'initiative', year: 2026, recognisedScope: 'grassroots' },
  ],
  councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2026, members: 10, approvals: 9 }],
};
const report = await evaluateEligibility(local.value, person, { year: 2026, awards: ['chien-si-thi-dua-co-so'] });
if (!report.ok) throw new Error(renderIssues(report.issues));
console.log(renderExplanation(report.value));
// => … Ủy ban nhân dân thành phố Hải Phòng nâng yêu cầu từ 2 lên 3 sáng kiến, theo Quyết định MH-01/2026/QĐ-UBND (minh họa) …

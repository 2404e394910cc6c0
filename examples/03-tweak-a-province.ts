/**
 * 03 — Tweak the national rules for one province with an overlay, safely, and see the provenance.
 * Usage: npx tsx examples/03-tweak-a-province.ts
 *
 * Starts from the shipped Lào Cai overlay (a real regulation, Quyết định 14/2024/QĐ-UBND, which adds
 * criteria to the Advanced Worker title), composes a draft department overlay of our own on top of it
 * (two initiatives instead of one for CSTĐCS), shows that loosening a statutory condition is refused
 * with a typed error, prints what the overlays change (diff) and the Vietnamese explanation with
 * "… bổ sung điều kiện này, theo Quyết định …" and "… nâng yêu cầu từ … lên …, theo văn bản … (minh họa)".
 */
import { applyOverlays, diffRuleBooks, evaluateEligibility, loadNationalRuleBook, provinceOverlay, renderDiff, renderExplanation, renderIssues } from 'thidua';

const national = loadNationalRuleBook();
if (!national.ok) throw new Error(renderIssues(national.issues));

// 1. The shipped province overlay (real) and a draft of our own, one layer below it. Ours is marked
//    illustrative: its decision number is invented, and every sentence that cites it says so.
const laoCai = provinceOverlay('lao-cai');
const draft = (operations: unknown[]) => ({
  province: 'lao-cai',
  layer: 'department',
  unit: 'so-giao-duc-va-dao-tao',
  title: { vi: 'Dự thảo hướng dẫn của Sở Giáo dục và Đào tạo (minh họa)', en: 'Draft guidance of the Department of Education and Training (illustrative)' },
  illustrative: true,
  marker: 'UNCONFIRMED',
  decision: { number: 'DRAFT-01/2026', date: '2026-01-05', signer: { vi: 'Sở Giáo dục và Đào tạo tỉnh Lào Cai', en: 'Lào Cai Department of Education and Training' } },
  basis: { document: 'DRAFT-01/2026', article: '1' },
  effective: { from: '2026-01-01' },
  appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd152'] },
  operations,
});
// A labelled condition whose value changes needs its new label (overlay_stale_label otherwise).
const tighten = draft([
  {
    id: 'two-initiatives',
    op: 'set',
    target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative',
    value: '2',
    label: { vi: 'Có 2 sáng kiến được công nhận cấp cơ sở', en: 'Two initiatives recognised at grassroots level' },
  },
]);
const files = ['rules/provinces/lao-cai/overlay.json', 'draft-so-gddt.json']; // labels for issue paths
const local = applyOverlays(national.value, [laoCai, tighten], { files });
if (!local.ok) throw new Error(renderIssues(local.issues));
console.log(`national ${national.value.hash.slice(0, 12)} → Lào Cai + draft ${local.value.hash.slice(0, 12)}`);

// 2. Loosen: refused at load time, citing the statutory article.
const loosened = applyOverlays(national.value, [laoCai, draft([{ id: 'zero-initiatives', op: 'set', target: 'chien-si-thi-dua-co-so-nd152#grassroots-initiative', value: '0' }])], { files });
if (!loosened.ok) console.log(renderIssues(loosened.issues));
// => overlay_loosens_statute tại draft-so-gddt.json.operations[0].value: Thao tác «zero-initiatives» nới lỏng điều kiện luật định … (căn cứ: Điều 23 Luật 06/2022/QH15).

// 3. What the overlays change.
console.log(renderDiff(diffRuleBooks(national.value, local.value)));

// 4. Evaluate one person in 2026 under both overlays.
const person = {
  kind: 'individual',
  id: 'nguyen-thi-mai',
  name: 'Nguyễn Thị Mai',
  history: [
    {
      year: 2026,
      taskRating: 'good',
      hasGoodConduct: true,
      isLawAbiding: true,
      hasGoodMorals: true,
      isActiveLearner: true,
      extraFacts: { activeInResidenceArea: true, administrativelySanctioned: false },
      awards: [{ awardId: 'lao-dong-tien-tien' }],
    },
  ],
  initiatives: [{ id: 'sk-2026-01', kind: 'initiative', year: 2026, recognisedScope: 'grassroots' }],
  councilVotes: [{ awardId: 'chien-si-thi-dua-co-so', year: 2026, members: 10, approvals: 9 }],
};
const report = await evaluateEligibility(local.value, person, { year: 2026, awards: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'] });
if (!report.ok) throw new Error(renderIssues(report.issues));
console.log(renderExplanation(report.value));
// => … Lao động tiên tiến — Đủ điều kiện …
// => … Trong năm không bị cơ quan có thẩm quyền xử phạt hành chính … Ủy ban nhân dân tỉnh Lào Cai bổ sung điều kiện này, theo Quyết định 14/2024/QĐ-UBND …
// => … Chiến sĩ thi đua cơ sở — Không đủ điều kiện …
// => … Sở Giáo dục và Đào tạo tỉnh Lào Cai nâng yêu cầu từ 1 lên 2 sáng kiến, theo văn bản DRAFT-01/2026 (minh họa) …

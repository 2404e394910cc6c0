import { describe, expect, test } from 'vitest';
import { issueMessage,
  applyOverlays,
  bonusFor,
  evaluateEligibility,
  listAwards,
  listCriteria,
  listParameters,
  listProvinces,
  listRegimes,
  loadProvinceRuleBook,
  nextAwards,
  provinceOverlayKeys,
  provincesFile,
  renderBonus,
  renderNextAwards,
} from '../src/index.js';
import { nationalBook, readJson, runCli, strongCandidate } from './support/factories.js';
import { overlayTargets } from '../src/index.js';
import type { ScoreSheet } from '../src/schema/score-sheet.js';
import { shippedOverlay } from './support/overlays.js';

const book = nationalBook();

describe('discovery lists (API)', () => {
  test('awards and regimes come from the book', () => {
    const awards = listAwards(book);
    expect(awards.map((a) => a.id)).toContain('lao-dong-tien-tien');
    expect(awards.find((a) => a.id === 'lao-dong-tien-tien')!.regimes).toEqual(['vn-tdkt-2003', 'vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152']);
    expect(listRegimes(book).map((r) => [r.id, r.from, r.to ?? null, r.enabled])).toContainEqual(['vn-tdkt-2022-nd152', '2025-07-01', null, true]);
  });

  test('provinces: 34 keys, the ones with an overlay marked', () => {
    const p = listProvinces(provincesFile(), provinceOverlayKeys());
    expect(p).toHaveLength(34);
    expect(p.filter((x) => x.hasOverlay).map((x) => x.key).sort()).toEqual(['bac-ninh', 'lao-cai']);
    expect(p.find((x) => x.key === 'ha-noi')).toMatchObject({ hasOverlay: false, name: { vi: 'thành phố Hà Nội' } });
  });

  test('criteria give the node ids overlays target, and every one is accepted by an overlay', () => {
    const r = listCriteria(book, { award: 'chien-si-thi-dua-co-so', regime: 'vn-tdkt-2022-nd152' });
    if (!r.ok) throw new Error('issues');
    const leaf = r.value.find((c) => c.nodeId === 'chien-si-thi-dua-co-so-nd152#grassroots-initiative');
    expect(leaf).toMatchObject({ kind: 'leaf', criterion: 'chien-si-thi-dua-co-so@2022#2b', fact: 'initiativeCount', label: { vi: 'Có sáng kiến được công nhận cấp cơ sở' } });
    // the ids really are what an overlay uses: every node the shipped Bắc Ninh overlay targets is listed
    const all = listCriteria(book, { regime: 'vn-tdkt-2022-nd152' });
    if (!all.ok) throw new Error('issues');
    // (score sheets are not part of the rule book: sheet: targets are not criteria)
    const targets = (shippedOverlay('bac-ninh')['operations'] as { target: string }[]).map((o) => o.target).filter((t) => !t.startsWith('param:') && !t.startsWith('sheet:'));
    expect(targets).toEqual(['co-thi-dua-tinh-nd152#route-thematic-movement', 'chien-si-thi-dua-tinh-nd152#root', 'co-thi-dua-tinh-nd152#root']);
    for (const t of targets) expect(all.value.map((c) => c.nodeId)).toContain(t);
  });

  test('parameters carry their short labels; unknown filters list the valid ids', () => {
    const r = listParameters(book, { regime: 'vn-tdkt-2022-nd152' });
    if (!r.ok) throw new Error('issues');
    expect(r.value.every((p) => p.label !== undefined)).toBe(true);
    expect(r.value.find((p) => p.id === 'ballot.cstdcsMinShare')).toMatchObject({ value: '0.8', label: { vi: 'Tỷ lệ phiếu đồng ý tối thiểu cho Chiến sĩ thi đua cơ sở' } });
    const bad = listCriteria(book, { award: 'LDTT' });
    expect(!bad.ok && (bad.issues[0]!.params as Readonly<Record<string, unknown>>)['valid']).toContain('lao-dong-tien-tien');
    expect(!bad.ok && issueMessage(bad.issues[0]!, 'vi')).toContain('Các mã hợp lệ: «bang-khen-thu-tuong», ');
    const close = listCriteria(book, { regime: 'vn-tdkt-2022-nd15' });
    expect(!close.ok && issueMessage(close.issues[0]!, 'en')).toMatch(/Did you mean: vn-tdkt-2022-nd152/);
  });
});

describe('thidua list (CLI)', () => {
  test('criteria of one award, text and JSON, vi and en', async () => {
    const t = await runCli('list', 'criteria', '--award', 'lao-dong-tien-tien', '--regime', 'vn-tdkt-2022-nd152');
    expect(t.code).toBe(0);
    expect(t.out).toContain('lao-dong-tien-tien-nd152#task-rating-good (lao-dong-tien-tien@2022#1) — Hoàn thành tốt nhiệm vụ trở lên [khoản 1 Điều 24 Luật 06/2022/QH15]');
    const e = await runCli('list', 'criteria', '--award', 'lao-dong-tien-tien', '--regime', 'vn-tdkt-2022-nd152', '--lang', 'en');
    expect(e.out).toContain('— Good task completion or better [Law 06/2022/QH15, Art. 24.1]');
    const j = await runCli('list', 'criteria', '--award', 'lao-dong-tien-tien', '--regime', 'vn-tdkt-2022-nd152', '--format', 'json');
    expect(JSON.parse(j.out).criteria.map((c: { nodeId: string }) => c.nodeId)).toEqual(['lao-dong-tien-tien-nd152#root', 'lao-dong-tien-tien-nd152#task-rating-good', 'lao-dong-tien-tien-nd152#good-conduct']);
  });

  test('provinces, awards, regimes, parameters; a bad kind is a usage error', async () => {
    const provinces = (await runCli('list', 'provinces')).out;
    expect(provinces).toContain('lao-cai — tỉnh Lào Cai (có văn bản của địa phương)\n');
    expect(provinces).toContain('hai-phong — thành phố Hải Phòng\n');
    expect((await runCli('list', 'awards', '--lang', 'en')).out).toContain('giay-khen — Certificate of Commendation (individual, collective; regimes: ');
    expect((await runCli('list', 'regimes')).out).toContain('vn-tdkt-2022-nd152 — ');
    expect((await runCli('list', 'parameters', '--regime', 'vn-tdkt-2022-nd152')).out).toContain('ballot.cstdcsMinShare [vn-tdkt-2022-nd152] — Tỷ lệ phiếu đồng ý tối thiểu cho Chiến sĩ thi đua cơ sở: 0,8 [CHƯA XÁC NHẬN]');
    expect((await runCli('list', 'things')).code).toBe(2);
    const bad = await runCli('list', 'criteria', '--award', 'LDTT');
    expect([bad.code, bad.err]).toEqual([1, expect.stringContaining('Các mã hợp lệ:')]);
  });
});

describe('thidua list targets (CLI): every address an overlay accepts, quotas and score sheets included', () => {
  const BN = 'examples/data/clusters/khoi-so-nganh-bac-ninh-2025.json';
  type Row = { target: string; kind: string; regime: string; actions: string[]; node?: unknown; sheetId?: string };

  test('conditions, parameters, then the quotas; with --cluster the sheet addresses of that cluster, appended; JSON is overlayTargets without the nodes', async () => {
    const j = await runCli('list', 'targets', '--regime', 'vn-tdkt-2022-nd152', '--cluster', BN, '--format', 'json');
    expect(j.code).toBe(0);
    const rows = (JSON.parse(j.out) as { targets: Row[] }).targets;
    const book = nationalBook();
    const sheet = (readJson(BN) as { review: { scoreSheet: ScoreSheet } }).review.scoreSheet;
    const lib = overlayTargets(book, { regime: 'vn-tdkt-2022-nd152', sheets: [sheet] });
    expect(rows.map((r) => [r.target, r.kind, r.actions])).toEqual(lib.map((t) => [t.target, t.kind, t.actions]));
    expect(rows.some((r) => 'node' in r)).toBe(false);
    expect(rows.slice(-4).map((r) => [r.kind, r.target])).toEqual([
      ['quota', 'quota:co-thi-dua-cua-chinh-phu-quota'],
      ['sheet', 'sheet:bang-diem-cum-khoi-bac-ninh'],
      ['sheet-group', 'sheet:bang-diem-cum-khoi-bac-ninh#nhiem-vu-chuyen-mon'],
      ['sheet-group', 'sheet:bang-diem-cum-khoi-bac-ninh#cong-tac-thi-dua'],
    ]);
    const plain = (JSON.parse((await runCli('list', 'targets', '--regime', 'vn-tdkt-2022-nd152', '--format', 'json')).out) as { targets: Row[] }).targets;
    expect(plain).toEqual(rows.filter((r) => r.sheetId === undefined));
  });

  test('text names the kind and what may be tried, in vi and en; --award narrows to that award', async () => {
    const vi = await runCli('list', 'targets', '--regime', 'vn-tdkt-2022-nd152', '--cluster', BN);
    expect(vi.out).toContain('quota:co-thi-dua-cua-chinh-phu-quota [vn-tdkt-2022-nd152] — hạn mức khen thưởng (luật định): hạ tỷ lệ tối đa; chuyển từ chỉ báo cáo sang giới hạn\n');
    expect(vi.out).toContain('sheet:bang-diem-cum-khoi-bac-ninh#cong-tac-thi-dua — nhóm tiêu chí của bảng điểm: thêm điểm trừ hoặc điều kiện loại\n');
    const en = await runCli('list', 'targets', '--award', 'co-thi-dua-cua-chinh-phu', '--lang', 'en');
    expect(en.out).toContain('quota:co-thi-dua-cua-chinh-phu-quota [vn-tdkt-2003] — quota (statutory): lower the maximum share\n');
    expect(en.out).toContain('quota:co-thi-dua-cua-chinh-phu-quota [vn-tdkt-2022-nd98] — quota (statutory): lower the maximum share; turn report-only into a cap\n');
    expect(en.out.trim().split('\n').every((l) => l.includes('co-thi-dua-cua-chinh-phu'))).toBe(true);
  });

  test('a missing cluster file, a file without a score sheet and an unknown award are typed issues (exit 1)', async () => {
    const missing = await runCli('list', 'targets', '--cluster', 'nope.json', '--format', 'json');
    expect([missing.code, (JSON.parse(missing.out) as { issues: { code: string }[] }).issues.map((i) => i.code)]).toEqual([1, ['file_read_error']]);
    const noSheet = await runCli('list', 'targets', '--cluster', 'examples/data/individuals.json', '--format', 'json');
    expect(noSheet.code).toBe(1);
    expect((JSON.parse(noSheet.out) as { issues: { path: unknown[] }[] }).issues[0]!.path.slice(0, 3)).toEqual(['examples/data/individuals.json', 'review', 'scoreSheet']);
    expect((await runCli('list', 'targets', '--award', 'LDTT')).code).toBe(1);
  });
});

describe('errors that help', () => {
  test('a province without an overlay is not an unknown province', async () => {
    const r = loadProvinceRuleBook('ha-noi');
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['province_without_overlay']);
    expect(!r.ok && issueMessage(r.issues[0]!, 'vi')).toContain('«ha-noi» có trong danh mục nhưng gói chưa có văn bản');
    const typo = loadProvinceRuleBook('ha-nol');
    expect(!typo.ok && [typo.issues[0]!.code, (typo.issues[0]!.params as Readonly<Record<string, unknown>>)['suggestions']]).toEqual(['unknown_province', ['ha-noi']]);
    const cli = await runCli('evaluate', 'examples/data/individuals.json', '--year', '2025', '--province', 'ha-noi', '--lang', 'en');
    expect([cli.code, cli.err]).toEqual([1, expect.stringContaining('province_without_overlay at --province: Province "ha-noi" is in the province list but the package ships no overlay')]);
  });

  test('no regime in force names the periods covered; a missing kind names the key', async () => {
    const r = await evaluateEligibility(book, strongCandidate(), { year: 1990 });
    expect(!r.ok && issueMessage(r.issues[0]!, 'vi')).toBe(
      'Không có chế độ pháp lý nào có hiệu lực vào ngày 31/12/1990; bộ quy tắc chỉ có các giai đoạn: từ 01/07/2004 đến 31/12/2023; từ 01/01/2024 đến 30/06/2025; từ 01/07/2025 trở đi.',
    );
    const k = await evaluateEligibility(book, { id: 'x', history: [] }, { year: 2025 });
    expect(!k.ok && k.issues.map((i) => [i.code, issueMessage(i, 'en')])).toEqual([['missing_field', 'Required field "kind" is missing; allowed values: individual, collective.']]);
  });

  test('overlay issues name the file they came from, and a merged province explains its date', () => {
    // a former unit's key is refused for an overlay that begins after the merger, naming its successor
    const o = { ...shippedOverlay('lao-cai'), province: 'quang-nam', effective: { from: '2026-01-01' } };
    const r = applyOverlays(book, [o], { files: ['ov/x.json'] });
    expect(!r.ok && r.issues.map((i) => [i.code, i.path[0]])).toEqual([['unknown_province', 'ov/x.json']]);
    expect(!r.ok && issueMessage(r.issues[0]!, 'vi')).toContain('(đã hợp nhất vào «da-nang» từ sau ngày 30/06/2025)');
    // one that begins before it may run past it (issue 20): the merged city carries it on
    const spanning = applyOverlays(book, [{ ...o, province: 'da-nang', effective: { from: '2024-01-01' }, appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd98', 'vn-tdkt-2022-nd152'] } }]);
    expect(spanning.ok && spanning.value.overlays![0]!.jurisdiction).toEqual({ kind: 'province', key: 'da-nang', name: { vi: 'thành phố Đà Nẵng', en: 'Đà Nẵng city' }, successor: 'da-nang' });
  });
});

describe('renderers for nextAwards and bonusFor', () => {
  test('nextAwards: verdict, earliest year, missing criteria in words, no edge ids, no English in Vietnamese', async () => {
    const y = (year: number) => ({ year, taskRating: 'excellent', hasGoodConduct: true, awards: [{ awardId: 'lao-dong-tien-tien' }, { awardId: 'chien-si-thi-dua-co-so' }] });
    const r = await nextAwards(book, { kind: 'individual', id: 'nguyen-van-a', history: [y(2024), y(2025)] }, { year: 2025 });
    if (!r.ok) throw new Error('issues');
    const vi = renderNextAwards(r.value);
    const en = renderNextAwards(r.value, { lang: 'en' });
    expect(vi.split('\n')[0]).toBe('Đối tượng: nguyen-van-a (cá nhân) — Năm thành tích: 2025 — Chế độ pháp lý: vn-tdkt-2022-nd152 (xét trong 10 năm tới)');
    expect(vi).toContain('■ Chiến sĩ thi đua Bộ, ban, ngành, tỉnh — Không đủ điều kiện; năm sớm nhất có thể đạt: 2026');
    expect(vi).toContain('— còn thiếu 1 năm; năm sớm nhất có thể đạt: 2026; cần đạt Chiến sĩ thi đua cơ sở năm 2026 [Điều 22 Luật 06/2022/QH15; CHƯA XÁC NHẬN]');
    expect(vi).not.toMatch(/UNCONFIRMED|PROBABLE|individual|e[0-9]+-20[0-9]{2}|Nhánh Chiến sĩ thi đua cơ sở không đòi hỏi/);
    expect(en).toContain('■ Ministry / Sector / Provincial Emulation Fighter — Not eligible; earliest year it could qualify: 2026');
    const md = renderNextAwards(r.value, { format: 'markdown' });
    expect(md).toContain('### Chiến sĩ thi đua Bộ, ban, ngành, tỉnh — Không đủ điều kiện');
    const html = renderNextAwards(r.value, { format: 'html', lang: 'en' });
    expect(html.startsWith('<article class="thidua-next" lang="en">')).toBe(true);
    expect(html.match(/<ul>/g)?.length).toBe(html.match(/<\/ul>/g)?.length);
  });

  test('bonusFor: amount in words, undetermined reason translated (not "multiplier-unconfirmed")', () => {
    const d = bonusFor(book, 'co-thi-dua-cua-chinh-phu', { date: '2024-07-01', subjectKind: 'collective' });
    if (!d.ok) throw new Error('issues');
    expect(renderBonus(d.value)).toContain('Số tiền thưởng: 28.080.000 đồng');
    expect(renderBonus(d.value, { lang: 'en' })).toContain('Bonus amount: 28,080,000 VND');
    const u = bonusFor(book, 'bang-khen-thu-tuong', { date: '2025-07-01', subjectKind: 'individual' });
    if (!u.ok) throw new Error('issues');
    const vi = renderBonus(u.value);
    expect(vi).toContain('Chưa xác định được số tiền: hệ số chưa được xác nhận');
    expect(vi).toContain('[CHƯA XÁC NHẬN]');
    expect(vi).not.toMatch(/multiplier-unconfirmed|UNCONFIRMED|individual/);
    expect(renderBonus(u.value, { lang: 'en' })).toContain('Amount undetermined: the multiplier is not confirmed');
  });
});

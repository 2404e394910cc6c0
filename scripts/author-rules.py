# One-off authoring helper used to write the initial rule JSON files (kept for reference; the JSON
# files under rules/ are the source of truth and are edited by hand from now on).
import json, os
R = '/work/main/rules'
def w(path, obj):
    full = os.path.join(R, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    depth = path.count('/')
    obj = {'$schema': '../' * depth + 'schema/' + obj.pop('__schema'), **obj}
    with open(full, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write('\n')

def T(vi, en): return {'vi': vi, 'en': en}

awards = [
 ('lao-dong-tien-tien', 'Lao động tiên tiến', 'Advanced Worker', 'LĐTT', 'title', ['individual'], 'unit', None),
 ('chien-si-tien-tien', 'Chiến sĩ tiên tiến', 'Advanced Soldier', 'CSTT', 'title', ['individual'], 'unit', 'lao-dong-tien-tien'),
 ('chien-si-thi-dua-co-so', 'Chiến sĩ thi đua cơ sở', 'Grassroots Emulation Fighter', 'CSTĐCS', 'title', ['individual'], 'unit', None),
 ('chien-si-thi-dua-tinh', 'Chiến sĩ thi đua Bộ, ban, ngành, tỉnh', 'Ministry / Sector / Provincial Emulation Fighter', 'CSTĐ tỉnh', 'title', ['individual'], 'ministry-province', None),
 ('chien-si-thi-dua-toan-quoc', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', 'CSTĐTQ', 'title', ['individual'], 'state', None),
 ('tap-the-lao-dong-tien-tien', 'Tập thể lao động tiên tiến', 'Advanced Labour Collective', 'TTLĐTT', 'title', ['collective'], 'unit', None),
 ('don-vi-tien-tien', 'Đơn vị tiên tiến', 'Advanced Unit', 'ĐVTT', 'title', ['collective'], 'unit', 'tap-the-lao-dong-tien-tien'),
 ('tap-the-lao-dong-xuat-sac', 'Tập thể lao động xuất sắc', 'Excellent Labour Collective', 'TTLĐXS', 'title', ['collective'], 'ministry-province', None),
 ('don-vi-quyet-thang', 'Đơn vị quyết thắng', 'Determined-to-Win Unit', 'ĐVQT', 'title', ['collective'], 'ministry-province', 'tap-the-lao-dong-xuat-sac'),
 ('co-thi-dua-tinh', 'Cờ thi đua của Bộ, ban, ngành, tỉnh', 'Ministry / Provincial Emulation Flag', 'Cờ tỉnh', 'title', ['collective'], 'ministry-province', None),
 ('co-thi-dua-quan-khu-dhqg', 'Cờ thi đua của quân khu, quân đoàn, đại học quốc gia', 'Military-region / corps / national-university flag', None, 'title', ['collective'], 'ministry-province', None),
 ('co-thi-dua-cua-chinh-phu', 'Cờ thi đua của Chính phủ', 'Government Emulation Flag', 'Cờ CP', 'title', ['collective'], 'state', None),
 ('xa-phuong-tieu-bieu', 'Xã, phường, đặc khu tiêu biểu', 'Exemplary commune / ward / special zone', None, 'title', ['collective'], 'ministry-province', None),
 ('thon-to-dan-pho-van-hoa', 'Thôn, tổ dân phố văn hóa', 'Cultural village / residential group', None, 'title', ['collective'], 'commune', None),
 ('gia-dinh-van-hoa', 'Gia đình văn hóa', 'Cultural Family', None, 'title', ['collective'], 'commune', None),
 ('giay-khen', 'Giấy khen', 'Certificate of Commendation', None, 'form', ['individual', 'collective'], 'unit', None),
 ('bang-khen-tinh', 'Bằng khen của Bộ, ban, ngành, tỉnh', 'Ministry / Provincial Certificate of Merit', 'Bằng khen tỉnh', 'form', ['individual', 'collective'], 'ministry-province', None),
 ('bang-khen-thu-tuong', 'Bằng khen của Thủ tướng Chính phủ', "Prime Minister's Certificate of Merit", 'Bằng khen TTg', 'form', ['individual', 'collective'], 'state', None),
]
aw = []
for id_, vi, en, ab, cat, subj, lvl, variant in awards:
    a = {'id': id_, 'title': T(vi, en)}
    if ab: a['abbreviation'] = ab
    a.update({'category': cat, 'subjects': subj, 'level': lvl})
    if variant: a['armedForcesVariantOf'] = variant
    aw.append(a)
w('awards.json', {'__schema': 'awards.schema.json', 'awards': aw})

LAW22 = '06/2022/QH15'; LAW03 = '15/2003/QH11'; D91 = '91/2017/NĐ-CP'; D98 = '98/2023/NĐ-CP'; D152 = '152/2025/NĐ-CP'
def C(doc, art, clause=None, point=None):
    c = {'document': doc, 'article': art}
    if clause: c['clause'] = clause
    if point: c['point'] = point
    return c

book = {'__schema': 'book.schema.json', 'id': 'vn-national', 'title': T('Bộ quy tắc thi đua, khen thưởng quốc gia', 'National emulation and commendation rule book'),
  'jurisdiction': 'VN', 'version': '0.1.0',
  'sources': [
    {'id': 'S11', 'title': 'Decree 152/2025/NĐ-CP (14 Jun 2025), incl. Art. 4 principles and Arts. 50–54 bonuses'},
    {'id': 'S18', 'title': 'Restatement of Law 06/2022/QH15 Arts. 23–24 and Decree 91/2017 Art. 9.3 (CSTĐCS, LĐTT)'},
    {'id': 'S19', 'title': 'Restatement of Law 06/2022/QH15 Arts. 21–23 (emulation-fighter titles)'},
    {'id': 'S35', 'title': 'Decree 91/2017/NĐ-CP Art. 45.8 (council secret ballot ≥ 90 %)'},
    {'id': 'S36', 'title': 'Decree 98/2023/NĐ-CP Art. 30.7 (council ballot thresholds)'},
    {'id': 'S39', 'title': 'Restatement of Law 2003 Art. 24 (Lao động tiên tiến)'},
    {'id': 'S40', 'title': 'Decree 91/2017/NĐ-CP Art. 9.3 (CSTĐCS under the old regime)'},
    {'id': 'S41', 'title': 'MOHA Công văn 5007/BNV-TĐKT (2023) and answers on Art. 22'},
    {'id': 'S42', 'title': 'Restatement of Law 2003 Art. 22 (CSTĐ ministry/province)'},
  ],
  'regimes': [
    {'id': 'vn-tdkt-2003', 'title': T('Luật Thi đua, khen thưởng 2003 (sửa đổi 2005, 2009, 2013) và các nghị định hướng dẫn', 'Law 15/2003/QH11 as amended, with its implementing decrees'),
     'effective': {'from': '2004-07-01', 'to': '2023-12-31'}, 'enabled': True, 'marker': 'CONFIRMED',
     'basis': [C(LAW03, '1'), C(D91, '1')], 'sources': ['S18', 'S40']},
    {'id': 'vn-tdkt-2022-nd98', 'title': T('Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP', 'Law 06/2022/QH15 with Decree 98/2023/NĐ-CP'),
     'effective': {'from': '2024-01-01', 'to': '2025-06-30'}, 'enabled': True, 'marker': 'CONFIRMED',
     'basis': [C(LAW22, '94'), C(D98, '1')], 'sources': ['S18', 'S36']},
    {'id': 'vn-tdkt-2022-nd152', 'title': T('Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP', 'Law 06/2022/QH15 with Decree 152/2025/NĐ-CP'),
     'effective': {'from': '2025-07-01'}, 'enabled': True, 'marker': 'CONFIRMED',
     'basis': [C(LAW22, '94'), C(D152, '59')], 'sources': ['S11']},
    {'id': 'vn-tdkt-2026', 'title': T('Luật sửa đổi Luật Thi đua, khen thưởng (2026, chưa xác nhận)', 'Amendment to the Law on Emulation and Commendation (2026, unconfirmed)'),
     'effective': {'from': '2026-10-01'}, 'enabled': False, 'marker': 'UNCONFIRMED',
     'basis': [C('06/2026/QH16', '1')]},
  ]}
w('national/book.json', book)

def P(id_, type_, value, vi, en, marker, question=None, citation=None, sources=None):
    p = {'id': id_, 'type': type_, 'value': value, 'description': T(vi, en), 'marker': marker}
    if question: p['question'] = question
    if citation: p['citation'] = citation
    if sources: p['sources'] = sources
    return p

def common_params(regime):
    nd152 = regime == 'vn-tdkt-2022-nd152'
    return [
      P('history.meritOnly', 'boolean', nd152,
        'Chỉ khen thưởng công trạng được tính làm căn cứ đề nghị khen thưởng công trạng cao hơn (khen đột xuất, theo chuyên đề không được tính).' ,
        'Only merit-based awards count towards higher merit-based awards (irregular and thematic awards do not).',
        'CONFIRMED' if nd152 else 'UNCONFIRMED', None if nd152 else 'OQ-11', C(D152, '4', '3') if nd152 else None, ['S11']),
      P('history.excludeDisciplinePeriods', 'boolean', nd152,
        'Năm trùng thời hạn kỷ luật không được tính thành tích và làm đứt chuỗi năm liên tục (OQ-25).',
        'Years overlapping a discipline period do not count and break consecutive runs (OQ-25).',
        'CONFIRMED' if nd152 else 'UNCONFIRMED', 'OQ-25' if nd152 else 'OQ-11', C(D152, '4', '4') if nd152 else None, ['S11']),
      P('initiative.widerScopeSatisfiesNarrower', 'boolean', True,
        'Sáng kiến được công nhận ở phạm vi rộng hơn đáp ứng yêu cầu phạm vi hẹp hơn.',
        'An initiative recognised at a wider scope satisfies a narrower-scope requirement.', 'UNCONFIRMED', 'OQ-27'),
      P('initiative.reuseAcrossTitles', 'boolean', True,
        'Sáng kiến đã dùng cho một danh hiệu thi đua được dùng lại cho danh hiệu thi đua khác (chỉ cấm dùng lại giữa các hình thức khen thưởng).',
        'An initiative used for one title may ground another title (reuse is barred only across forms of commendation).', 'UNCONFIRMED', 'OQ-22', None, ['S41']),
    ]

p2003 = common_params('vn-tdkt-2003') + [
  P('ballot.cstdTinhMinShare', 'decimal', '0.9', 'Tỷ lệ phiếu bầu kín tối thiểu trên tổng số thành viên Hội đồng cho Chiến sĩ thi đua cấp bộ, ngành, tỉnh.',
    'Minimum secret-ballot approvals over all council members for the ministry/provincial emulation fighter.', 'CONFIRMED', None, C(D91, '45', '8'), ['S35']),
]
p98 = common_params('vn-tdkt-2022-nd98') + [
  P('ballot.cstdcsMinShare', 'decimal', '0.8', 'Tỷ lệ phiếu đồng ý tối thiểu trên tổng số thành viên Hội đồng cho Chiến sĩ thi đua cơ sở.',
    'Minimum approvals over all council members for the grassroots emulation fighter.', 'CONFIRMED', None, C(D98, '30', '7'), ['S36']),
  P('ballot.cstdTinhMinShare', 'decimal', '0.9', 'Tỷ lệ phiếu bầu kín tối thiểu trên tổng số thành viên Hội đồng cho Chiến sĩ thi đua cấp bộ, ngành, tỉnh.',
    'Minimum secret-ballot approvals over all council members for the ministry/provincial emulation fighter.', 'CONFIRMED', None, C(D98, '30', '7'), ['S36']),
]
p152 = common_params('vn-tdkt-2022-nd152') + [
  P('ballot.cstdcsMinShare', 'decimal', '0.8', 'Nghị định 152/2025 không nêu ngưỡng; tạm giữ mức 80% của Nghị định 98/2023 (Điều 30 khoản 7).',
    'Decree 152/2025 states no threshold; the 80 % of Decree 98/2023 Art. 30.7 is carried forward.', 'UNCONFIRMED', 'OQ-10', C(D98, '30', '7'), ['S36']),
  P('ballot.cstdTinhMinShare', 'decimal', '0.9', 'Nghị định 152/2025 không nêu ngưỡng; tạm giữ mức 90% của Nghị định 98/2023 (Điều 30 khoản 7).',
    'Decree 152/2025 states no threshold; the 90 % of Decree 98/2023 Art. 30.7 is carried forward.', 'UNCONFIRMED', 'OQ-10', C(D98, '30', '7'), ['S36']),
]
for reg, ps in [('vn-tdkt-2003', p2003), ('vn-tdkt-2022-nd98', p98), ('vn-tdkt-2022-nd152', p152)]:
    ps.append(P('chienSiThiDuaTinh.achievementWindowYears', 'integer', 3,
      'Số năm (tính đến năm xét) trong đó phải có sáng kiến, đề tài có phạm vi ảnh hưởng cấp bộ, ngành, tỉnh; luật không nêu, mặc định là giai đoạn 3 năm đạt Chiến sĩ thi đua cơ sở.',
      'Years (up to the evaluated year) in which the ministry/province-scope initiative or research must fall; the law is silent, default: the 3-year CSTĐCS run.',
      'UNCONFIRMED'))
    w(f'national/{reg}/parameters.json', {'__schema': 'parameters.schema.json', 'parameters': ps})

ADV = ['lao-dong-tien-tien', 'chien-si-tien-tien']
def leaf(name, fact, op, value, criterion=None, params=None, citation=None, marker=None, label=None):
    d = {'name': name}
    if criterion: d['criterion'] = criterion
    if label: d['label'] = label
    d.update({'fact': fact, 'operator': op, 'value': value})
    if params: d['params'] = params
    if citation: d['citation'] = citation
    if marker: d['marker'] = marker
    return d
def group(name, op, children, criterion=None, label=None, citation=None):
    d = {'name': name}
    if criterion: d['criterion'] = criterion
    if label: d['label'] = label
    if citation: d['citation'] = citation
    d[op] = children
    return d
def facts_of(node, acc):
    if 'fact' in node: acc.add(node['fact'])
    for k in ('all', 'any'):
        for c in node.get(k, []): facts_of(c, acc)
    if 'not' in node: facts_of(node['not'], acc)
    return acc
def rule(id_, award, vi, en, citation, marker, sources, effective, conditions, note=None):
    r = {'id': id_, 'kind': 'award', 'awardId': award, 'title': T(vi, en), 'subject': 'individual', 'citation': citation,
         'marker': marker, 'sources': sources, 'effective': effective, 'facts': sorted(facts_of(conditions, set()))}
    if note: r['note'] = note
    r['conditions'] = conditions
    r['event'] = {'type': 'eligible'}
    return r

def ini(name, kind, scope, criterion, years=None, applied=False, label=None):
    params = {'kinds': [kind], 'minScope': scope}
    if years is not None: params['years'] = years
    if applied: params['appliedOnly'] = True
    return leaf(name, 'initiativeCount', 'decimalGte', '1', criterion, params, label=label)

# ---------- 2022 family ----------
for reg, eff, ballot_cite in [('vn-tdkt-2022-nd98', {'from': '2024-01-01', 'to': '2025-06-30'}, C(D98, '30', '7')),
                              ('vn-tdkt-2022-nd152', {'from': '2025-07-01'}, C(D98, '30', '7'))]:
    suffix = 'nd98' if reg.endswith('nd98') else 'nd152'
    ballot_marker = 'CONFIRMED' if suffix == 'nd98' else 'UNCONFIRMED'
    ldtt = rule(f'lao-dong-tien-tien-{suffix}', 'lao-dong-tien-tien', 'Tiêu chuẩn danh hiệu Lao động tiên tiến', 'Criteria of the Advanced Worker title',
        C(LAW22, '24', '1'), 'CONFIRMED', ['S18'], eff,
        group('root', 'all', [
          leaf('task-rating-good', 'taskRating', 'in', ['good', 'excellent'], 'lao-dong-tien-tien@2022#1',
               label=T('Hoàn thành tốt nhiệm vụ trở lên', 'Good task completion or better')),
          leaf('good-conduct', 'hasGoodConduct', 'equal', True, 'lao-dong-tien-tien@2022#2',
               label=T('Có tinh thần tự lực, tự cường; đoàn kết, tương trợ, tích cực tham gia phong trào thi đua', 'Self-reliant, united, active in emulation movements')),
        ]))
    cstdcs = rule(f'chien-si-thi-dua-co-so-{suffix}', 'chien-si-thi-dua-co-so', 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua cơ sở', 'Criteria of the Grassroots Emulation Fighter title',
        C(LAW22, '23'), 'CONFIRMED', ['S18', 'S19'], eff,
        group('root', 'all', [
          leaf('holds-advanced-title', 'hasAwardInYear', 'equal', True, 'chien-si-thi-dua-co-so@2022#1', {'awardIds': ADV},
               label=T('Đạt danh hiệu Lao động tiên tiến hoặc Chiến sĩ tiên tiến trong năm', 'Holds Advanced Worker or Advanced Soldier for the year')),
          group('second-criterion', 'any', [
            leaf('excellent-rating', 'taskRating', 'in', ['excellent'], 'chien-si-thi-dua-co-so@2022#2a',
                 label=T('Hoàn thành xuất sắc nhiệm vụ', 'Excellent task completion')),
            ini('grassroots-initiative', 'initiative', 'grassroots', 'chien-si-thi-dua-co-so@2022#2b',
                label=T('Có sáng kiến được công nhận cấp cơ sở', 'An initiative recognised at grassroots level')),
            ini('accepted-research', 'research', 'grassroots', 'chien-si-thi-dua-co-so@2022#2c',
                label=T('Có đề tài khoa học, đề án khoa học, công trình khoa học và công nghệ đã được nghiệm thu', 'An accepted scientific topic, project or S&T work')),
            ini('combat-creativity', 'combat-creativity', 'grassroots', 'chien-si-thi-dua-co-so@2022#2d',
                label=T('Có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu được đơn vị công nhận', 'Combat resourcefulness or creativity recognised by the unit')),
          ], 'chien-si-thi-dua-co-so@2022#2', T('Đạt một trong các tiêu chí', 'Meets one of')),
          leaf('council-ballot', 'councilApprovalShare', 'decimalGte', {'param': 'ballot.cstdcsMinShare'}, 'chien-si-thi-dua-co-so@2022#3',
               citation=ballot_cite, marker=ballot_marker,
               label=T('Tỷ lệ phiếu đồng ý của Hội đồng Thi đua – Khen thưởng', 'Council approval share')),
        ]),
        note=T('Luật 2022 và Nghị định 98/2023 không giới hạn tỷ lệ Chiến sĩ thi đua cơ sở.', 'No numeric cap on CSTĐCS in the 2022 Law or Decree 98/2023.'))
    cstdt = rule(f'chien-si-thi-dua-tinh-{suffix}', 'chien-si-thi-dua-tinh', 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh',
        'Criteria of the Ministry / Sector / Provincial Emulation Fighter title', C(LAW22, '22'), 'CONFIRMED', ['S19', 'S41'], eff,
        group('root', 'all', [
          leaf('cstdcs-three-consecutive', 'consecutiveAwardYears', 'decimalGte', '3', 'chien-si-thi-dua-tinh@2022#1', {'awardIds': ['chien-si-thi-dua-co-so']},
               label=T('Có 3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở', 'Three consecutive Grassroots Emulation Fighter titles')),
          group('provincial-scope-achievement', 'any', [
            leaf('provincial-initiative', 'initiativeCount', 'decimalGte', '1', 'chien-si-thi-dua-tinh@2022#2a',
                 {'kinds': ['initiative'], 'minScope': 'ministry-province', 'years': {'param': 'chienSiThiDuaTinh.achievementWindowYears'}},
                 label=T('Sáng kiến được áp dụng hiệu quả, có khả năng nhân rộng trong bộ, ngành, tỉnh', 'Initiative applied effectively and replicable within the ministry/province')),
            leaf('provincial-research', 'initiativeCount', 'decimalGte', '1', 'chien-si-thi-dua-tinh@2022#2b',
                 {'kinds': ['research'], 'minScope': 'ministry-province', 'years': {'param': 'chienSiThiDuaTinh.achievementWindowYears'}},
                 label=T('Đề tài, đề án, công trình khoa học đã nghiệm thu, áp dụng, có phạm vi ảnh hưởng trong bộ, ngành, tỉnh', 'Accepted and applied research with influence across the ministry/province')),
            leaf('force-wide-combat-creativity', 'initiativeCount', 'decimalGte', '1', 'chien-si-thi-dua-tinh@2022#2c',
                 {'kinds': ['combat-creativity'], 'minScope': 'force-wide', 'years': {'param': 'chienSiThiDuaTinh.achievementWindowYears'}},
                 label=T('Mưu trí, sáng tạo trong chiến đấu có phạm vi ảnh hưởng trong toàn lực lượng', 'Combat creativity with force-wide influence')),
          ], 'chien-si-thi-dua-tinh@2022#2', T('Đạt một trong các tiêu chí', 'Meets one of')),
          leaf('council-ballot', 'councilApprovalShare', 'decimalGte', {'param': 'ballot.cstdTinhMinShare'}, 'chien-si-thi-dua-tinh@2022#3',
               citation=ballot_cite, marker=ballot_marker, label=T('Tỷ lệ phiếu bầu kín của Hội đồng', 'Council secret-ballot approval share')),
        ]))
    rules = [ldtt, cstdcs, cstdt]
    for r in rules:
        w(f'national/{reg}/rules/{r["awardId"]}.json', {'__schema': 'rule-file.schema.json', 'rules': [r]})
    if suffix == 'nd152':
        pr = {'id': 'd152-pending-discipline-or-investigation', 'kind': 'principle', 'appliesTo': 'all',
              'title': T('Không khen thưởng khi đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra', 'No commendation while discipline, investigation or inspection is pending'),
              'subject': 'individual', 'citation': C(D152, '4', '4'), 'marker': 'CONFIRMED', 'sources': ['S11'], 'effective': {'from': '2025-07-01'},
              'facts': ['isDisciplineUnderConsideration', 'isInDisciplinePeriod', 'isUnderInvestigation'],
              'conditions': group('root', 'all', [
                 leaf('not-under-investigation', 'isUnderInvestigation', 'equal', False, label=T('Không đang bị điều tra, thanh tra, kiểm tra, xác minh khiếu nại, tố cáo', 'Not under investigation, inspection or verification')),
                 leaf('no-discipline-pending', 'isDisciplineUnderConsideration', 'equal', False, label=T('Không đang bị xem xét kỷ luật', 'No discipline under consideration')),
                 leaf('outside-discipline-period', 'isInDisciplinePeriod', 'equal', False, label=T('Năm xét không nằm trong thời hạn kỷ luật', 'The year is outside any discipline period')),
              ]), 'event': {'type': 'principle-satisfied'}}
        pc = json.loads(json.dumps(pr)); pc['id'] = 'd152-pending-discipline-or-investigation-collective'; pc['subject'] = 'collective'
        w(f'national/{reg}/rules/principles.json', {'__schema': 'rule-file.schema.json', 'rules': [pr, pc]})

# ---------- 2003 family ----------
ldtt03 = rule('lao-dong-tien-tien-2003', 'lao-dong-tien-tien', 'Tiêu chuẩn danh hiệu Lao động tiên tiến (Luật 2003)', 'Criteria of the Advanced Worker title (2003 Law)',
    C(LAW03, '24'), 'PROBABLE', ['S39'], {'from': '2004-07-01', 'to': '2023-12-31'},
    group('root', 'all', [
      leaf('task-rating-good', 'taskRating', 'in', ['good', 'excellent'], 'lao-dong-tien-tien@2003#1', label=T('Hoàn thành tốt nhiệm vụ, đạt năng suất và chất lượng cao', 'Good task completion with productivity and quality')),
      leaf('law-abiding', 'isLawAbiding', 'equal', True, 'lao-dong-tien-tien@2003#2', label=T('Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước', 'Law-abiding')),
      leaf('active-learner', 'isActiveLearner', 'equal', True, 'lao-dong-tien-tien@2003#3', label=T('Tích cực học tập chính trị, văn hóa, chuyên môn, nghiệp vụ', 'Actively learns')),
      leaf('good-morals', 'hasGoodMorals', 'equal', True, 'lao-dong-tien-tien@2003#4', label=T('Có đạo đức, lối sống lành mạnh', 'Good morals and wholesome lifestyle')),
    ]))
cstdcs03 = rule('chien-si-thi-dua-co-so-2003', 'chien-si-thi-dua-co-so', 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua cơ sở (Nghị định 91/2017)', 'Criteria of the Grassroots Emulation Fighter title (Decree 91/2017)',
    C(D91, '9', '3'), 'CONFIRMED', ['S18', 'S40'], {'from': '2017-01-01', 'to': '2023-12-31'},
    group('root', 'all', [
      leaf('holds-advanced-title', 'hasAwardInYear', 'equal', True, 'chien-si-thi-dua-co-so@2003#1', {'awardIds': ADV},
           label=T('Đạt danh hiệu Lao động tiên tiến hoặc Chiến sĩ tiên tiến trong năm', 'Holds Advanced Worker or Advanced Soldier for the year')),
      group('second-criterion', 'any', [
        ini('grassroots-initiative', 'initiative', 'grassroots', None, label=T('Có sáng kiến được công nhận cấp cơ sở', 'An initiative recognised at grassroots level')),
        ini('applied-research', 'research', 'grassroots', None, applied=True, label=T('Có đề tài khoa học đã nghiệm thu và được áp dụng', 'Research accepted and applied')),
        ini('combat-creativity', 'combat-creativity', 'grassroots', None, label=T('Có mưu trí, sáng tạo trong chiến đấu, phục vụ chiến đấu', 'Combat resourcefulness or creativity')),
      ], 'chien-si-thi-dua-co-so@2003#2', T('Đạt một trong các tiêu chí (hoàn thành xuất sắc nhiệm vụ không đủ)', 'Meets one of (excellent rating alone is not enough)')),
    ]),
    note=T('Số Chiến sĩ thi đua cơ sở không quá 15% số cá nhân đạt Lao động tiên tiến, Chiến sĩ tiên tiến (áp dụng ở bước xét tổng thể theo đơn vị); ngưỡng phiếu Hội đồng không được nêu.',
           'At most 15 % of the individuals holding LĐTT/CSTT (a population rule applied per awarding body); no council threshold is stated.'))
cstdt03 = rule('chien-si-thi-dua-tinh-2003', 'chien-si-thi-dua-tinh', 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua cấp bộ, ngành, tỉnh (Luật 2003)',
    'Criteria of the Ministry / Provincial Emulation Fighter title (2003 Law)', C(LAW03, '22'), 'PROBABLE', ['S42', 'S35'], {'from': '2017-01-01', 'to': '2023-12-31'},
    group('root', 'all', [
      leaf('cstdcs-three-consecutive', 'consecutiveAwardYears', 'decimalGte', '3', 'chien-si-thi-dua-tinh@2003#1', {'awardIds': ['chien-si-thi-dua-co-so']},
           label=T('Có 3 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở', 'Three consecutive Grassroots Emulation Fighter titles')),
      group('provincial-scope-achievement', 'any', [
        leaf('provincial-initiative', 'initiativeCount', 'decimalGte', '1', None,
             {'kinds': ['initiative'], 'minScope': 'ministry-province', 'years': {'param': 'chienSiThiDuaTinh.achievementWindowYears'}},
             label=T('Sáng kiến có tác dụng ảnh hưởng trong bộ, ngành, tỉnh', 'Initiative with influence within the ministry/province')),
        leaf('provincial-research', 'initiativeCount', 'decimalGte', '1', None,
             {'kinds': ['research'], 'minScope': 'ministry-province', 'years': {'param': 'chienSiThiDuaTinh.achievementWindowYears'}},
             label=T('Đề tài nghiên cứu có tác dụng ảnh hưởng trong bộ, ngành, tỉnh', 'Research with influence within the ministry/province')),
      ], 'chien-si-thi-dua-tinh@2003#2', T('Đạt một trong các tiêu chí', 'Meets one of')),
      leaf('council-ballot', 'councilApprovalShare', 'decimalGte', {'param': 'ballot.cstdTinhMinShare'}, 'chien-si-thi-dua-tinh@2003#3',
           citation=C(D91, '45', '8'), marker='CONFIRMED', label=T('Tỷ lệ phiếu bầu kín của Hội đồng', 'Council secret-ballot approval share')),
    ]))
for r in [ldtt03, cstdcs03, cstdt03]:
    w(f'national/vn-tdkt-2003/rules/{r["awardId"]}.json', {'__schema': 'rule-file.schema.json', 'rules': [r]})
print('ok')

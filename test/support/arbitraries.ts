import fc from 'fast-check';

const AWARDS = ['lao-dong-tien-tien', 'chien-si-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-tinh', 'giay-khen'] as const;
const RATINGS = ['excellent', 'good', 'completed', 'failed'] as const;

/** One vote per award and year, approvals capped at the members (as the schema requires). */
function validVotes<V extends { awardId: string; year: number; members: number; approvals: number }>(votes: readonly V[]): V[] {
  const seen = new Set<string>();
  return votes
    .filter((v) => {
      const k = `${v.awardId}@${v.year}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((v) => ({ ...v, approvals: Math.min(v.approvals, v.members) }));
}

const awardRecord = fc.record(
  {
    awardId: fc.constantFrom(...AWARDS),
    commendationType: fc.constantFrom('merit', 'movement', 'irregular'),
    revoked: fc.boolean(),
  },
  { requiredKeys: ['awardId'] },
);

/** An individual with 0–8 distinct history years in 2016–2026, initiatives, votes and discipline; values hit thresholds often. */
export function individualArb(years = { min: 2016, max: 2026 }) {
  return fc
    .record({
      id: fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}$/),
      yearSet: fc.uniqueArray(fc.integer(years), { maxLength: 8 }),
      ratings: fc.array(fc.option(fc.constantFrom(...RATINGS), { nil: undefined }), { minLength: 8, maxLength: 8 }),
      conduct: fc.array(fc.option(fc.boolean(), { nil: undefined }), { minLength: 8, maxLength: 8 }),
      awards: fc.array(fc.array(awardRecord, { maxLength: 3 }), { minLength: 8, maxLength: 8 }),
      initiatives: fc.array(
        fc.record(
          {
            kind: fc.constantFrom('initiative', 'research', 'combat-creativity'),
            year: fc.integer(years),
            recognisedScope: fc.constantFrom('grassroots', 'ministry-province', 'force-wide', 'national'),
            applied: fc.boolean(),
            usedFor: fc.array(fc.record({ awardId: fc.constantFrom(...AWARDS), year: fc.integer(years) }), { maxLength: 2 }),
          },
          { requiredKeys: ['kind', 'year', 'recognisedScope'] },
        ),
        { maxLength: 4 },
      ),
      votes: fc.array(
        fc.record({ awardId: fc.constantFrom('chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh'), year: fc.integer(years), members: fc.integer({ min: 1, max: 15 }), approvals: fc.nat(15) }),
        { maxLength: 4 },
      ),
      underInvestigation: fc.option(fc.boolean(), { nil: undefined }),
      discipline: fc.option(fc.record({ level: fc.constantFrom('reprimand', 'warning'), fromYear: fc.integer(years) }), { nil: undefined }),
    })
    .map((r) => {
      return {
        kind: 'individual' as const,
        id: r.id,
        history: r.yearSet.map((year, i) => ({
          year,
          ...(r.ratings[i] !== undefined ? { taskRating: r.ratings[i] } : {}),
          ...(r.conduct[i] !== undefined ? { hasGoodConduct: r.conduct[i], isLawAbiding: r.conduct[i], isActiveLearner: true, hasGoodMorals: r.conduct[i] } : {}),
          awards: r.awards[i],
        })),
        initiatives: r.initiatives.map((x, i) => ({ id: `sk-${i}`, ...x })),
        councilVotes: validVotes(r.votes),
        ...(r.underInvestigation !== undefined ? { isUnderInvestigation: r.underInvestigation } : {}),
        ...(r.discipline ? { discipline: [{ level: r.discipline.level, from: `${r.discipline.fromYear}-03-01`, to: `${r.discipline.fromYear}-09-30` }] } : {}),
      };
    });
}

const COLLECTIVE_AWARDS = [
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
  'don-vi-tien-tien',
  'don-vi-quyet-thang',
  'co-thi-dua-tinh',
  'co-thi-dua-cua-chinh-phu',
  'xa-phuong-tieu-bieu',
  'giay-khen',
  'bang-khen-tinh',
  'bang-khen-thu-tuong',
] as const;
const collectiveAward = fc.record(
  { awardId: fc.constantFrom(...COLLECTIVE_AWARDS), commendationType: fc.constantFrom('merit', 'movement'), revoked: fc.boolean() },
  { requiredKeys: ['awardId'] },
);
// biased towards the values that make titles reachable, so every verdict occurs
const maybeBool = fc.oneof({ weight: 8, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(undefined) });
const maybeRating = fc.oneof(
  { weight: 6, arbitrary: fc.constant('excellent' as const) },
  { weight: 3, arbitrary: fc.constantFrom(...RATINGS) },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

/** A collective with 0–6 distinct history years: ratings, member counts near the shares that matter, leadership, movements, asserted criteria. */
export function collectiveArb(years = { min: 2016, max: 2026 }) {
  const year = fc
    .record({
      taskRating: maybeRating,
      isEmulationActive: maybeBool,
      hasSolidarity: maybeBool,
      isLawAbiding: maybeBool,
      hasExceededTargets: maybeBool,
      isExemplary: maybeBool,
      partyOrgRating: maybeRating,
      massOrgRating: maybeRating,
      isAntiCorruptionOk: maybeBool,
      members: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      shares: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 }),
      led: fc.option(fc.constantFrom('ccec', 'ministry', 'province', 'district', 'commune'), { nil: undefined }),
      movements: fc.array(
        fc.record({
          launchedBy: fc.constantFrom('pm', 'ccec', 'ministry', 'province', 'district', 'commune', 'other'),
          kind: fc.constantFrom('regular', 'thematic'),
          durationYears: fc.integer({ min: 1, max: 12 }),
          review: fc.constantFrom('preliminary', 'final'),
        }),
        { maxLength: 2 },
      ),
      asserted: fc.subarray(['xa-phuong-tieu-bieu@2022#p', 'bang-khen-thu-tuong@2022#c', 'thon-to-dan-pho-van-hoa@2022#6', 'giay-khen@2003#c'] as const),
      awards: fc.array(collectiveAward, { maxLength: 3 }),
    })
    .map((y) => {
      const out: Record<string, unknown> = {};
      for (const k of ['taskRating', 'isEmulationActive', 'hasSolidarity', 'isLawAbiding', 'hasExceededTargets', 'isExemplary', 'partyOrgRating', 'massOrgRating', 'isAntiCorruptionOk'] as const) {
        if (y[k] !== undefined) out[k] = y[k];
      }
      if (y.members !== undefined) {
        out['memberCount'] = y.members;
        ['advancedMemberCount', 'cstdcsMemberCount', 'completedMemberCount', 'warnedMemberCount', 'femaleMemberCount'].forEach((k, i) => {
          // a share of the members: 40–100 % for the good counts, 0–9 % for the warned ones
          const pct = k === 'warnedMemberCount' ? y.shares[i]! % 10 : Math.max(y.shares[i]!, 40);
          out[k] = Math.min(y.members!, Math.round((y.members! * pct) / 100));
        });
      }
      if (y.led) out['ledCluster'] = { clusterId: 'cum-1', organiser: y.led };
      if (y.movements.length) out['ledMovements'] = y.movements.map((m, i) => ({ movementId: `pt-${i}`, ...m }));
      if (y.asserted.length) out['assertedCriteria'] = y.asserted;
      out['awards'] = y.awards;
      return out;
    });
  return fc
    .record({
      id: fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,4}){0,2}$/),
      yearSet: fc.uniqueArray(fc.integer(years), { maxLength: 6 }),
      years: fc.array(year, { minLength: 6, maxLength: 6 }),
      collectiveKind: fc.option(fc.constantFrom('agency', 'enterprise', 'commune', 'unit', 'province'), { nil: undefined }),
      isArmedForces: maybeBool,
      underInvestigation: maybeBool,
      votes: fc.array(
        fc.record({ awardId: fc.constantFrom(...COLLECTIVE_AWARDS), year: fc.integer(years), members: fc.integer({ min: 1, max: 15 }), approvals: fc.nat(15) }),
        { maxLength: 3 },
      ),
    })
    .map((r) => {
      return {
        kind: 'collective' as const,
        id: r.id,
        ...(r.collectiveKind ? { collectiveKind: r.collectiveKind } : {}),
        ...(r.isArmedForces !== undefined ? { isArmedForces: r.isArmedForces } : {}),
        ...(r.underInvestigation !== undefined ? { isUnderInvestigation: r.underInvestigation } : {}),
        history: r.yearSet.map((year, i) => ({ year, ...r.years[i]! })),
        councilVotes: validVotes(r.votes),
      };
    });
}

import fc from 'fast-check';

const AWARDS = ['lao-dong-tien-tien', 'chien-si-tien-tien', 'chien-si-thi-dua-co-so', 'chien-si-thi-dua-tinh', 'chien-si-thi-dua-toan-quoc', 'bang-khen-tinh', 'giay-khen'] as const;
const RATINGS = ['excellent', 'good', 'completed', 'failed'] as const;

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
      const seenVotes = new Set<string>();
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
        councilVotes: r.votes
          .filter((v) => {
            const k = `${v.awardId}@${v.year}`;
            if (seenVotes.has(k)) return false;
            seenVotes.add(k);
            return true;
          })
          .map((v) => ({ ...v, approvals: Math.min(v.approvals, v.members) })),
        ...(r.underInvestigation !== undefined ? { isUnderInvestigation: r.underInvestigation } : {}),
        ...(r.discipline ? { discipline: [{ level: r.discipline.level, from: `${r.discipline.fromYear}-03-01`, to: `${r.discipline.fromYear}-09-30` }] } : {}),
      };
    });
}

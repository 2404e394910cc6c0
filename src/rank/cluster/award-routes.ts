import type { ClusterOrganiser } from '../../schema/cluster.js';
import type { RouteSource } from './model.js';
import { assertArg } from '../../_internal/args.js';

/** The award a cluster's ranking leads to, and where that route comes from. */
export interface AwardRoute {
  readonly awardId: string;
  readonly source: RouteSource;
}

/** Flag and certificate routes of a cluster. */
export interface AwardRoutes {
  readonly flag: AwardRoute | null;
  readonly certificate: AwardRoute | null;
}

/**
 * The award routes of a cluster by organiser and regime family (clusters.md §1, §8; titles.md
 * §6.3–6.4): the leading unit of a Central Council cluster → Government flag (Law 06/2022 Art.
 * 25.2; D91 Art. 11 before 2024), of a ministry/province cluster → ministry/provincial flag
 * (Law 06/2022 Art. 26.1; D91 Art. 12 before 2024); next members → PM or provincial certificates
 * (practice, UNCONFIRMED). District-organised clusters have no flag route.
 * @param organiser who organises the cluster.
 * @param regimeId the regime of the reviewed period (ids starting "vn-tdkt-2003" are the old law).
 * @returns the flag and certificate routes (null when none).
 */
export function awardRoutes(organiser: ClusterOrganiser, regimeId: string): AwardRoutes {
  assertArg(['ccec', 'ministry', 'province', 'district'].includes(organiser) && typeof regimeId === 'string', 'awardRoutes(organiser "ccec"/"ministry"/"province"/"district", regime id)');
  const old = regimeId.startsWith('vn-tdkt-2003');
  if (organiser === 'ccec') {
    return {
      flag: {
        awardId: 'co-thi-dua-cua-chinh-phu',
        source: old
          ? {
              citation: { document: '91/2017/NĐ-CP', article: '11' },
              marker: 'UNCONFIRMED',
              noteCode: 'flag-ccec',
            }
          : {
              citation: { document: '06/2022/QH15', article: '25', clause: '2' },
              marker: 'CONFIRMED',
              noteCode: 'flag-ccec',
            },
      },
      certificate: { awardId: 'bang-khen-thu-tuong', source: { marker: 'UNCONFIRMED', question: 'OQ-46', noteCode: 'certificate-ccec' } },
    };
  }
  if (organiser === 'province' || organiser === 'ministry') {
    return {
      flag: {
        awardId: 'co-thi-dua-tinh',
        source: {
          citation: old ? { document: '91/2017/NĐ-CP', article: '12' } : { document: '06/2022/QH15', article: '26', clause: '1' },
          marker: 'PROBABLE',
          noteCode: 'flag-ministry-province',
        },
      },
      certificate: { awardId: 'bang-khen-tinh', source: { marker: 'UNCONFIRMED', question: 'OQ-46', noteCode: 'certificate-ministry-province' } },
    };
  }
  return { flag: null, certificate: null };
}

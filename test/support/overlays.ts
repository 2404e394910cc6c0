import { readJson } from './factories.js';

/** A minimal valid province overlay (Hải Phòng, nd152, from 2026) with the given operations. */
export function overlayWith(operations: unknown[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    province: 'hai-phong',
    layer: 'province',
    title: { vi: 'Văn bản thử nghiệm', en: 'Test overlay' },
    illustrative: true,
    marker: 'UNCONFIRMED',
    decision: { number: 'T-01/2026/QĐ-UBND', date: '2025-12-01', signer: { vi: 'Ủy ban nhân dân thành phố Hải Phòng', en: "Hải Phòng City People's Committee" } },
    basis: { document: 'T-01/2026/QĐ-UBND', article: '1' },
    effective: { from: '2026-01-01' },
    appliesTo: { ruleBook: 'vn-national', versions: ['0.1.x'], regimes: ['vn-tdkt-2022-nd152'] },
    operations,
    ...overrides,
  };
}

/** The shipped overlay of a province (a real regulation), read from rules/ on disk. */
export function shippedOverlay(key: string): Record<string, unknown> {
  return readJson(`rules/provinces/${key}/overlay.json`) as Record<string, unknown>;
}

/**
 * A fixture overlay kept under test/fixtures/overlays/<name>/overlay.json: invented test data (decision
 * numbers "TEST-…", `illustrative: true`), never shipped, for mechanics no real regulation shows (a quota
 * raised from 1 to 2, a province-owned award, a changed parameter, a narrowed window).
 */
export function fixtureOverlay(name: string): Record<string, unknown> {
  return readJson(`test/fixtures/overlays/${name}/overlay.json`) as Record<string, unknown>;
}

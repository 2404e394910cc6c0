/** @internal Vietnamese name of an instrument from its number suffix. */
export function instrumentKindVi(document: string): string {
  if (/\/QH[0-9]+$/.test(document)) return 'Luật';
  if (/\/NĐ-CP$/.test(document)) return 'Nghị định';
  if (/\/TT-/.test(document)) return 'Thông tư';
  if (/\/QĐ-/.test(document)) return 'Quyết định';
  if (/\/HD-|\/BTĐKT/.test(document)) return 'Hướng dẫn';
  if (/\/BNV/.test(document)) return 'Công văn';
  return 'văn bản';
}

/** @internal English name of an instrument from its number suffix. */
export function instrumentKindEn(document: string): string {
  if (/\/QH[0-9]+$/.test(document)) return 'Law';
  if (/\/NĐ-CP$/.test(document)) return 'Decree';
  if (/\/TT-/.test(document)) return 'Circular';
  if (/\/QĐ-/.test(document)) return 'Decision';
  if (/\/HD-|\/BTĐKT/.test(document)) return 'Guidance';
  if (/\/BNV/.test(document)) return 'Official letter';
  return 'Instrument';
}

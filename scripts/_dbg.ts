import { readFileSync } from 'node:fs';
import { loadNationalRuleBook, nextAwards } from '../src/index.js';
const b = (loadNationalRuleBook() as any).value;
const s = JSON.parse(readFileSync('/tmp/nx/a.json','utf8'));
const r = await nextAwards(b, s, { year: 2025 });
for (const a of (r as any).value.awards) { console.log(a.awardId, a.earliestYear); for (const m of a.missing) console.log('   ', m.fact, m.earliestYear); }

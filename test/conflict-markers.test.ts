import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

// A merge once committed its conflict markers into README.md and docs/overlays.md unnoticed: every
// tracked text file is checked for them.
describe('repository hygiene', () => {
  test('no tracked file holds merge-conflict markers', () => {
    const files = execFileSync('git', ['ls-files'], { encoding: 'utf8' })
      .split('\n')
      .filter((f) => /\.(ts|tsx|js|mjs|json|md|html|css|yml|yaml)$/.test(f) || f === '.ci/run');
    expect(files.length).toBeGreaterThan(100);
    const hits: string[] = [];
    for (const f of files) {
      let text: string;
      try {
        text = readFileSync(f, 'utf8');
      } catch {
        continue; // listed but deleted in the working tree
      }
      text.split('\n').forEach((line, i) => {
        if (/^(<{7}|>{7}) /.test(line) || /^<{7}$/.test(line)) hits.push(`${f}:${i + 1}`);
      });
    }
    expect(hits).toEqual([]);
  });
});

import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built-CLI and packaging tests need dist/; `npm ci` builds it (prepare), this covers a bare checkout. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  if (!existsSync(join(root, 'dist', 'cli.js'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { main } from './main.js';

let version = '0.0.0';
try {
  version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
} catch {
  // running from source: keep the placeholder
}
// The reader went away (`thidua evaluate … | head`): nothing more to say, and not an error.
// Node ignores SIGPIPE and reports EPIPE on the stream instead.
const quietOnEpipe = (e: NodeJS.ErrnoException): void => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
};
process.stdout.on('error', quietOnEpipe);
process.stderr.on('error', quietOnEpipe);
let drained = true;
main(
  process.argv.slice(2),
  {
    stdout: (t) => {
      if (!process.stdout.write(t)) drained = false;
    },
    stderr: (t) => process.stderr.write(t),
    cwd: process.cwd(),
    stdin: process.stdin,
    flush: async () => {
      if (drained) return;
      await once(process.stdout, 'drain');
      drained = true;
    },
    progress: process.stderr.isTTY === true && !process.env['CI'],
  },
  version,
).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`thidua: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);

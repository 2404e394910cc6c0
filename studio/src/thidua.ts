// The studio uses the package's published browser entry (dist/index.js, the "import" condition of
// package.json "exports"), built by `npm run build` (run by `npm ci` through `prepare`). Importing the
// built entry rather than src/ keeps the bundle honest: the studio ships exactly what a web page
// that installs thidua from npm gets, and proves that entry runs in a browser without Node built-ins.
export * from '../../dist/index.js';
export * from '../../dist/advanced.js';

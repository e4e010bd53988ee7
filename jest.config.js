// Five projects share one transform: unit (*.spec.ts, pure), int (*.int-spec.ts, real PostgreSQL),
// e2e (*.e2e-spec.ts, the whole app over HTTP), browser (test/browser/*.pw.ts, the app in chromium)
// and ops (test/ops, deployment artefacts). The global setup starts or reaches PostgreSQL once and
// prepares template databases that every int/e2e/browser file clones.
const fs = require('node:fs');
const swcConfig = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcConfig.$schema;

// Only projects that need PostgreSQL name the global setup; jest runs it once for all of them.
const database = { globalSetup: '<rootDir>/test/setup/global-setup.ts', globalTeardown: '<rootDir>/test/setup/global-teardown.ts' };

// A generous limit for tests and hooks: an app boot on a busy CI machine can take several seconds,
// and a hook that times out leaves its half-built app running into the next test file.
const shared = {
  testTimeout: 30_000,
  transform: { '^.+\\.ts$': ['@swc/jest', swcConfig] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'json'],
};

module.exports = {
  rootDir: __dirname,
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/unit/**/*.spec.ts'] },
    { ...shared, ...database, displayName: 'int', testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/int/**/*.int-spec.ts'] },
    { ...shared, ...database, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // Journeys in Debian's chromium (playwright-core) against the app on a real port; screenshots in test/browser/screenshots/.
    { ...shared, ...database, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.pw.ts'] },
    // Deployment artefacts: the Dockerfile (dockerfilelint) and the Helm chart (helm lint/template, kubernetes-models).
    { ...shared, displayName: 'ops', testMatch: ['<rootDir>/test/ops/**/*.spec.ts'] },
  ],
};

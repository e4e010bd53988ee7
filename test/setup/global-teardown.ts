import './resolve-ts.cjs';
import { rm } from 'node:fs/promises';
import { withDatabase } from '../support/pg-server.js';
import { testState } from './test-state.js';

export default async function globalTeardown(): Promise<void> {
  if (testState.serverUrl) {
    await withDatabase(testState.serverUrl, 'postgres', async (admin) => {
      for (const template of testState.templates) await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    });
  }
  if (testState.embedded) {
    await testState.embedded.stop();
    await rm(testState.embedded.dir, { recursive: true, force: true });
  }
}

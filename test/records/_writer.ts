/**
 * A separate writer process for the multi-process test: opens the store named on the command line
 * and records N pain scores for one patient, as fast as it can, then prints how many it stored.
 * Usage: node _writer.js '<store config JSON>' <actor JSON> <patientId> <count>
 */
import { openRecordStore } from '../../src/index.js';
import type { Actor, StoreConfig } from '../../src/index.js';

const [configJson = '{}', actorJson = '{}', patientId = '', countText = '0'] =
  process.argv.slice(2);
const store = await openRecordStore(JSON.parse(configJson) as StoreConfig);
const actor = JSON.parse(actorJson) as Actor;
let stored = 0;
for (let i = 0; i < Number(countText); i++) {
  await store.recordSubmission(actor, patientId, 'nrs', { input: { value: i % 11, site: 'leg' } });
  stored++;
}
await store.close();
process.stdout.write(`${stored}\n`);

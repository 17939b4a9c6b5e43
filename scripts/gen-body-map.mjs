// Writes web/js/body-outline.js from the dermatome diagram's body outline (run after `npm run build`).
// test/articles/diagrams.test.ts fails when the committed file and the generator disagree.
import { writeFileSync } from 'node:fs';
import { bodyMapModule } from '../dist/src/diagrams/index.js';

writeFileSync(new URL('../web/js/body-outline.js', import.meta.url), bodyMapModule());

/** Shared fixtures for the HTTP tests: an app without logs or limits, and the development vignettes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import type { AppOptions } from '../../src/http/app.js';

/** Builds the app for a test: no logs, no rate limit, no web app unless asked. */
export const testApp = (options: AppOptions = {}): Promise<FastifyInstance> =>
  buildApp({ logger: false, rateLimitPerMinute: false, webRoot: false, ...options });

/** The repository root (tests run from dist/test/http). */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

interface Vignette {
  readonly id: string;
  readonly presentation: Record<string, unknown>;
}

/** The development vignettes' presentations. */
export function vignettes(): readonly Vignette[] {
  const file = JSON.parse(readFileSync(`${repoRoot}test/fixtures/vignettes/dev.json`, 'utf8')) as {
    cases: Vignette[];
  };
  return file.cases;
}

/** A presentation with a root deficit, imaging, a flag and medicines: exercises every part of the output. */
export const FULL_PRESENTATION = {
  age: 58,
  sex: 'female',
  durationWeeks: 8,
  conservativeCareWeeks: 6,
  pain: { back: 4, leg: 7 },
  symptoms: [
    { kind: 'pain', region: 'anterior-thigh', side: 'left' },
    { kind: 'numbness', region: 'medial-knee', side: 'left' },
  ],
  aggravators: ['extension', 'walking'],
  relievers: ['flexion'],
  exam: {
    motor: [{ movement: 'knee-extension', side: 'left', mrc: 4 }],
    sensory: [{ region: 'medial-knee', side: 'left', status: 'reduced' }],
    reflexes: [{ reflex: 'patellar', side: 'left', status: 'reduced' }],
    tests: [{ test: 'femoral-nerve-stretch', side: 'left', result: 'positive' }],
  },
  flags: ['night-pain'],
  comorbidities: ['diabetes'],
  imaging: [
    {
      level: 'L3-L4',
      zone: 'foraminal',
      side: 'left',
      finding: 'foraminal-stenosis',
      severity: 'moderate',
      grade: { system: 'lee', value: 2 },
    },
  ],
  medications: [
    { drug: 'ibuprofen', doseMg: 800, timesPerDay: 4 },
    { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
  ],
} as const;

/** A short report in the corpus style. */
export const REPORT_TEXT =
  'MRI LUMBAR SPINE\nFINDINGS:\nL3-4: Disc bulge with moderate left neural foraminal narrowing. No central canal stenosis.\n' +
  'L4-5: Mild to moderate bilateral foraminal narrowing.\nIMPRESSION: Moderate left L3-4 foraminal stenosis.\n';

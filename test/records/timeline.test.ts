import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildTimeline, scoreNrs, scoreOdi, scoreStartBack } from '../../src/index.js';
import type {
  EpisodeRecord,
  PatientHistory,
  ScoreResult,
  SubmissionRecord,
} from '../../src/index.js';

const patient = {
  id: 'p1',
  pseudonym: 'T-1',
  birthYear: null,
  sex: null,
  createdAt: '2024-01-01T00:00:00.000Z',
};
const episode = (id: string, startedOn: string, care: string | null = null): EpisodeRecord => ({
  id,
  patientId: 'p1',
  label: id,
  startedOn,
  conservativeCareStartedOn: care,
  endedOn: null,
  createdAt: `${startedOn}T00:00:00.000Z`,
});
let n = 0;
const sub = (
  takenAt: string,
  result: ScoreResult,
  episodeId: string | null = null,
): SubmissionRecord => ({
  id: `s${++n}`,
  patientId: 'p1',
  episodeId,
  instrument: result.instrument,
  site: result.instrument === 'nrs' ? result.site : null,
  headline:
    result.instrument === 'odi'
      ? result.score
      : result.instrument === 'nrs'
        ? result.value
        : result.instrument === 'startback'
          ? result.total
          : null,
  input: {},
  result,
  engineVersion: '0.1.0',
  takenAt,
  recordedAt: takenAt,
  source: 'clinician',
  linkId: null,
  createdBy: null,
});
const odiOf = (sum: number) =>
  scoreOdi({
    answers: Array.from({ length: 10 }, (_, i) => Math.min(5, Math.max(0, sum - 5 * i))),
  });
const history = (over: Partial<PatientHistory>): PatientHistory => ({
  patient,
  episodes: [],
  submissions: [],
  assessments: [],
  notes: [],
  ...over,
});

describe('timeline', () => {
  it('marks clinically important ODI change against the first score and prompts escalation at six weeks', () => {
    const h = history({
      episodes: [episode('e1', '2024-01-01', '2024-01-02')],
      submissions: [
        sub('2024-01-02', odiOf(20)),
        sub('2024-01-23', odiOf(19)),
        sub('2024-02-20', odiOf(18)),
        sub('2024-01-02', scoreNrs({ value: 7, site: 'leg' })),
        sub('2024-02-20', scoreNrs({ value: 4, site: 'leg' })),
        sub('2024-01-02', scoreStartBack({ answers: [1, 1, 1, 1, 1, 1, 0, 0, 0] })),
      ],
    });
    const t = buildTimeline(h, '2024-02-21');
    assert.deepEqual(
      t.series.odi.map((p) => p.value),
      [40, 38, 36],
    );
    assert.deepEqual(
      t.series.odi.map((p) => p.change?.importantImprovement ?? null),
      [null, false, false],
    );
    assert.equal(t.series.legPain[1]?.change?.importantImprovement, true);
    assert.deepEqual(t.series.startback, [
      { at: '2024-01-02', total: 6, psychosocial: 2, risk: 'medium' },
    ]);
    assert.equal(t.escalation.status, 'escalate');
    assert.deepEqual(
      t.escalation.reasons.map((r) => r.code),
      ['no-important-odi-improvement'],
    );
    assert.equal(t.escalation.weeksOfConservativeCare, 7);
    assert.deepEqual(t.thresholds.odi, { absolute: 10, relativePercent: 30 });
  });

  it('shows the latest episode by default, with scores recorded without an episode placed by date', () => {
    const h = history({
      episodes: [episode('old', '2023-01-01'), episode('new', '2024-01-01')],
      submissions: [
        sub('2023-02-01', odiOf(30), 'old'),
        sub('2024-01-05', odiOf(25)),
        sub('2024-03-01', odiOf(10), 'new'),
      ],
    });
    const t = buildTimeline(h, '2024-03-02');
    assert.equal(t.episode?.id, 'new');
    assert.deepEqual(
      t.series.odi.map((p) => p.value),
      [50, 20],
    );
    assert.equal(t.series.odi[1]?.change?.importantImprovement, true);
    assert.equal(t.escalation.status, 'on-track');
    assert.deepEqual(
      buildTimeline(h, '2024-03-02', 'old').series.odi.map((p) => p.value),
      [60],
    );
  });

  it('lists the triage history from stored assessments', () => {
    const output = {
      triage: {
        level: 'urgent',
        reasons: [{ code: 'progressive-weakness', text: 'weakness getting worse' }],
      },
      roots: [{ root: 'L5' }],
      plan: { stage: 'urgent-evaluation' },
    };
    const h = history({
      assessments: [
        {
          id: 'a1',
          patientId: 'p1',
          episodeId: null,
          input: {},
          output,
          triageLevel: 'urgent',
          engineVersion: '0.1.0',
          kbVersion: 'kb-1',
          createdAt: '2024-01-03T10:00:00.000Z',
          createdBy: null,
        },
      ],
    });
    const t = buildTimeline(h, '2024-01-04');
    assert.deepEqual(t.triage, [
      {
        at: '2024-01-03T10:00:00.000Z',
        assessmentId: 'a1',
        level: 'urgent',
        reasons: [{ code: 'progressive-weakness', text: 'weakness getting worse' }],
        topRoot: 'L5',
        planStage: 'urgent-evaluation',
        engineVersion: '0.1.0',
        kbVersion: 'kb-1',
      },
    ]);
    assert.equal(t.escalation.status, 'needs-data');
  });
});

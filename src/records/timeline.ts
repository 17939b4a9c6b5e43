/**
 * The patient timeline as data: ODI and pain over the current episode with each point's change from
 * baseline judged against the minimal important change, the triage history of stored assessments, and
 * the escalation judgement. A pure function of the stored history and the day it is drawn, so the web
 * page only plots what it is given.
 */
import { MCID_TABLE, checkEscalation, classifyChange } from '../scores/index.js';
import type {
  ChangeMeasure,
  ChangeResult,
  EscalationResult,
  ScoreResult,
} from '../scores/index.js';
import type {
  AssessmentRecord,
  EpisodeRecord,
  NoteRecord,
  PatientHistory,
  PatientRecord,
  SubmissionRecord,
} from './store.js';

/** One plotted score with its change from the first score of the series. */
export interface TimelinePoint {
  readonly at: string;
  readonly submissionId: string;
  readonly value: number;
  /** The band or risk group, when the instrument has one. */
  readonly label: string | null;
  readonly source: SubmissionRecord['source'];
  /** Change from baseline; null for the baseline itself. */
  readonly change: ChangeResult | null;
}

/** One stored assessment as a row of the triage history. */
export interface TriageEntry {
  readonly at: string;
  readonly assessmentId: string;
  readonly level: string;
  readonly reasons: { code: string; text: string }[];
  readonly topRoot: string | null;
  readonly planStage: string | null;
  readonly engineVersion: string;
  readonly kbVersion: string;
}

/** Everything the timeline page draws. */
export interface Timeline {
  readonly asOf: string;
  readonly patient: PatientRecord;
  readonly episode: EpisodeRecord | null;
  readonly episodes: EpisodeRecord[];
  readonly series: {
    readonly odi: TimelinePoint[];
    readonly legPain: TimelinePoint[];
    readonly backPain: TimelinePoint[];
    readonly overallPain: TimelinePoint[];
    readonly rmdq: TimelinePoint[];
    readonly startback: { at: string; total: number; psychosocial: number; risk: string }[];
    readonly zcq: {
      at: string;
      symptomSeverity: number;
      physicalFunction: number;
      satisfaction: number | null;
    }[];
  };
  /** Minimal important changes the marks use. */
  readonly thresholds: Readonly<
    Record<'odi' | 'nrs' | 'rmdq', { absolute: number; relativePercent: number | null }>
  >;
  readonly triage: TriageEntry[];
  readonly escalation: EscalationResult;
  readonly notes: NoteRecord[];
}

const labelOf = (r: ScoreResult): string | null => {
  switch (r.instrument) {
    case 'odi':
    case 'nrs':
      return r.band;
    case 'startback':
      return `${r.risk} risk`;
    case 'zcq':
    case 'rmdq':
      return null;
  }
};

function seriesOf(subs: readonly SubmissionRecord[], measure: ChangeMeasure): TimelinePoint[] {
  const first = subs[0];
  return subs.map((s) => ({
    at: s.takenAt,
    submissionId: s.id,
    value: s.headline ?? 0,
    label: labelOf(s.result),
    source: s.source,
    change:
      first && s !== first && first.headline !== null && s.headline !== null
        ? classifyChange({ measure, baseline: first.headline, followUp: s.headline })
        : null,
  }));
}

function triageOf(a: AssessmentRecord): TriageEntry {
  const out = (a.output ?? {}) as {
    triage?: { reasons?: { code?: unknown; text?: unknown }[] };
    roots?: { root?: unknown }[];
    plan?: { stage?: unknown };
  };
  return {
    at: a.createdAt,
    assessmentId: a.id,
    level: a.triageLevel,
    reasons: (out.triage?.reasons ?? []).map((r) => ({
      code: String(r.code ?? ''),
      text: String(r.text ?? ''),
    })),
    topRoot: typeof out.roots?.[0]?.root === 'string' ? out.roots[0].root : null,
    planStage: typeof out.plan?.stage === 'string' ? out.plan.stage : null,
    engineVersion: a.engineVersion,
    kbVersion: a.kbVersion,
  };
}

/**
 * Builds the timeline of one patient for the current (latest) episode, or a chosen one.
 * @param history - the patient's stored records
 * @param asOf - the day the timeline is drawn (ISO date or date-time)
 * @param episodeId - the episode to show (default: the one started last)
 */
export function buildTimeline(history: PatientHistory, asOf: string, episodeId?: string): Timeline {
  const episode =
    (episodeId === undefined
      ? history.episodes.at(-1)
      : history.episodes.find((e) => e.id === episodeId)) ?? null;
  // Scores recorded without an episode belong to the episode running when they were taken; an episode
  // without an end date runs until the next one starts.
  const next = episode ? history.episodes.find((e) => e.startedOn > episode.startedOn) : undefined;
  const inEpisode = <T extends { episodeId: string | null }>(x: T, at: string): boolean => {
    if (episode === null || x.episodeId === episode.id) return true;
    const day = at.slice(0, 10);
    return (
      x.episodeId === null &&
      day >= episode.startedOn &&
      (episode.endedOn === null || day <= episode.endedOn) &&
      (next === undefined || day < next.startedOn)
    );
  };
  const subs = history.submissions.filter((s) => inEpisode(s, s.takenAt));
  const of = (instrument: string, site?: string) =>
    subs.filter((s) => s.instrument === instrument && (site === undefined || s.site === site));
  const odi = seriesOf(of('odi'), 'odi');
  const legPain = seriesOf(of('nrs', 'leg'), 'nrs');
  const backPain = seriesOf(of('nrs', 'back'), 'nrs');
  const start = episode?.conservativeCareStartedOn ?? episode?.startedOn;
  const escalation = checkEscalation({
    asOf,
    ...(start ? { conservativeCareStartedOn: start } : {}),
    odi: odi.map((p) => ({ at: p.at, score: p.value })),
    legPain: legPain.map((p) => ({ at: p.at, value: p.value })),
    backPain: backPain.map((p) => ({ at: p.at, value: p.value })),
  });
  const threshold = (m: 'odi' | 'nrs' | 'rmdq') => ({
    absolute: MCID_TABLE[m].absolute,
    relativePercent: MCID_TABLE[m].relativePercent,
  });
  return {
    asOf,
    patient: history.patient,
    episode,
    episodes: history.episodes,
    series: {
      odi,
      legPain,
      backPain,
      overallPain: seriesOf(of('nrs', 'overall'), 'nrs'),
      rmdq: seriesOf(of('rmdq'), 'rmdq'),
      startback: of('startback').flatMap((s) =>
        s.result.instrument === 'startback'
          ? [
              {
                at: s.takenAt,
                total: s.result.total,
                psychosocial: s.result.psychosocial,
                risk: s.result.risk,
              },
            ]
          : [],
      ),
      zcq: of('zcq').flatMap((s) =>
        s.result.instrument === 'zcq'
          ? [
              {
                at: s.takenAt,
                symptomSeverity: s.result.symptomSeverity,
                physicalFunction: s.result.physicalFunction,
                satisfaction: s.result.satisfaction,
              },
            ]
          : [],
      ),
    },
    thresholds: { odi: threshold('odi'), nrs: threshold('nrs'), rmdq: threshold('rmdq') },
    triage: history.assessments.filter((a) => inEpisode(a, a.createdAt)).map(triageOf),
    escalation,
    notes: history.notes,
  };
}

/**
 * The record store: patients (pseudonymous), episodes of care, assessments (full input and output with
 * the engine and knowledge versions that produced them), questionnaire submissions and notes, over either
 * database. Every method that touches patient data takes the acting `Actor`, does its work and writes
 * the audit entry in one transaction, and returns only after the commit.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import * as z from 'zod';
import { InputError, isInputError, parseInput } from '../errors.js';
import { VERSION } from '../version.js';
import { getKb } from '../kb/index.js';
import { assess } from '../assess/index.js';
import { score } from '../scores/index.js';
import type { ScoreInstrumentId, ScoreResult } from '../scores/index.js';
import { newToken, tokenHash } from './secrets.js';
import { writeAudit, readAudit } from './audit.js';
import type {
  Actor,
  AuditAction,
  AuditEntry,
  AuditFilter,
  AuditResource,
  ClientInfo,
} from './audit.js';
import { insertRow } from './driver.js';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.js';
import { RecordError, isUniqueViolation } from './errors.js';
import {
  CareTeamAddSchema,
  LinkSubmitSchema,
  LinkTokenSchema,
  NewAssessmentSchema,
  NewEpisodeSchema,
  NewLinkSchema,
  NewNoteSchema,
  NewPatientSchema,
  NewSubmissionSchema,
  PageSchema,
  RecordId,
} from './schemas.js';
import type { Sex } from './schemas.js';

/** A patient as stored: a pseudonym and optional birth year and sex, never a name. */
export interface PatientRecord {
  readonly id: string;
  readonly pseudonym: string;
  readonly birthYear: number | null;
  readonly sex: Sex | null;
  readonly createdAt: string;
}

/** An episode of care: the clock for "six weeks of conservative care" starts here. */
export interface EpisodeRecord {
  readonly id: string;
  readonly patientId: string;
  readonly label: string;
  readonly startedOn: string;
  readonly conservativeCareStartedOn: string | null;
  readonly endedOn: string | null;
  readonly createdAt: string;
}

/** An assessment with the exact input, output and versions that produced it. */
export interface AssessmentRecord {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string | null;
  readonly input: unknown;
  readonly output: unknown;
  readonly triageLevel: string;
  readonly engineVersion: string;
  readonly kbVersion: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

export const SUBMISSION_SOURCES = ['clinician', 'patient-link', 'import'] as const;
export type SubmissionSource = (typeof SUBMISSION_SOURCES)[number];

/** A scored questionnaire: the answers, the result and the engine version that scored them. */
export interface SubmissionRecord {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string | null;
  readonly instrument: ScoreInstrumentId;
  /** Where the pain is, for NRS; null otherwise. */
  readonly site: string | null;
  /** The instrument's main number (ODI %, NRS value, STarT Back total, ZCQ severity, RMDQ score). */
  readonly headline: number | null;
  readonly input: unknown;
  readonly result: ScoreResult;
  readonly engineVersion: string;
  readonly takenAt: string;
  readonly recordedAt: string;
  readonly source: SubmissionSource;
  readonly linkId: string | null;
  readonly createdBy: string | null;
}

/** A free-text clinical note. */
export interface NoteRecord {
  readonly id: string;
  readonly patientId: string;
  readonly episodeId: string | null;
  readonly body: string;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

/** A one-time questionnaire link as the clinician sees it once: the token is never stored. */
export interface IssuedLink {
  readonly id: string;
  readonly token: string;
  readonly patientId: string;
  readonly instruments: ScoreInstrumentId[];
  readonly expiresAt: string;
}

/** Everything the timeline page needs about one patient, read in one audited transaction. */
export interface PatientHistory {
  readonly patient: PatientRecord;
  readonly episodes: EpisodeRecord[];
  readonly submissions: SubmissionRecord[];
  readonly assessments: AssessmentRecord[];
  readonly notes: NoteRecord[];
}

/** Options of the store. */
export interface RecordStoreOptions {
  /** The clock (tests inject one). */
  readonly now?: () => Date;
}

type R = Record<string, unknown>;
const str = (v: unknown): string => String(v);
const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

const patientOf = (r: R): PatientRecord => ({
  id: str(r.id),
  pseudonym: str(r.pseudonym),
  birthYear: numOrNull(r.birth_year),
  sex: strOrNull(r.sex) as Sex | null,
  createdAt: str(r.created_at),
});
const episodeOf = (r: R): EpisodeRecord => ({
  id: str(r.id),
  patientId: str(r.patient_id),
  label: str(r.label),
  startedOn: str(r.started_on),
  conservativeCareStartedOn: strOrNull(r.conservative_care_started_on),
  endedOn: strOrNull(r.ended_on),
  createdAt: str(r.created_at),
});
const assessmentOf = (r: R): AssessmentRecord => ({
  id: str(r.id),
  patientId: str(r.patient_id),
  episodeId: strOrNull(r.episode_id),
  input: JSON.parse(str(r.input_json)) as unknown,
  output: JSON.parse(str(r.output_json)) as unknown,
  triageLevel: str(r.triage_level),
  engineVersion: str(r.engine_version),
  kbVersion: str(r.kb_version),
  createdAt: str(r.created_at),
  createdBy: strOrNull(r.created_by),
});
const submissionOf = (r: R): SubmissionRecord => ({
  id: str(r.id),
  patientId: str(r.patient_id),
  episodeId: strOrNull(r.episode_id),
  instrument: str(r.instrument) as ScoreInstrumentId,
  site: strOrNull(r.site),
  headline: numOrNull(r.headline),
  input: JSON.parse(str(r.input_json)) as unknown,
  result: JSON.parse(str(r.result_json)) as ScoreResult,
  engineVersion: str(r.engine_version),
  takenAt: str(r.taken_at),
  recordedAt: str(r.recorded_at),
  source: str(r.source) as SubmissionSource,
  linkId: strOrNull(r.link_id),
  createdBy: strOrNull(r.created_by),
});
const noteOf = (r: R): NoteRecord => ({
  id: str(r.id),
  patientId: str(r.patient_id),
  episodeId: strOrNull(r.episode_id),
  body: str(r.body),
  createdAt: str(r.created_at),
  createdBy: strOrNull(r.created_by),
});

/**
 * The number a chart plots for a result.
 * @param result - a score result
 */
export function headlineOf(result: ScoreResult): number {
  switch (result.instrument) {
    case 'odi':
      return result.score;
    case 'nrs':
      return result.value;
    case 'startback':
      return result.total;
    case 'zcq':
      return result.symptomSeverity;
    case 'rmdq':
      return result.score;
  }
}

const userIdOf = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);

// Crockford base32 without look-alike letters: pseudonyms are read aloud and typed by hand.
const PSEUDONYM_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const newPseudonym = (): string =>
  `P-${[...randomBytes(8)].map((b) => PSEUDONYM_ALPHABET[b % 32]).join('')}`;

const DEFAULT_LINK_HOURS = 24 * 7;

/** The record store over one database; see the module comment. */
export class RecordStore {
  private readonly now: () => Date;

  constructor(
    readonly db: SqlDriver,
    options: RecordStoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** Closes the database. */
  close(): Promise<void> {
    return this.db.close();
  }

  private stamp(): string {
    return this.now().toISOString();
  }

  /** Runs `work` and its audit entry in one transaction. */
  private audited<T>(
    actor: Actor,
    entry: { action: AuditAction; resourceType: AuditResource; patientId?: string | null },
    work: (tx: SqlExecutor, at: string) => Promise<{ value: T; resourceId?: string | null }>,
  ): Promise<T> {
    return this.db
      .transaction(async (tx) => {
        const at = this.stamp();
        const { value, resourceId } = await work(tx, at);
        await writeAudit(tx, at, actor, { ...entry, resourceId: resourceId ?? null });
        return value;
      })
      .catch(async (error: unknown) => {
        // The work rolled back; the refusal itself is recorded in a transaction of its own.
        if (error instanceof RecordError && error.code === 'forbidden') {
          await this.db.transaction((tx) =>
            writeAudit(tx, this.stamp(), actor, {
              action: 'denied',
              resourceType: entry.resourceType,
              patientId: entry.patientId ?? null,
              outcome: 'denied',
              reason: 'not on the care team',
            }),
          );
        }
        throw error;
      });
  }

  /**
   * Creates one record under a patient in an audited transaction: the patient must exist and be on the
   * actor's care team, the episode (when the record has one) must be that patient's, and the row gets
   * its id, patient, creation time and author here, so each record type writes only its own fields.
   * @param actor - who creates it
   * @param pid - the patient id (already parsed)
   * @param target - the audit resource, the table, and the requested episode when the table has one
   * @param fields - the record's own columns
   * @param shape - turns the stored row into the returned record
   */
  private createForPatient<T>(
    actor: Actor,
    pid: string,
    target: {
      readonly resourceType: AuditResource;
      readonly table: string;
      readonly episode?: { readonly requested: string | undefined };
    },
    fields: Readonly<Record<string, SqlValue>>,
    shape: (row: R) => T,
  ): Promise<T> {
    return this.audited(
      actor,
      { action: 'create', resourceType: target.resourceType, patientId: pid },
      async (tx, at) => {
        await this.requirePatient(tx, pid, actor);
        const episode = target.episode
          ? { episode_id: await this.requireEpisode(tx, pid, target.episode.requested) }
          : {};
        const row = {
          id: randomUUID(),
          patient_id: pid,
          ...episode,
          ...fields,
          created_at: at,
          created_by: userIdOf(actor),
        };
        await insertRow(tx, target.table, row);
        return { value: shape(row), resourceId: row.id };
      },
    );
  }

  /**
   * The patient, when it exists and `actor` may reach it: admins, the command line and patient links
   * always; a clinician when on the patient's care team, or with a break-glass reason (audited).
   */
  private async requirePatient(
    tx: SqlExecutor,
    patientId: string,
    actor?: Actor,
  ): Promise<PatientRecord> {
    const row = await tx.get('SELECT * FROM patients WHERE id = ?', [patientId]);
    if (!row) throw new RecordError('not-found', 'patientId', 'no such patient');
    if (actor?.kind === 'user' && actor.role === 'clinician') {
      const member = await tx.get(
        'SELECT 1 AS x FROM care_team WHERE patient_id = ? AND user_id = ?',
        [patientId, actor.userId],
      );
      if (!member) {
        if (actor.breakGlass === undefined) {
          throw new RecordError(
            'forbidden',
            'patientId',
            "you are not on this patient's care team; in an emergency send X-Break-Glass: <reason> (audited)",
          );
        }
        await writeAudit(tx, this.stamp(), actor, {
          action: 'break-glass',
          resourceType: 'patient',
          resourceId: patientId,
          patientId,
          reason: actor.breakGlass,
        });
      }
    }
    return patientOf(row);
  }

  private async requireEpisode(
    tx: SqlExecutor,
    patientId: string,
    episodeId: string | undefined,
  ): Promise<string | null> {
    if (episodeId === undefined) return null;
    const row = await tx.get('SELECT id FROM episodes WHERE id = ? AND patient_id = ?', [
      episodeId,
      patientId,
    ]);
    if (!row) throw new RecordError('not-found', 'episodeId', 'no such episode for this patient');
    return episodeId;
  }

  // --- Patients ---------------------------------------------------------------------------------

  /**
   * Registers a patient under a pseudonym (generated when not given).
   * @param actor - who registers
   * @param input - pseudonym, birth year and sex, all optional
   */
  async createPatient(actor: Actor, input: unknown): Promise<PatientRecord> {
    const v = parseInput(NewPatientSchema, input);
    const id = randomUUID();
    try {
      return await this.audited(
        actor,
        { action: 'create', resourceType: 'patient', patientId: id },
        async (tx, at) => {
          const row = {
            id,
            pseudonym: v.pseudonym ?? newPseudonym(),
            birth_year: v.birthYear ?? null,
            sex: v.sex ?? null,
            created_at: at,
            created_by: userIdOf(actor),
          };
          await insertRow(tx, 'patients', row);
          // The clinician who registers a patient is on the patient's care team.
          if (actor.kind === 'user') {
            await insertRow(tx, 'care_team', {
              patient_id: id,
              user_id: actor.userId,
              added_at: at,
              added_by: actor.userId,
            });
          }
          return { value: patientOf(row), resourceId: id };
        },
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new RecordError(
          'conflict',
          'pseudonym',
          'a patient with this pseudonym already exists',
        );
      }
      throw error;
    }
  }

  /**
   * One patient.
   * @param actor - who reads
   * @param patientId - the patient's id
   */
  async getPatient(actor: Actor, patientId: string): Promise<PatientRecord> {
    const id = this.parseId(patientId, 'patientId');
    return this.audited(
      actor,
      { action: 'read', resourceType: 'patient', patientId: id },
      async (tx) => ({ value: await this.requirePatient(tx, id, actor), resourceId: id }),
    );
  }

  /**
   * Patients, newest first.
   * @param actor - who reads
   * @param page - limit (default 100) and offset
   */
  async listPatients(
    actor: Actor,
    page: { limit?: number | string; offset?: number | string } = {},
  ): Promise<PatientRecord[]> {
    const p = parseInput(PageSchema, page, 'query');
    // A clinician lists the patients of their care teams; admins list everyone.
    const mine = actor.kind === 'user' && actor.role === 'clinician';
    return this.audited(actor, { action: 'list', resourceType: 'patient' }, async (tx) => ({
      value: (mine
        ? await tx.all(
            'SELECT p.* FROM patients p JOIN care_team c ON c.patient_id = p.id WHERE c.user_id = ? ORDER BY p.created_at DESC, p.id LIMIT ? OFFSET ?',
            [actor.userId, p.limit ?? 100, p.offset ?? 0],
          )
        : await tx.all('SELECT * FROM patients ORDER BY created_at DESC, id LIMIT ? OFFSET ?', [
            p.limit ?? 100,
            p.offset ?? 0,
          ])
      ).map(patientOf),
    }));
  }

  // --- Care teams -------------------------------------------------------------------------------

  /**
   * Adds an account to a patient's care team (idempotent). The caller must reach the patient.
   * @param actor - who adds
   * @param patientId - the patient
   * @param input - `{ username }`
   */
  async addCareTeamMember(
    actor: Actor,
    patientId: string,
    input: unknown,
  ): Promise<{ patientId: string; userId: string; username: string }> {
    const pid = this.parseId(patientId, 'patientId');
    const v = parseInput(CareTeamAddSchema, input);
    return this.audited(
      actor,
      { action: 'create', resourceType: 'care-team', patientId: pid },
      async (tx, at) => {
        await this.requirePatient(tx, pid, actor);
        const user = await tx.get('SELECT id, disabled_at FROM users WHERE username = ?', [
          v.username,
        ]);
        if (!user || user.disabled_at !== null) {
          throw new RecordError('not-found', 'username', 'no such enabled account');
        }
        const userId = str(user.id);
        const present = await tx.get(
          'SELECT 1 AS x FROM care_team WHERE patient_id = ? AND user_id = ?',
          [pid, userId],
        );
        if (!present) {
          await insertRow(tx, 'care_team', {
            patient_id: pid,
            user_id: userId,
            added_at: at,
            added_by: userIdOf(actor),
          });
        }
        return { value: { patientId: pid, userId, username: v.username }, resourceId: userId };
      },
    );
  }

  // --- Episodes ---------------------------------------------------------------------------------

  /**
   * Opens an episode of care.
   * @param actor - who records it
   * @param patientId - the patient
   * @param input - label, start date and the start of conservative care
   */
  async createEpisode(actor: Actor, patientId: string, input: unknown): Promise<EpisodeRecord> {
    const pid = this.parseId(patientId, 'patientId');
    const v = parseInput(NewEpisodeSchema, input);
    return this.createForPatient(
      actor,
      pid,
      { resourceType: 'episode', table: 'episodes' },
      {
        label: v.label ?? 'episode of care',
        started_on: v.startedOn,
        conservative_care_started_on: v.conservativeCareStartedOn ?? null,
        ended_on: null,
      },
      episodeOf,
    );
  }

  // --- Assessments ------------------------------------------------------------------------------

  /**
   * Assesses a presentation with the current engine and stores input, output and versions.
   * @param actor - who records it
   * @param patientId - the patient
   * @param input - the presentation and optionally its episode
   * @throws InputError when the presentation is invalid (path names the field under `input`)
   */
  async recordAssessment(
    actor: Actor,
    patientId: string,
    input: unknown,
  ): Promise<AssessmentRecord> {
    const pid = this.parseId(patientId, 'patientId');
    const v = parseInput(NewAssessmentSchema, input);
    const output = assess(v.input);
    const kbVersion = getKb().version;
    return this.createForPatient(
      actor,
      pid,
      { resourceType: 'assessment', table: 'assessments', episode: { requested: v.episodeId } },
      {
        input_json: JSON.stringify(v.input),
        output_json: JSON.stringify(output),
        triage_level: output.triage.level,
        engine_version: VERSION,
        kb_version: kbVersion,
      },
      assessmentOf,
    );
  }

  // --- Questionnaire submissions ----------------------------------------------------------------

  /**
   * Scores a questionnaire entered by a clinician and stores answers and result.
   * @param actor - who records it
   * @param patientId - the patient
   * @param instrument - the instrument id
   * @param input - the answers, when they were given and optionally the episode
   * @throws InputError when the instrument or the answers are invalid
   */
  async recordSubmission(
    actor: Actor,
    patientId: string,
    instrument: string,
    input: unknown,
  ): Promise<SubmissionRecord> {
    const pid = this.parseId(patientId, 'patientId');
    const v = parseInput(NewSubmissionSchema, input);
    const result = score(instrument, v.input);
    return this.audited(
      actor,
      { action: 'create', resourceType: 'questionnaire-submission', patientId: pid },
      async (tx, at) => {
        await this.requirePatient(tx, pid, actor);
        const episodeId = await this.requireEpisode(tx, pid, v.episodeId);
        const record = await this.insertSubmission(tx, at, {
          patientId: pid,
          episodeId,
          input: v.input,
          result,
          takenAt: v.takenAt ?? at,
          source: 'clinician',
          linkId: null,
          createdBy: userIdOf(actor),
        });
        return { value: record, resourceId: record.id };
      },
    );
  }

  private async insertSubmission(
    tx: SqlExecutor,
    at: string,
    s: {
      patientId: string;
      episodeId: string | null;
      input: unknown;
      result: ScoreResult;
      takenAt: string;
      source: SubmissionSource;
      linkId: string | null;
      createdBy: string | null;
    },
  ): Promise<SubmissionRecord> {
    const row = {
      id: randomUUID(),
      patient_id: s.patientId,
      episode_id: s.episodeId,
      instrument: s.result.instrument,
      site: s.result.instrument === 'nrs' ? s.result.site : null,
      headline: headlineOf(s.result),
      input_json: JSON.stringify(s.input),
      result_json: JSON.stringify(s.result),
      engine_version: VERSION,
      taken_at: s.takenAt,
      recorded_at: at,
      source: s.source,
      link_id: s.linkId,
      created_by: s.createdBy,
    };
    await insertRow(tx, 'questionnaire_submissions', row);
    return submissionOf(row);
  }

  /**
   * One patient's submissions, oldest first, optionally of one instrument.
   * @param actor - who reads
   * @param patientId - the patient
   * @param instrument - only this instrument
   */
  async listSubmissions(
    actor: Actor,
    patientId: string,
    instrument?: string,
  ): Promise<SubmissionRecord[]> {
    const pid = this.parseId(patientId, 'patientId');
    return this.audited(
      actor,
      { action: 'list', resourceType: 'questionnaire-submission', patientId: pid },
      async (tx) => {
        await this.requirePatient(tx, pid, actor);
        const rows =
          instrument === undefined
            ? await tx.all(
                'SELECT * FROM questionnaire_submissions WHERE patient_id = ? ORDER BY taken_at, recorded_at, id',
                [pid],
              )
            : await tx.all(
                'SELECT * FROM questionnaire_submissions WHERE patient_id = ? AND instrument = ? ORDER BY taken_at, recorded_at, id',
                [pid, instrument],
              );
        return { value: rows.map(submissionOf) };
      },
    );
  }

  // --- Notes ------------------------------------------------------------------------------------

  /**
   * Adds a note to a patient's record.
   * @param actor - the author
   * @param patientId - the patient
   * @param input - the text and optionally the episode
   */
  async addNote(actor: Actor, patientId: string, input: unknown): Promise<NoteRecord> {
    const pid = this.parseId(patientId, 'patientId');
    const v = parseInput(NewNoteSchema, input);
    return this.createForPatient(
      actor,
      pid,
      { resourceType: 'note', table: 'notes', episode: { requested: v.episodeId } },
      { body: v.body },
      noteOf,
    );
  }

  /**
   * One patient's notes, oldest first.
   * @param actor - who reads
   * @param patientId - the patient
   */
  async listNotes(actor: Actor, patientId: string): Promise<NoteRecord[]> {
    const pid = this.parseId(patientId, 'patientId');
    return this.audited(
      actor,
      { action: 'list', resourceType: 'note', patientId: pid },
      async (tx) => {
        await this.requirePatient(tx, pid, actor);
        return {
          value: (
            await tx.all('SELECT * FROM notes WHERE patient_id = ? ORDER BY created_at, id', [pid])
          ).map(noteOf),
        };
      },
    );
  }

  // --- History (the timeline's data) ------------------------------------------------------------

  /**
   * Everything about one patient, in one audited read.
   * @param actor - who reads
   * @param patientId - the patient
   */
  async getHistory(actor: Actor, patientId: string): Promise<PatientHistory> {
    const pid = this.parseId(patientId, 'patientId');
    return this.audited(
      actor,
      { action: 'read', resourceType: 'timeline', patientId: pid },
      async (tx) => {
        const patient = await this.requirePatient(tx, pid, actor);
        const [episodes, submissions, assessments, notes] = [
          (
            await tx.all(
              'SELECT * FROM episodes WHERE patient_id = ? ORDER BY started_on, created_at',
              [pid],
            )
          ).map(episodeOf),
          (
            await tx.all(
              'SELECT * FROM questionnaire_submissions WHERE patient_id = ? ORDER BY taken_at, recorded_at, id',
              [pid],
            )
          ).map(submissionOf),
          (
            await tx.all('SELECT * FROM assessments WHERE patient_id = ? ORDER BY created_at, id', [
              pid,
            ])
          ).map(assessmentOf),
          (
            await tx.all('SELECT * FROM notes WHERE patient_id = ? ORDER BY created_at, id', [pid])
          ).map(noteOf),
        ];
        return { value: { patient, episodes, submissions, assessments, notes }, resourceId: pid };
      },
    );
  }

  // --- One-time questionnaire links -------------------------------------------------------------

  /**
   * Issues a one-time link a patient uses, without an account, to answer the listed questionnaires.
   * The token is returned once and only its hash is stored.
   * @param actor - the clinician issuing it
   * @param patientId - the patient
   * @param input - instruments, optional episode and lifetime in hours (default 7 days)
   */
  async createLink(actor: Actor, patientId: string, input: unknown): Promise<IssuedLink> {
    const pid = this.parseId(patientId, 'patientId');
    const v = parseInput(NewLinkSchema, input);
    const token = newToken();
    return this.audited(
      actor,
      { action: 'create', resourceType: 'questionnaire-link', patientId: pid },
      async (tx, at) => {
        await this.requirePatient(tx, pid, actor);
        const episodeId = await this.requireEpisode(tx, pid, v.episodeId);
        const id = randomUUID();
        const expiresAt = new Date(
          Date.parse(at) + (v.expiresInHours ?? DEFAULT_LINK_HOURS) * 3_600_000,
        ).toISOString();
        await tx.run(
          'INSERT INTO questionnaire_links (id, token_hash, patient_id, episode_id, instruments, created_at, created_by, expires_at, used_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)',
          [
            id,
            tokenHash(token),
            pid,
            episodeId,
            JSON.stringify(v.instruments),
            at,
            userIdOf(actor),
            expiresAt,
          ],
        );
        return {
          value: { id, token, patientId: pid, instruments: v.instruments, expiresAt },
          resourceId: id,
        };
      },
    );
  }

  private async liveLink(
    tx: SqlExecutor,
    token: string,
    at: string,
  ): Promise<{
    id: string;
    patientId: string;
    episodeId: string | null;
    instruments: ScoreInstrumentId[];
    expiresAt: string;
  }> {
    const row = await tx.get('SELECT * FROM questionnaire_links WHERE token_hash = ?', [
      tokenHash(token),
    ]);
    if (!row || row.used_at !== null || str(row.expires_at) <= at) {
      throw new RecordError(
        'link-invalid',
        'token',
        'this questionnaire link is unknown, already used or expired',
      );
    }
    return {
      id: str(row.id),
      patientId: str(row.patient_id),
      episodeId: strOrNull(row.episode_id),
      instruments: JSON.parse(str(row.instruments)) as ScoreInstrumentId[],
      expiresAt: str(row.expires_at),
    };
  }

  /**
   * What a link asks for, without using it up; shows the patient nothing from the record.
   * @param input - `{ token }`
   * @param requestId - the request, for the audit entry
   */
  async openLink(
    input: unknown,
    requestId?: string,
    client?: ClientInfo,
  ): Promise<{ instruments: ScoreInstrumentId[]; expiresAt: string }> {
    const { token } = parseInput(LinkTokenSchema, input);
    return this.auditBadLink(requestId, client, () => this.openLinkTx(token, requestId, client));
  }

  /** Runs a link operation; an unknown, used or expired token is audited before it is refused. */
  private async auditBadLink<T>(
    requestId: string | undefined,
    client: ClientInfo | undefined,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof RecordError && error.code === 'link-invalid') {
        await this.db.transaction((tx) =>
          writeAudit(
            tx,
            this.stamp(),
            {
              kind: 'patient-link',
              linkId: null,
              ...(requestId ? { requestId } : {}),
              ...(client ? { client } : {}),
            },
            {
              action: 'denied',
              resourceType: 'questionnaire-link',
              outcome: 'failed',
              reason: 'unknown, used or expired link token',
            },
          ),
        );
      }
      throw error;
    }
  }

  private openLinkTx(
    token: string,
    requestId: string | undefined,
    client: ClientInfo | undefined,
  ): Promise<{ instruments: ScoreInstrumentId[]; expiresAt: string }> {
    return this.db.transaction(async (tx) => {
      const at = this.stamp();
      const link = await this.liveLink(tx, token, at);
      await writeAudit(
        tx,
        at,
        {
          kind: 'patient-link',
          linkId: link.id,
          ...(requestId ? { requestId } : {}),
          ...(client ? { client } : {}),
        },
        {
          action: 'read',
          resourceType: 'questionnaire-link',
          resourceId: link.id,
          patientId: link.patientId,
        },
      );
      return { instruments: link.instruments, expiresAt: link.expiresAt };
    });
  }

  /**
   * Scores and stores a patient's answers through a one-time link, then retires the link. Answers
   * are validated before anything is written, so a mistake leaves the link usable.
   * @param input - the token and one response per instrument of the link
   * @param requestId - the request, for the audit entry
   * @returns what was stored, per instrument
   */
  async submitLink(
    input: unknown,
    requestId?: string,
    client?: ClientInfo,
  ): Promise<{ submissions: { instrument: ScoreInstrumentId; result: ScoreResult }[] }> {
    const v = parseInput(LinkSubmitSchema, input);
    const scored = v.responses.map((r, i) => {
      try {
        return { input: r.input, result: score(r.instrument, r.input) };
      } catch (error) {
        // Point at the response in the submission, e.g. responses[1].input.answers[3].
        if (!isInputError(error)) throw error;
        const inner = error.path && error.path !== 'input' ? `.${error.path}` : '';
        throw new InputError(error.code, `responses[${i}].input${inner}`, error.message, {
          cause: error,
        });
      }
    });
    return this.auditBadLink(requestId, client, () =>
      this.db.transaction(async (tx) => {
        const at = this.stamp();
        const link = await this.liveLink(tx, v.token, at);
        // Each instrument of the link once; pain ratings may come once per site (back and leg).
        const keys = scored.map((s) =>
          s.result.instrument === 'nrs' ? `nrs:${s.result.site}` : s.result.instrument,
        );
        const covered = new Set(scored.map((s) => s.result.instrument));
        if (
          new Set(keys).size !== keys.length ||
          covered.size !== link.instruments.length ||
          link.instruments.some((i) => !covered.has(i))
        ) {
          throw new InputError(
            'invalid-input',
            'responses',
            `this link asks for ${link.instruments.join(', ')}: each once (pain once per site)`,
          );
        }
        // The conditional update makes the link single-use even when two submissions race.
        const { changes } = await tx.run(
          'UPDATE questionnaire_links SET used_at = ? WHERE id = ? AND used_at IS NULL',
          [at, link.id],
        );
        if (changes !== 1) {
          throw new RecordError(
            'link-invalid',
            'token',
            'this questionnaire link has already been used',
          );
        }
        const actor: Actor = {
          kind: 'patient-link',
          linkId: link.id,
          ...(requestId ? { requestId } : {}),
          ...(client ? { client } : {}),
        };
        const out: { instrument: ScoreInstrumentId; result: ScoreResult }[] = [];
        for (const s of scored) {
          const record = await this.insertSubmission(tx, at, {
            patientId: link.patientId,
            episodeId: link.episodeId,
            input: s.input,
            result: s.result,
            takenAt: at,
            source: 'patient-link',
            linkId: link.id,
            createdBy: null,
          });
          await writeAudit(tx, at, actor, {
            action: 'submit',
            resourceType: 'questionnaire-submission',
            resourceId: record.id,
            patientId: link.patientId,
          });
          out.push({ instrument: s.result.instrument, result: s.result });
        }
        return { submissions: out };
      }),
    );
  }

  // --- Audit log --------------------------------------------------------------------------------

  /**
   * Reads the audit log (itself an audited read).
   * @param actor - who reads (an admin)
   * @param filter - optionally one patient's entries, page size and the id to read below
   */
  async readAuditLog(actor: Actor, filter: AuditFilter = {}): Promise<AuditEntry[]> {
    if (filter.patientId !== undefined) this.parseId(filter.patientId, 'patientId');
    return this.audited(
      actor,
      { action: 'list', resourceType: 'audit-log', patientId: filter.patientId ?? null },
      async (tx) => ({ value: await readAudit(tx, filter) }),
    );
  }

  /**
   * Records an access refused by the shell (wrong role), so probing shows up in the log.
   * @param actor - who was refused
   * @param resourceType - what they tried to reach
   */
  async recordDenied(
    actor: Actor,
    resourceType: AuditResource,
    reason: string | null = null,
  ): Promise<void> {
    await this.db.transaction((tx) =>
      writeAudit(tx, this.stamp(), actor, {
        action: 'denied',
        resourceType,
        outcome: 'denied',
        reason,
      }),
    );
  }

  private parseId(value: string, path: string): string {
    return parseInput(z.strictObject({ [path]: RecordId }), { [path]: value })[path] as string;
  }
}

/** Counts rows of a table (for status and tests); the table name is checked against the schema. */
export async function countRows(db: SqlExecutor, table: string): Promise<number> {
  if (!TABLES.includes(table as (typeof TABLES)[number])) throw new Error(`unknown table ${table}`);
  const row = await db.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
  return Number(row?.n ?? 0);
}

/** Every table, parents before children (the order restore inserts in). */
export const TABLES = [
  'users',
  'sessions',
  'login_throttle',
  'patients',
  'care_team',
  'episodes',
  'questionnaire_links',
  'assessments',
  'questionnaire_submissions',
  'notes',
  'audit_log',
] as const;
export type TableName = (typeof TABLES)[number];

import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  InputError,
  MIGRATIONS,
  RecordError,
  SCHEMA_VERSION,
  VERSION,
  countRows,
  createUser,
  getKb,
  migrate,
  readAudit,
} from '../../src/index.js';
import type { Actor, Migration, RecordStore } from '../../src/index.js';
import { backends, freshDriver, freshStore, manualClock } from './_backends.js';

/** The acting clinician; its account is created in each fresh store. */
let clinician: Actor = { kind: 'anonymous' };
const withClinician = async (store: RecordStore): Promise<RecordStore> => {
  const user = await createUser(
    store.db,
    { kind: 'cli', name: 'test' },
    { username: 'dr-test', password: 'correct horse battery', role: 'clinician' },
  );
  clinician = { kind: 'user', userId: user.id, role: 'clinician', requestId: 'req-1' };
  return store;
};
const odi = (answers: (number | null)[]) => ({ answers });
const presentation = {
  age: 58,
  symptoms: [
    { kind: 'pain', region: 'anterior-thigh', side: 'left' },
    { kind: 'numbness', region: 'medial-knee', side: 'left' },
  ],
  exam: { reflexes: [{ reflex: 'patellar', side: 'left', status: 'reduced' }] },
};

const isRecordError = (code: string, path: string) => (e: unknown) =>
  e instanceof RecordError && e.code === code && e.path === path;
const isInput = (path: string | RegExp) => (e: unknown) =>
  e instanceof InputError && (typeof path === 'string' ? e.path === path : path.test(e.path));

for (const backend of backends()) {
  describe(`records on ${backend.name}`, () => {
    after(() => backend.cleanup());

    describe('migrations', () => {
      it('migrate creates the schema once and is idempotent', async () => {
        const db = await freshDriver(backend);
        try {
          const first = await migrate(db);
          assert.deepEqual(
            [first.from, first.to, first.applied.map((m) => m.version)],
            [0, SCHEMA_VERSION, MIGRATIONS.map((m) => m.version)],
          );
          const again = await migrate(db);
          assert.deepEqual(
            [again.from, again.to, again.applied.length],
            [SCHEMA_VERSION, SCHEMA_VERSION, 0],
          );
          assert.equal(await countRows(db, 'patients'), 0);
        } finally {
          await db.close();
        }
      });

      it('two connections migrating at once both succeed, applying each migration once', async () => {
        const config = backend.fresh();
        const { openDriver } = await import('../../src/index.js');
        const [a, b] = [await openDriver(config), await openDriver(config)];
        try {
          const results = await Promise.all([migrate(a), migrate(b)]);
          assert.equal(
            results.reduce((n, r) => n + r.applied.length, 0),
            MIGRATIONS.length,
          );
          assert.equal(
            Number((await a.get<{ n: number }>('SELECT COUNT(*) AS n FROM schema_migrations'))?.n),
            MIGRATIONS.length,
          );
        } finally {
          await a.close();
          await b.close();
        }
      });

      it('refuses an edited migration and a database newer than the code', async () => {
        const db = await freshDriver(backend);
        try {
          await migrate(db);
          const edited: Migration[] = MIGRATIONS.map((m) => ({ ...m, sql: `${m.sql}\n-- edited` }));
          await assert.rejects(migrate(db, edited), /differs from the one applied/);
          const extra: Migration = {
            version: SCHEMA_VERSION + 1,
            name: 'future',
            sql: 'CREATE TABLE future_table (id TEXT PRIMARY KEY);',
          };
          await migrate(db, [...MIGRATIONS, extra]);
          await assert.rejects(migrate(db), /newer than this Foramen/);
        } finally {
          await db.close();
        }
      });
    });

    describe('patients, episodes, assessments, submissions, notes', () => {
      let store: RecordStore;
      const clock = manualClock('2024-01-01T09:00:00.000Z');
      before(async () => {
        store = await withClinician(await freshStore(backend, { now: clock.now }));
      });
      after(() => store.close());

      it('registers a patient under a generated pseudonym, or a given one', async () => {
        const generated = await store.createPatient(clinician, {});
        assert.match(generated.pseudonym, /^P-[0-9A-Z]{8}$/);
        const given = await store.createPatient(clinician, {
          pseudonym: 'STUDY-042',
          birthYear: 1966,
          sex: 'female',
        });
        assert.deepEqual(
          [given.pseudonym, given.birthYear, given.sex],
          ['STUDY-042', 1966, 'female'],
        );
        assert.deepEqual(await store.getPatient(clinician, given.id), given);
      });

      it('refuses a duplicate pseudonym (409) and a name-like pseudonym (400)', async () => {
        await store.createPatient(clinician, { pseudonym: 'DUP-1' });
        await assert.rejects(
          store.createPatient(clinician, { pseudonym: 'DUP-1' }),
          isRecordError('conflict', 'pseudonym'),
        );
        await assert.rejects(
          store.createPatient(clinician, { pseudonym: 'Jane Smith' }),
          isInput('pseudonym'),
        );
        await assert.rejects(
          store.createPatient(clinician, { pseudonym: 'X1', name: 'Jane' } as never),
          isInput('name'),
        );
      });

      it('a missing patient is not-found; a malformed id is bad input', async () => {
        await assert.rejects(
          store.getPatient(clinician, '00000000-0000-4000-8000-00000000dead'),
          isRecordError('not-found', 'patientId'),
        );
        await assert.rejects(store.getPatient(clinician, "1' OR '1'='1"), isInput('patientId'));
      });

      it('stores an assessment with its full input, output, engine and KB versions', async () => {
        const p = await store.createPatient(clinician, {});
        const episode = await store.createEpisode(clinician, p.id, {
          label: 'left L3 radicular pain',
          startedOn: '2024-01-01',
          conservativeCareStartedOn: '2024-01-02',
        });
        const a = await store.recordAssessment(clinician, p.id, {
          episodeId: episode.id,
          input: presentation,
        });
        assert.deepEqual(a.input, presentation);
        assert.equal(a.engineVersion, VERSION);
        assert.equal(a.kbVersion, getKb().version);
        assert.equal(a.triageLevel, (a.output as { triage: { level: string } }).triage.level);
        const history = await store.getHistory(clinician, p.id);
        assert.deepEqual(history.assessments[0], a);
        assert.deepEqual(history.episodes, [episode]);
      });

      it('an invalid presentation is refused before anything is stored', async () => {
        const p = await store.createPatient(clinician, {});
        await assert.rejects(
          store.recordAssessment(clinician, p.id, { input: { symptoms: [{ kind: 'itch' }] } }),
          isInput(/^symptoms\[0\]/),
        );
        assert.equal((await store.getHistory(clinician, p.id)).assessments.length, 0);
      });

      it('scores and stores a submission with its answers and engine version', async () => {
        const p = await store.createPatient(clinician, {});
        const s = await store.recordSubmission(clinician, p.id, 'odi', {
          input: odi([3, 2, 3, 2, 2, 2, 1, null, 1, 0]),
          takenAt: '2024-01-03',
        });
        assert.equal(s.instrument, 'odi');
        assert.ok(Math.abs((s.headline ?? 0) - (16 / 45) * 100) < 1e-9);
        assert.deepEqual(s.input, odi([3, 2, 3, 2, 2, 2, 1, null, 1, 0]));
        assert.equal(s.result.instrument === 'odi' && s.result.band, 'moderate disability');
        assert.equal(s.engineVersion, VERSION);
        assert.equal(s.takenAt, '2024-01-03');
        const pain = await store.recordSubmission(clinician, p.id, 'nrs', {
          input: { value: 6, site: 'leg' },
        });
        assert.deepEqual(
          [pain.site, pain.headline, pain.takenAt],
          ['leg', 6, clock.now().toISOString()],
        );
        assert.deepEqual(
          (await store.listSubmissions(clinician, p.id, 'nrs')).map((x) => x.id),
          [pain.id],
        );
      });

      it('bad answers name the field and store nothing', async () => {
        const p = await store.createPatient(clinician, {});
        await assert.rejects(
          store.recordSubmission(clinician, p.id, 'odi', {
            input: odi([1, 1, 1, 1, 1, 1, 1, 1, 1, 7]),
          }),
          isInput('answers[9]'),
        );
        await assert.rejects(
          store.recordSubmission(clinician, p.id, 'sf36', { input: {} }),
          isInput('instrument'),
        );
        await assert.rejects(
          store.recordSubmission(clinician, p.id, 'nrs', {
            input: { value: 3 },
            episodeId: '00000000-0000-4000-8000-000000000000',
          }),
          isRecordError('not-found', 'episodeId'),
        );
        assert.equal((await store.listSubmissions(clinician, p.id)).length, 0);
      });

      it('an episode of another patient cannot be used', async () => {
        const a = await store.createPatient(clinician, {});
        const b = await store.createPatient(clinician, {});
        const episode = await store.createEpisode(clinician, a.id, { startedOn: '2024-01-01' });
        await assert.rejects(
          store.addNote(clinician, b.id, { body: 'x', episodeId: episode.id }),
          isRecordError('not-found', 'episodeId'),
        );
      });

      it('keeps SQL in text as text: injection attempts are stored verbatim and change nothing', async () => {
        await assert.rejects(
          store.createPatient(clinician, { pseudonym: "O'Brien'); DROP TABLE patients; --" }),
          isInput('pseudonym'),
        );
        const p = await store.createPatient(clinician, { pseudonym: 'OBrien-1' });
        const body = "Robert'); DROP TABLE patients; -- and ' OR 1=1 --";
        const note = await store.addNote(clinician, p.id, { body });
        assert.deepEqual(
          (await store.listNotes(clinician, p.id)).map((n) => n.body),
          [body],
        );
        assert.equal(note.body, body);
        assert.ok((await countRows(store.db, 'patients')) > 0);
        assert.equal((await store.getPatient(clinician, p.id)).pseudonym, 'OBrien-1');
      });

      it('lists patients newest first with paging', async () => {
        const page1 = await store.listPatients(clinician, { limit: 2 });
        const page2 = await store.listPatients(clinician, { limit: 2, offset: 2 });
        assert.equal(page1.length, 2);
        assert.ok(page2.every((p) => !page1.some((q) => q.id === p.id)));
        await assert.rejects(store.listPatients(clinician, { limit: 0 }), isInput('limit'));
      });
    });

    describe('audit log', () => {
      let store: RecordStore;
      before(async () => {
        store = await withClinician(await freshStore(backend));
      });
      after(() => store.close());

      it('every read and write of patient data writes one entry, with ids and codes only', async () => {
        const before = Number(
          (await store.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM audit_log'))?.n,
        );
        const p = await store.createPatient(clinician, { pseudonym: 'AUDIT-1' });
        await store.getPatient(clinician, p.id);
        await store.createEpisode(clinician, p.id, {
          startedOn: '2024-02-01',
          label: 'secret episode label',
        });
        await store.recordSubmission(clinician, p.id, 'nrs', { input: { value: 4 } });
        await store.addNote(clinician, p.id, { body: 'confidential note text' });
        await store.listNotes(clinician, p.id);
        await store.listSubmissions(clinician, p.id);
        await store.getHistory(clinician, p.id);
        await store.recordAssessment(clinician, p.id, { input: presentation });
        await store.listPatients(clinician);
        const entries = (await readAudit(store.db, { limit: 1000 }))
          .filter((e) => e.id > before)
          .reverse();
        assert.deepEqual(
          entries.map((e) => `${e.action} ${e.resourceType}`),
          [
            'create patient',
            'read patient',
            'create episode',
            'create questionnaire-submission',
            'create note',
            'list note',
            'list questionnaire-submission',
            'read timeline',
            'create assessment',
            'list patient',
          ],
        );
        for (const e of entries) {
          assert.equal(e.actorKind, 'user');
          assert.equal(e.actorId, clinician.kind === 'user' ? clinician.userId : 'none');
          assert.equal(e.requestId, 'req-1');
          assert.equal(e.outcome, 'ok');
          if (e.resourceType !== 'patient' || e.action !== 'list') assert.equal(e.patientId, p.id);
        }
        const everything = JSON.stringify(await readAudit(store.db, { limit: 1000 }));
        for (const secret of [
          'AUDIT-1',
          'secret episode label',
          'confidential note text',
          'anterior-thigh',
        ]) {
          assert.ok(!everything.includes(secret), secret);
        }
      });

      it('a failed write leaves no entry (the entry shares the transaction)', async () => {
        const before = (await readAudit(store.db, { limit: 1 }))[0]?.id ?? 0;
        await assert.rejects(
          store.addNote(clinician, '00000000-0000-4000-8000-00000000beef', { body: 'x' }),
        );
        assert.equal((await readAudit(store.db, { limit: 1 }))[0]?.id ?? 0, before);
      });

      it('reading the audit log is itself audited', async () => {
        const admin: Actor = { ...clinician, role: 'admin' } as Actor;
        await store.readAuditLog(admin, { limit: 5 });
        assert.equal((await readAudit(store.db, { limit: 1 }))[0]?.resourceType, 'audit-log');
      });
    });
  });
}

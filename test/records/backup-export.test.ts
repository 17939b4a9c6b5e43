import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  InputError,
  SNAPSHOT_TABLES,
  backupDatabase,
  createUser,
  csvCell,
  exportCsv,
  exportFhirBundle,
  login,
  readAudit,
  restoreDatabase,
} from '../../src/index.js';
import type { Actor, Backup, RecordStore, SqlDriver } from '../../src/index.js';
import { backends, freshStore } from './_backends.js';
import type { Backend } from './_backends.js';

const cli: Actor = { kind: 'cli', name: 'test' };
const PASSWORD = 'correct horse battery';

/** A store with one of everything: accounts, patients, an episode, scores, an assessment, a note. */
async function populated(
  backend: Backend,
): Promise<{ store: RecordStore; actor: Actor; patientId: string }> {
  const store = await freshStore(backend);
  const user = await createUser(store.db, cli, {
    username: 'dr-backup',
    password: PASSWORD,
    role: 'clinician',
  });
  const actor: Actor = { kind: 'user', userId: user.id, role: 'clinician' };
  const p = await store.createPatient(actor, { pseudonym: 'BK-001', birthYear: 1970, sex: 'male' });
  await store.createPatient(actor, { pseudonym: 'BK-002' });
  const episode = await store.createEpisode(actor, p.id, {
    label: '=HYPERLINK("http://x")',
    startedOn: '2024-01-01',
  });
  await store.recordSubmission(actor, p.id, 'odi', {
    episodeId: episode.id,
    takenAt: '2024-01-01',
    input: { answers: [3, 2, 3, 2, 2, 2, 1, null, 1, 0] },
  });
  await store.recordSubmission(actor, p.id, 'startback', {
    takenAt: '2024-01-01',
    input: { answers: [1, 0, 1, 1, 1, 1, 1, 1, 0] },
  });
  await store.recordSubmission(actor, p.id, 'nrs', {
    takenAt: '2024-01-02',
    input: { value: 7, site: 'leg' },
  });
  await store.recordSubmission(actor, p.id, 'zcq', {
    takenAt: '2024-01-02',
    input: { symptomSeverity: [3, 3, 3, 3, 3, 3, 3], physicalFunction: [2, 2, 2, 2, 2] },
  });
  await store.recordAssessment(actor, p.id, {
    input: { symptoms: [{ kind: 'pain', region: 'lateral-leg', side: 'left' }] },
  });
  await store.addNote(actor, p.id, { body: 'note, with "quotes"\nand a new line' });
  await store.createLink(actor, p.id, { instruments: ['odi'] });
  return { store, actor, patientId: p.id };
}

const dump = async (db: SqlDriver, actor: Actor) => {
  const b = await backupDatabase(db, actor);
  // The audit log gains the backup's own entry each time; compare the data tables and the log before it.
  return Object.fromEntries(
    SNAPSHOT_TABLES.map((t) => [
      t,
      t === 'audit_log'
        ? b.tables[t].filter((r) => r.action !== 'backup' && r.action !== 'restore')
        : b.tables[t],
    ]),
  );
};

const all = backends();
for (const backend of all) {
  describe(`backup, restore and export on ${backend.name}`, () => {
    let source: { store: RecordStore; actor: Actor; patientId: string };
    before(async () => {
      source = await populated(backend);
    });
    after(async () => {
      await source.store.close();
      await backend.cleanup();
    });

    for (const target of all) {
      it(`a backup restores into an empty ${target.name} database exactly, and accounts still sign in`, async () => {
        const backup = JSON.parse(
          JSON.stringify(await backupDatabase(source.store.db, cli)),
        ) as Backup;
        assert.equal(backup.format, 'foramen-backup');
        assert.equal(backup.tables.patients.length, 2);
        const copy = await freshStore(target);
        try {
          const result = await restoreDatabase(copy.db, backup, cli);
          assert.equal(result.rows.questionnaire_submissions, 4);
          assert.deepEqual(await dump(copy.db, cli), await dump(source.store.db, cli));
          assert.ok(await login(copy.db, { username: 'dr-backup', password: PASSWORD }));
          const [latest] = await readAudit(copy.db, { limit: 1 });
          const restoredMax = Math.max(...backup.tables.audit_log.map((r) => Number(r.id)));
          assert.ok((latest?.id ?? 0) > restoredMax, 'new audit entries follow the restored ones');
          await assert.rejects(
            restoreDatabase(copy.db, backup, cli),
            (e: unknown) => e instanceof InputError && e.path === '--force',
          );
          assert.equal(
            (await restoreDatabase(copy.db, backup, cli, { force: true })).replaced,
            true,
          );
        } finally {
          await copy.close();
          if (target !== backend) await target.cleanup();
        }
      });
    }

    it('refuses a malformed backup, a foreign column name and another schema version, changing nothing', async () => {
      const backup = JSON.parse(
        JSON.stringify(await backupDatabase(source.store.db, cli)),
      ) as Backup & { tables: Record<string, Record<string, unknown>[]> };
      const copy = await freshStore(backend);
      try {
        const evil = structuredClone(backup);
        (evil.tables.patients[0] as Record<string, unknown>)[
          'id) VALUES (1); DROP TABLE users; --'
        ] = 'x';
        await assert.rejects(
          restoreDatabase(copy.db, evil, cli),
          (e: unknown) => e instanceof InputError && e.path.startsWith('tables.patients[0]'),
        );
        await assert.rejects(
          restoreDatabase(copy.db, { ...backup, schemaVersion: 99 }, cli),
          (e: unknown) => e instanceof InputError && e.path === 'schemaVersion',
        );
        await assert.rejects(
          restoreDatabase(copy.db, { format: 'other' }, cli),
          (e: unknown) => e instanceof InputError,
        );
        const broken = structuredClone(backup);
        (broken.tables.episodes[0] as Record<string, unknown>).patient_id =
          '00000000-0000-4000-8000-000000000000';
        await assert.rejects(restoreDatabase(copy.db, broken, cli)); // the foreign key fails: all or nothing
        assert.equal(
          Number((await copy.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM patients'))?.n),
          0,
        );
      } finally {
        await copy.close();
      }
    });

    it('exports CSV tables with quoting and spreadsheet-formula protection, and no notes', async () => {
      const files = await exportCsv(source.store.db, cli);
      assert.deepEqual(Object.keys(files).sort(), [
        'assessments.csv',
        'episodes.csv',
        'patients.csv',
        'questionnaire-submissions.csv',
      ]);
      const subs = files['questionnaire-submissions.csv'].trimEnd().split('\r\n');
      assert.equal(
        subs[0],
        'submission_id,patient_id,pseudonym,episode_id,instrument,site,score,category,taken_at,source,engine_version',
      );
      assert.equal(subs.length, 5);
      assert.ok(subs.some((l) => l.includes(',odi,,') && l.includes('moderate disability')));
      assert.ok(subs.some((l) => l.includes(',startback,,7,high,')));
      assert.match(files['episodes.csv'], /"'=HYPERLINK\(""http:\/\/x""\)"/);
      assert.ok(!Object.values(files).join('').includes('quotes'));
      assert.equal(csvCell('a,b'), '"a,b"');
      assert.equal(csvCell('-2+3'), "'-2+3");
      assert.equal(csvCell(-2), '-2');
    });

    it('exports a FHIR R4 collection Bundle whose references all resolve inside it', async () => {
      const bundle = await exportFhirBundle(source.store.db, cli);
      assert.equal(bundle.resourceType, 'Bundle');
      assert.equal(bundle.type, 'collection');
      const entries = bundle.entry ?? [];
      const byType = (t: string) => entries.filter((e) => e.resource?.resourceType === t);
      assert.deepEqual(
        [
          byType('Patient').length,
          byType('QuestionnaireResponse').length,
          byType('Observation').length,
        ],
        [2, 4, 4],
      );
      const urls = new Set(entries.map((e) => e.fullUrl));
      for (const e of entries) {
        const r = e.resource as unknown as Record<string, unknown>;
        assert.equal(e.fullUrl, `urn:uuid:${String(r.id)}`);
        const refs = JSON.stringify(r).match(/"reference":"([^"]+)"/g) ?? [];
        for (const ref of refs) assert.ok(urls.has(ref.slice(13, -1)), ref);
      }
      const patient = byType('Patient').find((e) => JSON.stringify(e.resource).includes('BK-001'))
        ?.resource as unknown as Record<string, unknown>;
      assert.deepEqual(
        [patient.gender, patient.birthDate, 'name' in patient],
        ['male', '1970', false],
      );
      const odiResponse = byType('QuestionnaireResponse').find((e) =>
        JSON.stringify(e.resource).includes('urn:foramen:questionnaire:odi'),
      )?.resource as unknown as { item: { linkId: string; answer?: unknown[] }[] };
      assert.equal(odiResponse.item.length, 10);
      assert.equal(odiResponse.item.find((i) => i.linkId === 'odi-8')?.answer, undefined);
      const odiObservation = byType('Observation').find((e) =>
        JSON.stringify(e.resource).includes('"code":"odi"'),
      )?.resource as unknown as { valueQuantity: { value: number; unit: string }; status: string };
      assert.ok(Math.abs(odiObservation.valueQuantity.value - (16 / 45) * 100) < 1e-9);
      assert.deepEqual([odiObservation.valueQuantity.unit, odiObservation.status], ['%', 'final']);
      const audit = await readAudit(source.store.db, { limit: 1 });
      assert.deepEqual([audit[0]?.action, audit[0]?.resourceType], ['export', 'database']);
    });
  });
}

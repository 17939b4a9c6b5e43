import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FULL_PRESENTATION, REPORT_TEXT, repoRoot, testApp } from './_support.js';

describe('security headers', () => {
  it('every answer carries CSP, nosniff, frame and referrer protection', async () => {
    const app = await testApp({ webRoot: `${repoRoot}web` });
    for (const url of ['/health', '/api/vocab', '/', '/assess.html', '/openapi.json']) {
      const res = await app.inject({ method: 'GET', url });
      assert.equal(res.statusCode, 200, url);
      assert.match(String(res.headers['content-security-policy']), /default-src 'self'/, url);
      assert.match(String(res.headers['content-security-policy']), /script-src 'self'/, url);
      assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
      assert.ok(res.headers['x-frame-options'] ?? '', url);
      assert.ok(res.headers['referrer-policy'], url);
    }
    await app.close();
  });
});

describe('CORS', () => {
  it('is same-origin by default on /api', async () => {
    const app = await testApp();
    const res = await app.inject({
      method: 'GET',
      url: '/api/vocab',
      headers: { origin: 'https://elsewhere.example' },
    });
    assert.equal(res.headers['access-control-allow-origin'], undefined);
    await app.close();
  });

  it('allows only the configured origins', async () => {
    const app = await testApp({ corsOrigins: ['https://clinic.example'] });
    const ok = await app.inject({
      method: 'GET',
      url: '/api/vocab',
      headers: { origin: 'https://clinic.example' },
    });
    assert.equal(ok.headers['access-control-allow-origin'], 'https://clinic.example');
    const no = await app.inject({
      method: 'GET',
      url: '/api/vocab',
      headers: { origin: 'https://elsewhere.example' },
    });
    assert.equal(no.headers['access-control-allow-origin'], undefined);
    await app.close();
  });

  it('CDS Hooks origins can be narrowed', async () => {
    const app = await testApp({ cdsHooks: { corsOrigins: ['https://ehr.example'] } });
    const ok = await app.inject({
      method: 'GET',
      url: '/cds-services',
      headers: { origin: 'https://ehr.example' },
    });
    assert.equal(ok.headers['access-control-allow-origin'], 'https://ehr.example');
    const no = await app.inject({
      method: 'GET',
      url: '/cds-services',
      headers: { origin: 'https://other.example' },
    });
    assert.equal(no.headers['access-control-allow-origin'], undefined);
    await app.close();
  });
});

describe('structured logs without patient data', () => {
  it('log lines are JSON with method, path and status, and never bodies or query strings', async () => {
    const lines: string[] = [];
    const app = await testApp({
      logger: { level: 'info', stream: { write: (line: string) => void lines.push(line) } },
    });
    const secret = 'Zebediah-Quintrell';
    await app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { ...FULL_PRESENTATION, medications: [{ drug: secret }] },
    });
    await app.inject({
      method: 'POST',
      url: '/api/reports/parse?format=fhir',
      payload: `${REPORT_TEXT}\nPatient: ${secret}`,
      headers: { 'content-type': 'text/plain' },
    });
    await app.inject({
      method: 'GET',
      url: `/api/articles/L4-L5?side=left&zone=foraminal&note=${secret}`,
    });
    await app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { symptoms: [{ kind: secret, region: 'buttock' }] },
    });
    await app.close();
    assert.ok(lines.length >= 8, `only ${lines.length} lines`);
    const entries = lines.map(
      (l) =>
        JSON.parse(l) as {
          msg?: string;
          req?: { method: string; path: string };
          res?: { statusCode: number };
        },
    );
    for (const line of lines) {
      assert.ok(!line.includes(secret), `patient data in a log line: ${line}`);
      assert.ok(!line.includes('side=left'), `query string in a log line: ${line}`);
    }
    assert.ok(entries.some((e) => e.req?.method === 'POST' && e.req.path === '/api/assess'));
    assert.ok(entries.some((e) => e.res?.statusCode === 400));
  });
});

describe('limits', () => {
  it('rate-limits the API per client', async () => {
    const app = await testApp({ rateLimitPerMinute: 2 });
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      codes.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/grade/percent',
            payload: { reductionPercent: 30 },
          })
        ).statusCode,
      );
    }
    assert.deepEqual(codes, [200, 200, 429]);
    await app.close();
  });

  it('refuses bodies over the limit', async () => {
    const app = await testApp({ bodyLimit: 1000 });
    const res = await app.inject({
      method: 'POST',
      url: '/api/assess',
      payload: { symptoms: [], comorbidities: Array.from({ length: 200 }, () => 'diabetes') },
    });
    assert.equal(res.statusCode, 413);
    await app.close();
  });
});

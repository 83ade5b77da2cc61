// The anonymous-upload limit is one count across every route that takes a file: uploads to the
// documents API, the comparisons API, the compare page and the upload page all draw on the same
// RATE_LIMIT_UPLOADS per client, and once it is spent each route refuses in its own way.
import { describe, expect, it } from 'vitest';
import { createOrg } from '../../services/api/src/accounts.ts';
import { form, samplePlan, userToken, useService } from './helpers.ts';

type Json = Record<string, any>;

const pair = () => {
  const f = new FormData();
  f.append('old', new Blob([samplePlan(1)]), 'old.md');
  f.append('new', new Blob([samplePlan(1).replace('three times a week', 'once a week')]), 'new.md');
  return f;
};

describe('the anonymous-upload limit across routes', () => {
  const svc = useService('disk', { overrides: { workers: false, rateLimitUploads: 4 } });

  it('counts uploads to every route together, refuses on every route once spent, and never limits a signed-in caller', async () => {
    const { base } = svc;
    const post = (path: string, body: FormData, headers: Record<string, string> = {}) => fetch(base + path, { method: 'POST', body, headers, redirect: 'manual' });

    expect((await post('/v1/documents', form(samplePlan(2), 'a.md'))).status).toBe(202);
    expect((await post('/v1/comparisons', pair())).status).toBe(201);
    expect((await post('/compare', pair())).status).toBe(303);
    expect((await post('/upload', form(samplePlan(3), 'b.md'))).status).toBe(303);

    // Four uploads spent on four routes: the fifth is refused wherever it goes.
    const api = await post('/v1/documents', form(samplePlan(4), 'c.md'));
    expect(api.status).toBe(429);
    expect(((await api.json()) as Json).error.code).toBe('rate_limited');
    const cmp = await post('/v1/comparisons', pair());
    expect(cmp.status).toBe(429);
    expect(((await cmp.json()) as Json).error.code).toBe('rate_limited');
    expect((await post('/compare', pair())).status).toBe(429);
    expect((await post('/upload', form(samplePlan(5), 'd.md'))).status).toBe(429);

    const org = await createOrg(svc.app.db, 'Limitshire County Council', 'la');
    const auth = { authorization: `Bearer ${await userToken(svc.app.db, org, 'Lee Limit', 'caseworker')}` };
    expect((await post('/v1/documents', form(samplePlan(6), 'e.md'), auth)).status).toBe(202);
  }, 120_000);
});

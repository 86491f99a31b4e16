/**
 * Tenant LKE templates over HTTP: kerangka logis rules naming unknown criteria, comparing a criterion with itself or
 * closing a cycle are refused at each rule's own field with a message naming the criteria, bad custom answer options
 * at the criterion's answer type; nothing is written. A valid template with rules and custom options round-trips.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const T = '/api/evaluation/templates';
let h: Harness;
let evaluator: Session;
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests
type Json = Record<string, any>;

const SKALA = {
  options: [
    { code: 'P', label: 'Penuh', value: '1' },
    { code: 'S', label: 'Sebagian', value: '0.5' },
    { code: 'N', label: 'Tidak', value: '0' },
  ],
};
const criterion = (id: string, answerType: unknown = 'yt') => ({ id, text: `Kriteria ${id}`, answerType });
const rule = (criterionId: string, comparedTo: string | string[]) => ({
  criterionId,
  kind: 'not_above',
  comparedTo,
  message: `${criterionId} tidak boleh melebihi ${comparedTo}`,
});
const template = (rules: unknown[], criteria = [criterion('P.a.1'), criterion('P.a.2'), criterion('P.a.3', SKALA)]) => ({
  ...{ code: 'lke-aturan', version: '1', name: 'LKE dengan aturan', rules },
  components: [
    {
      ...{ id: 'P', name: 'Perencanaan', weight: '100' },
      subComponents: [{ ...{ id: 'P.a', name: 'Pemenuhan', weight: '100', method: 'mean' }, criteria }],
    },
  ],
});
const snapshot = async () =>
  JSON.stringify(
    await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('evaluation_templates').selectAll().orderBy('id').execute(),
  );
const save = (body: object) => h.inject({ method: 'POST', url: T, as: evaluator, payload: { template: body } });
const fields = (res: { json(): unknown }) =>
  (res.json() as Json).error.fields.map((f: Json) => [f.field, f.message]) as [string, string][];

beforeAll(async () => {
  h = await startHarness();
  evaluator = await h.loginAs(h.tenants.a, 'evaluator');
});
afterAll(async () => h?.close());

describe('kerangka logis rules of a tenant template', () => {
  it('refuses unknown criteria, self-comparison and cycles at each rule’s field, and writes nothing', async () => {
    const before = await snapshot();
    const res = await save(
      template([
        rule('P.a.2', 'X.9'),
        rule('Y.1', 'P.a.1'),
        rule('P.a.3', ['P.a.1', 'P.a.3']),
        rule('P.a.1', 'P.a.2'),
        rule('P.a.2', 'P.a.1'),
      ]),
    );
    expect(res.statusCode, res.body).toBe(422);
    const found = fields(res);
    expect(found.map(([field]) => field)).toEqual([
      'body.template.rules.0.comparedTo',
      'body.template.rules.1.criterionId',
      'body.template.rules.2.comparedTo',
      'body.template.rules.3',
      'body.template.rules.4',
    ]);
    expect(found[0]?.[1]).toContain('X.9');
    expect(found[1]?.[1]).toContain('Y.1');
    expect(found[2]?.[1]).toContain('dirinya sendiri');
    expect(found[3]?.[1]).toContain('P.a.1 → P.a.2 → P.a.1');
    expect(await snapshot()).toBe(before);
  });

  it('refuses bad custom answer options at the criterion’s answer type', async () => {
    const badScale = {
      options: [
        { code: 'P', label: 'Penuh', value: '1.5' },
        { code: 'P', label: 'Lagi', value: '0' },
      ],
    };
    const res = await save(template([], [criterion('P.a.1'), criterion('P.a.2', badScale)]));
    expect(res.statusCode).toBe(422);
    expect(fields(res).map(([field]) => field)).toEqual(['body.template.components.0.subComponents.0.criteria.1.answerType']);
    expect(fields(res)[0]?.[1]).toContain('P.a.2');
  });

  it('saves a valid template with a rule and custom options as they were sent', async () => {
    const body = template([rule('P.a.2', 'P.a.1'), rule('P.a.3', ['P.a.1', 'P.a.2'])]);
    const made = await save(body);
    expect(made.statusCode, made.body).toBe(201);
    const listed = (await h.inject({ method: 'GET', url: T, as: evaluator }))
      .json()
      .items.find((t: Json) => t.id === made.json().id);
    expect(listed.template.rules).toEqual(body.rules);
    expect(listed.template.components[0].subComponents[0].criteria[2].answerType).toEqual(SKALA);
  });
});

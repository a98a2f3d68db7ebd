import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddTenureWithEvidenceDocument,
  CorrectTenureDateDocument,
  CreateDocumentDocument,
  MergeTwoPeopleDocument,
  NodeHistoryDocument,
  RestoreDocument,
  RetractWithReasonDocument,
  TenureToCorrectDocument,
  type TenureInput,
} from '../../examples/__generated__/graphql.js';
import { TokenStore } from '../../src/modules/auth/tokens.js';
import { removeSlugData, startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

/**
 * The example mutations in examples/, typed by the client preset, run as an editor would run
 * them one after another: store an article, add a tenure it proves, correct the tenure's date,
 * retract and restore it, merge two records of one person, and read the tenure's history.
 */

const slug = uniqueSlug();
let api: TestApi;
let editor: Record<string, string>;

async function run<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<TData> {
  const result = await api.graphql<TData>(print(document), variables, editor);
  expect(result.errors).toBeUndefined();
  expect(result.status).toBe(200);
  return result.data as TData;
}

const TEXT = `Sam ${slug} Carter has been appointed director of children’s services at ${slug} Borough Council, starting in January 2026. S. ${slug} Carter previously led the council’s early help service.`;
const QUOTE = `Sam ${slug} Carter has been appointed director of children’s services at ${slug} Borough Council, starting in January 2026`;
const council = `council:${slug}-borough`;
const sam = `person:sam-${slug}-carter`;
const samAgain = `person:s-${slug}-carter`;

beforeAll(async () => {
  // Writes on a shared, busy machine: a per-transaction limit well above the 5 s default.
  api = await startTestApi({ queryTimeoutMs: 60_000 });
  editor = { authorization: `Bearer ${(await new TokenStore(api.db).create(`editor-${slug}`, 'EDITOR')).token}` };
  await api.db.write(`CREATE (:Organisation:Council {id: $id, name: $name, kinds: ['COUNCIL']})`, { id: council, name: `${slug} Borough Council` });
  for (const [id, name] of [
    [sam, `Sam ${slug} Carter`],
    [samAgain, `S. ${slug} Carter`],
  ]) {
    const made = await api.graphql('mutation ($input: PersonInput!) { upsertPerson(input: $input) { node { id } } }', { input: { id, name } }, editor);
    expect(made.errors).toBeUndefined();
  }
}, 120_000);

afterAll(async () => {
  await removeSlugData(api.db, slug);
  await api.close();
});

describe('the example mutations in examples/', () => {
  it('run in order as an editor would: create, add with evidence, correct a date, retract, restore, merge, and read the history', async () => {
    const created = await run(CreateDocumentDocument, {
      input: { title: `New director for ${slug}`, kind: 'ARTICLE', text: TEXT, published: { date: '2025-12' }, url: 'https://example.org/new-director' },
      reason: 'published this morning',
    });
    expect(created.createDocument.created).toBe(true);
    expect(created.createDocument.change?.operation).toBe('CREATE_DOCUMENT');
    const docId = created.createDocument.document.id;

    const tenureInput: TenureInput = {
      person: sam,
      organisation: council,
      role: 'director of children’s services',
      roleKind: 'DIRECTOR_OF_CHILDRENS_SERVICES',
      start: { date: '2026-02' },
      evidence: [{ doc: docId, quote: QUOTE }],
    };
    const added = await run(AddTenureWithEvidenceDocument, { input: tenureInput, reason: 'from the article' });
    const tenure = added.upsertTenure.node;
    expect(added.upsertTenure.created).toBe(true);
    expect(tenure.__typename === 'Tenure' && tenure.evidence.map((e) => e.quote)).toEqual([QUOTE]);
    expect(tenure.__typename === 'Tenure' && tenure.start).toEqual({ value: '2026-02', precision: 'MONTH' });

    // The date was mistyped: the article says January.
    const read = await run(TenureToCorrectDocument, { id: tenure.id });
    expect(read.node?.version).toBe(1);
    const corrected = await run(CorrectTenureDateDocument, {
      input: { ...tenureInput, id: tenure.id, start: { date: '2026-01' } },
      expectedVersion: read.node!.version,
      reason: 'the article says January 2026',
    });
    expect(corrected.upsertTenure.node.version).toBe(2);
    expect(corrected.upsertTenure.change?.properties.filter((p) => p.property.startsWith('start')).map((p) => p.property)).toContain('start');
    // The same correction again, from the old version: refused, nothing written.
    const stale = await api.graphql(print(CorrectTenureDateDocument), { input: { ...tenureInput, id: tenure.id, start: { date: '2026-01' } }, expectedVersion: 1, reason: 'again' }, editor);
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const retracted = await run(RetractWithReasonDocument, { id: tenure.id, reason: 'the council withdrew the appointment' });
    expect(retracted.retract.node.retraction?.reason).toBe('the council withdrew the appointment');
    const restored = await run(RestoreDocument, { id: tenure.id, reason: 'the appointment went ahead' });
    expect(restored.restore.node.retraction).toBeNull();
    expect(restored.restore.node.version).toBe(4);

    const merged = await run(MergeTwoPeopleDocument, { keep: sam, remove: samAgain, reason: `S. ${slug} Carter is Sam ${slug} Carter` });
    const person = merged.mergeEntities.node;
    expect(person.__typename === 'Person' && person.aliases).toContain(`S. ${slug} Carter`);
    expect(person.__typename === 'Person' && person.tenures.map((t) => t.id)).toEqual([tenure.id]);

    const history = await run(NodeHistoryDocument, { id: tenure.id, first: 10 });
    const entries = history.node!.history.edges.map((e) => e.node);
    expect(entries.map((c) => c.operation)).toEqual(['RESTORE', 'RETRACT', 'UPDATE', 'CREATE']);
    expect(entries.every((c) => c.by === `editor-${slug}` && c.via === 'TOKEN')).toBe(true);
    expect(entries[2]!.properties.find((p) => p.property === 'start')).toEqual({ property: 'start', before: '"2026-02"', after: '"2026-01"' });
    // Instants in a change read as the API gives them everywhere: ISO 8601 text.
    const retractedAt = entries[0]!.properties.find((p) => p.property === 'retractedAt')!;
    expect(JSON.parse(retractedAt.before)).toBe(retracted.retract.node.retraction!.at);
    expect(retractedAt.after).toBe('null');
    console.log(`[examples] history of ${tenure.id} as a client sees it:\n${JSON.stringify(history, null, 2)}`);
  });
});

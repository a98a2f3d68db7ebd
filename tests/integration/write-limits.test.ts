import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenStore } from '../../src/modules/auth/tokens.js';
import { graphFingerprint, removeSlugData, startTestApi, uniqueSlug, type TestApi } from '../helpers.js';

/**
 * The limits on writes, each with its code and nothing written: the per-credential rate
 * (RATE_LIMITED with Retry-After), nodes touched per mutation (TOO_MANY_NODES) and the
 * request body (413).
 */

const slug = uniqueSlug();
const LIMIT = 3;
let api: TestApi;
let alice: Record<string, string>;
let bob: Record<string, string>;

type Answer = { status: number; headers: Headers; data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };

const UPSERT_PERSON = 'mutation ($input: PersonInput!) { upsertPerson(input: $input) { created node { id } } }';
const person = (n: number) => ({ input: { id: `person:${slug}-${n}`, name: `Person ${slug} ${n}` } });

beforeAll(async () => {
  // Writes on a shared, busy machine: a per-transaction limit well above the 5 s default.
  api = await startTestApi({ writeRateLimit: LIMIT, queryTimeoutMs: 60_000 });
  const tokens = new TokenStore(api.db);
  alice = { authorization: `Bearer ${(await tokens.create(`alice-${slug}`, 'EDITOR')).token}` };
  bob = { authorization: `Bearer ${(await tokens.create(`bob-${slug}`, 'EDITOR')).token}` };
}, 120_000);

afterAll(async () => {
  await removeSlugData(api.db, slug);
  await api.close();
});

describe('the write rate limit', () => {
  it('lets a credential make its burst of writes, then refuses the next with RATE_LIMITED and Retry-After, writing nothing', async () => {
    for (let n = 1; n <= LIMIT; n += 1) {
      const ok = (await api.graphql(UPSERT_PERSON, person(n), alice)) as Answer;
      expect(ok.errors, `write ${n}`).toBeUndefined();
    }
    const before = await graphFingerprint(api.db);
    const refused = (await api.graphql(UPSERT_PERSON, person(LIMIT + 1), alice)) as Answer;
    expect(refused.status).toBe(200);
    expect(refused.data?.upsertPerson ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: LIMIT });
    const wait = Number(refused.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60 / LIMIT);
    expect(refused.headers.get('retry-after')).toBe(String(wait));
    expect(refused.errors?.[0]?.message).toContain(`alice-${slug}`);
    expect(await graphFingerprint(api.db)).toBe(before);
  });

  it('refuses further writes of the credential, aliased ones too, and leaves other credentials and reads alone', async () => {
    const aliased = (await api.graphql(
      `mutation { a: upsertPerson(input: { id: "person:${slug}-a", name: "A ${slug}" }) { created } b: upsertPerson(input: { id: "person:${slug}-b", name: "B ${slug}" }) { created } }`,
      {},
      alice,
    )) as Answer;
    // Mutation fields run one after another; the first refusal nulls the non-null payload, and so the whole operation.
    expect(aliased.data).toBeNull();
    expect(aliased.errors?.map((e) => e.extensions?.code)).toEqual(['RATE_LIMITED']);
    const other = (await api.graphql(UPSERT_PERSON, person(10), bob)) as Answer;
    expect(other.errors).toBeUndefined();
    const read = (await api.graphql('{ person(id: "person:andy-couldrick") { name } }', {}, alice)) as Answer;
    expect(read.errors).toBeUndefined();
    expect(read.data).toEqual({ person: { name: 'Andy Couldrick' } });
  });
});

describe('the size of a write', () => {
  it('refuses a mutation that would touch more than 500 nodes with TOO_MANY_NODES', async () => {
    const before = await graphFingerprint(api.db);
    const involves = Array.from({ length: 600 }, (_, i) => `person:${slug}-many-${i}`);
    const answer = (await api.graphql(
      'mutation ($input: EventInput!) { upsertEvent(input: $input) { node { id } } }',
      { input: { name: `Too big ${slug}`, kind: 'OTHER', involves, evidence: [{ doc: 'doc:nowhere', quote: 'x' }] } },
      bob,
    )) as Answer;
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_NODES', limit: 500 });
    expect(await graphFingerprint(api.db)).toBe(before);
  });

  it('refuses a request body over 1 MB with 413 before running anything', async () => {
    const before = await graphFingerprint(api.db);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bob },
      body: JSON.stringify({
        query: 'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { created } }',
        variables: { input: { title: `Huge ${slug}`, kind: 'ARTICLE', text: 'x'.repeat(1_100_000) } },
      }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Answer).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_LARGE');
    expect(await graphFingerprint(api.db)).toBe(before);
  });
});

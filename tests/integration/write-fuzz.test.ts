import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN_LABEL, TokenStore } from '../../src/modules/auth/tokens.js';
import { graphSnapshot, snapshotDifference, startTestApi, uniqueSlug, type GraphSnapshot, type TestApi } from '../helpers.js';

/**
 * fast-check throws arbitrary and well-formed-but-wrong input at every mutation of
 * schema/write.graphql through the real HTTP endpoint: unknown ids, wrong prefixes, bad partial
 * dates, quotes not in the document and curly/straight swaps, enum junk, huge strings, unicode,
 * Cypher and Lucene text, stale versions, nulls and junk JSON in place of inputs. Whatever comes
 * in: never a 5xx, every error carries a documented code, and a rejected mutation (or one that
 * says it changed nothing) leaves the whole graph, Change nodes included, exactly as it was.
 * An input that happens to be valid may succeed: it then records exactly one Change, and sent
 * again it changes nothing.
 *
 * Replay a failure with FUZZ_SEED=<seed> (fast-check prints it with the counterexample);
 * FUZZ_RUNS sets the runs per mutation.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** The codes schema/write.graphql documents, and BAD_USER_INPUT for a variable GraphQL itself refuses. */
const DOCUMENTED_CODES = new Set(['VALIDATION_FAILED', 'EVIDENCE_NOT_IN_DOCUMENT', 'CONFLICT', 'ID_COLLISION', 'NOT_FOUND', 'TOO_MANY_NODES', 'BAD_USER_INPUT']);

const slug = uniqueSlug();
const EDITOR = `fuzz-editor-${slug}`;
const ADMIN = `fuzz-admin-${slug}`;
let api: TestApi;
let editor: Record<string, string>;
let admin: Record<string, string>;
let initial: GraphSnapshot;
/** What each mutation answered, by code, to show how deep the generated inputs reach. */
const outcomes = new Map<string, Map<string, number>>();
/** The graph as the last run left it (null: read it again). */
let known: GraphSnapshot | null = null;

// ---- the fixtures every property refers to -----------------------------------------------

const TEXT = [
  `Inspectors rated the ${slug} Council’s children’s services “inadequate” in April 2018.`,
  `Jane ${slug} Roe, the interim director, said: "We will  improve, and quickly."`,
  `Last year the ${slug} Trust overspent by £2.4m, the council’s report said.`,
  'Ελληνικά, 日本語 and emoji 😀 appear here too.',
].join('\n');

/** Quotes that occur in TEXT character for character. */
const QUOTES = [
  `rated the ${slug} Council’s children’s services “inadequate”`,
  'said: "We will  improve, and quickly."',
  'overspent by £2.4m',
  '日本語 and emoji 😀',
  `Jane ${slug} Roe, the interim director`,
];

/** Quotes that almost occur: the curly/straight swaps, spacing and case the hint names, and plain misses. */
const NEAR_MISSES = [
  `rated the ${slug} Council's children's services "inadequate"`,
  'said: “We will  improve, and quickly.”',
  'We will improve, and quickly.',
  'OVERSPENT BY £2.4M',
  'in April 2018. Jane',
  'the trust was rated outstanding',
  `${QUOTES[2]} `,
  QUOTES[3]!.normalize('NFD').replace('😀', '🙂'),
  '',
  '   ',
];

const id = {
  doc: '', // filled in by beforeAll: createDocument makes it from the title and the text's hash
  seedDoc: 'doc:blewett-are-independent-childrens-trusts-the-answer',
  person: `person:${slug}-jane-roe`,
  person2: `person:${slug}-j-roe`,
  council: `council:${slug}-council`,
  trust: `trust:${slug}-trust`,
  inspectorate: `org:${slug}-inspectorate`,
  dfe: `org:${slug}-dfe`,
  party: `org:${slug}-party`,
  tenure: `tenure:${slug}-director`,
  statement: `statement:${slug}-improve`,
  arrangement: `arrangement:${slug}-trust-runs-council`,
};

/** Well-formed ids of nothing, malformed ids, and ids of the wrong kind of node for most places. */
const WRONG_IDS = [
  `person:${slug}-nobody`,
  `council:${slug}-nowhere`,
  `org:${slug}-nowhere`,
  `doc:${slug}-missing`,
  `tenure:${slug}-none`,
  `change:00000000-0000-4000-8000-000000000000`,
  'andy-couldrick',
  'Person:andy-couldrick',
  `person:${slug}-Jane-Roe`,
  `person:${slug} jane`,
  `person:${slug}-jane-roe `,
  `person:${slug}-jane-roe\u0000`,
  'person:',
  ':',
  '',
  ' ',
  `unknown:${slug}`,
  `doc:${slug}'}) MATCH (n) DETACH DELETE n //`,
  // Longer than Neo4j can index.
  `person:${slug}-${'a'.repeat(9000)}`,
];

// ---- arbitraries --------------------------------------------------------------------------

const HOSTILE = [
  '"); MATCH (n) DETACH DELETE n //',
  "' OR 1=1 --",
  '} RETURN n UNION MATCH (m) DETACH DELETE m //',
  '`Person` {id: "x"}) SET n.name = "pwned',
  '$id',
  'name:* OR aliasText:*',
  'Couldrick~~~^^^***',
  '(((((',
  '\\',
  '"',
  '\u0000\u0001\u001f',
  '\ud800 lone surrogate \udfff',
  '😀🏴‍☠️ Ångström ﷽ \u202e',
  '   ',
  '',
];
const junkText = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 20 }));
const huge = fc.constantFrom('x'.repeat(200_001), 'é'.repeat(20_000), `${'a'.repeat(5000)} ${slug}`);
/** Any JSON at all, where an input object, a list or a scalar belongs. */
const junkJson = fc.jsonValue({ maxDepth: 3 });

/**
 * A field's value: mostly what `arb` makes, now and then null or junk JSON. Rare enough that
 * most inputs of ten fields get past GraphQL's own checks to the validator and the graph.
 */
const field = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 40, arbitrary: arb as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: junkJson });

const text = fc.oneof(
  { weight: 4, arbitrary: fc.nat(4).map((n) => `${slug} entry ${n}`) },
  // Plausible but for a lone surrogate, which no UTF-8 store can hold as given.
  { weight: 1, arbitrary: fc.constantFrom(`${slug} \ud800 entry`, `${slug} entry \udfff`) },
  { weight: 4, arbitrary: junkText },
  { weight: 1, arbitrary: huge },
);
const quote = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUOTES) }, { weight: 4, arbitrary: fc.constantFrom(...NEAR_MISSES) }, { weight: 1, arbitrary: junkText });

const enumOf = (...values: string[]) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...values) },
    { weight: 1, arbitrary: fc.constantFrom(values[0]!.toLowerCase(), 'NOT_A_VALUE', '', `${values[0]} `, 'COUNCIL; DROP') },
    { weight: 1, arbitrary: junkJson },
  );
const GOOD_DATES = ['2018', '2018-04', '2018-04-23', '2018-summer', '2018-Q2', '2010/2011'];
const BAD_DATES = ['2018-13', '2018-02-30', '2018-00', '18', '2018-Q5', 'summer 2018', 'April 2018', '2018-04-23T10:00:00Z', '2011/2010', '0000', '99999', '2018-4', '2018/2019/2020', 'last year', '', ' '];
const dateText = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...GOOD_DATES) }, { weight: 4, arbitrary: fc.constantFrom(...BAD_DATES) }, { weight: 1, arbitrary: junkText });
const expectedVersion = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 4, arbitrary: fc.integer({ min: -2, max: 4 }) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, '1', Number.MAX_SAFE_INTEGER) },
);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const reason = maybe(text);
const aliases = fc.array(text, { maxLength: 3 });
const ORG_KINDS = ['COUNCIL', 'CHILDRENS_TRUST', 'GOVERNMENT_BODY', 'INSPECTORATE', 'ASSOCIATION', 'MEDIA_OUTLET', 'UNIVERSITY', 'COMPANY', 'PARLIAMENTARY_COMMITTEE', 'POLITICAL_PARTY', 'CHARITY', 'PROGRAMME', 'OTHER'];

interface MutationUnderTest {
  name: string;
  document: string;
  variables: fc.Arbitrary<Record<string, unknown>>;
  /** Purge: ADMIN. */
  admin?: boolean;
}

const PAYLOAD = '{ created node { id version } change { id operation } }';

/** The input of an upsert: a record of `shape` (`required` keys always present) or, now and then, junk JSON. */
function upsert(label: string, shape: Record<string, fc.Arbitrary<unknown>>, required: string[]): MutationUnderTest {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, arb]) => [key, required.includes(key) ? field(arb) : arb]));
  const input = fc.oneof({ weight: 12, arbitrary: fc.record(fields, { requiredKeys: required }) }, { weight: 1, arbitrary: junkJson });
  return {
    name: `upsert${label}`,
    document: `mutation ($input: ${label}Input!, $v: Int, $reason: String) { m: upsert${label}(input: $input, expectedVersion: $v, reason: $reason) ${PAYLOAD} }`,
    variables: fc.record({ input, v: expectedVersion, reason }, { requiredKeys: ['input'] }),
  };
}

/** An id for a place that wants one of `good`: mostly those, else wrong ones (other fixtures' included) or text. */
const idOf = (...good: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...good) },
    // Never a seed node's id where a write could land: the seed graph is other files' too.
    { weight: 3, arbitrary: fc.constantFrom(...WRONG_IDS, ...Object.values(id).filter((other) => other !== id.seedDoc)) },
    { weight: 1, arbitrary: junkText.map((j) => `${good[0]!.slice(0, good[0]!.indexOf(':') + 1)}${j}`) },
    { weight: 1, arbitrary: junkText },
  );

/** An id for the node an upsert writes: a fresh one of ours, a fixture's, a wrong one, or none (made from the name or caption). */
const ownId = (prefix: string, ...fixtures: string[]) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 3, arbitrary: fc.nat(3).map((n) => `${prefix}:${slug}-fuzz-${n}`) },
    { weight: 2, arbitrary: fc.constantFrom(`${prefix}:${slug}-fuzz-0`, ...fixtures) },
    { weight: 2, arbitrary: idOf(`${prefix}:${slug}-fuzz-0`) },
  );

/**
 * The arbitraries that name the fixtures: built once the fixtures exist (the document's id is
 * made by createDocument from its title and text).
 */
function mutations() {
  const docId = idOf(id.doc, id.doc, id.doc, id.seedDoc);
  const partialDate = fc.oneof(
    { weight: 12, arbitrary: fc.record({ date: field(dateText) }) },
    {
      weight: 6,
      arbitrary: fc.record(
        {
          date: field(dateText),
          relative: field(fc.constantFrom('last year', 'this year', 'two years ago', 'in the spring', 'recently', 'Last year')),
          anchor: field(fc.constantFrom('April 2018', 'Last year', 'the council’s report')),
          from: field(dateText),
          resolvedFrom: field(idOf(id.doc, id.seedDoc)),
          inferred: field(fc.boolean()),
          basis: field(text),
          quotes: field(fc.array(quote, { maxLength: 2 })),
        },
        { requiredKeys: [] },
      ),
    },
    { weight: 1, arbitrary: junkJson },
  );
  const evidenceItem = fc.oneof({ weight: 30, arbitrary: fc.record({ doc: field(docId), quote: field(quote) }) }, { weight: 1, arbitrary: junkJson });
  const evidence = fc.oneof(
    { weight: 20, arbitrary: fc.array(evidenceItem, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant([]) },
    // More nodes than one mutation may touch (500): TOO_MANY_NODES, unless something else is wrong first.
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 501 }, (_, i) => ({ doc: id.seedDoc, quote: `quote ${i}` }))) },
    { weight: 1, arbitrary: junkJson },
  );
  const fact = { dispute: maybe(text), evidence, contradictedBy: maybe(evidence) };
  const orgs = [id.council, id.trust, id.inspectorate, id.dfe, id.party];
  const upserts = [
    upsert('Person', { id: ownId('person', id.person), name: text, aliases, description: maybe(text) }, ['name']),
    upsert(
      'Organisation',
      {
        id: fc.oneof(ownId('org', id.inspectorate), ownId('council', id.council), ownId('trust', id.trust)),
        name: text,
        kinds: fc.oneof({ weight: 8, arbitrary: fc.array(enumOf(...ORG_KINDS), { maxLength: 3 }) }, { weight: 1, arbitrary: junkJson }),
        aliases,
        description: maybe(text),
        partOf: maybe(idOf(...orgs)),
      },
      ['name', 'kinds'],
    ),
    upsert('Policy', { id: ownId('policy'), name: text, aliases, description: maybe(text), issuedBy: maybe(idOf(id.dfe)), ...fact }, ['name', 'evidence']),
    upsert(
      'Tenure',
      {
        id: ownId('tenure', id.tenure),
        role: text,
        roleKind: enumOf('DIRECTOR_OF_CHILDRENS_SERVICES', 'CHIEF_EXECUTIVE', 'COMMISSIONER', 'OTHER'),
        start: maybe(partialDate),
        end: maybe(partialDate),
        current: maybe(fc.boolean()),
        person: idOf(id.person, id.person2),
        organisation: idOf(...orgs),
        appointedBy: maybe(idOf(id.dfe)),
        ...fact,
      },
      ['role', 'roleKind', 'person', 'organisation', 'evidence'],
    ),
    upsert(
      'ServiceArrangement',
      {
        id: ownId('arrangement', id.arrangement),
        start: maybe(partialDate),
        end: maybe(partialDate),
        origin: maybe(enumOf('MANDATED_BY_DFE', 'CHOSEN_BY_COUNCIL', 'VOLUNTARY', 'UNKNOWN')),
        ending: maybe(enumOf('TAKEN_BACK_IN_HOUSE', 'TRANSFERRED', 'DISSOLVED')),
        status: maybe(enumOf('ACTIVE', 'ENDED', 'PLANNED', 'ABANDONED')),
        description: maybe(text),
        council: idOf(id.council, id.trust),
        provider: idOf(id.trust, id.council),
        ...fact,
      },
      ['council', 'provider', 'evidence'],
    ),
    upsert(
      'Inspection',
      {
        id: ownId('inspection'),
        date: maybe(partialDate),
        grade: maybe(enumOf('OUTSTANDING', 'GOOD', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
        scope: maybe(text),
        description: maybe(text),
        subject: idOf(id.council),
        inspectorate: idOf(id.inspectorate),
        arrangement: maybe(idOf(id.arrangement)),
        ...fact,
      },
      ['subject', 'inspectorate', 'evidence'],
    ),
    upsert(
      'Direction',
      {
        id: ownId('direction'),
        date: maybe(partialDate),
        kind: enumOf('DIRECTION', 'REVISED_DIRECTION'),
        summary: maybe(text),
        council: idOf(id.council),
        issuedBy: idOf(id.dfe),
        arrangement: maybe(idOf(id.arrangement)),
        ...fact,
      },
      ['kind', 'council', 'issuedBy', 'evidence'],
    ),
    upsert(
      'Event',
      {
        id: ownId('event'),
        name: text,
        kind: enumOf('OVERSPEND', 'DEATH', 'RECOMMENDATION', 'OTHER'),
        date: maybe(partialDate),
        description: maybe(text),
        amount: maybe(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(2.4e6, -1, 0, '2.4m'))),
        currency: maybe(fc.constantFrom('GBP', 'gbp', 'POUNDS', '£', '')),
        period: maybe(text),
        involves: maybe(fc.oneof({ weight: 8, arbitrary: fc.array(idOf(id.council, id.person, id.tenure, id.doc), { maxLength: 4 }) }, { weight: 1, arbitrary: fc.constant(Array.from({ length: 600 }, () => id.council)) })),
        ...fact,
      },
      ['name', 'kind', 'evidence'],
    ),
    upsert(
      'Statement',
      {
        id: ownId('statement', id.statement),
        quote,
        summary: maybe(text),
        stance: maybe(enumOf('FOR', 'AGAINST', 'NEUTRAL', 'MIXED')),
        date: maybe(partialDate),
        speaker: idOf(id.person, id.council),
        document: docId,
        about: maybe(fc.array(idOf(id.council, id.trust, id.tenure), { maxLength: 3 })),
        sharedWording: maybe(fc.array(idOf(id.statement), { maxLength: 2 })),
        ...fact,
      },
      ['quote', 'speaker', 'document', 'evidence'],
    ),
    upsert(
      'Affiliation',
      {
        id: ownId('affiliation'),
        kind: enumOf('MEMBER', 'CONTROL'),
        start: maybe(partialDate),
        end: maybe(partialDate),
        description: maybe(text),
        member: idOf(id.person, id.council),
        party: idOf(id.party),
        ...fact,
      },
      ['kind', 'member', 'party', 'evidence'],
    ),
  ];
  const createDocument: MutationUnderTest = {
    name: 'createDocument',
    document: `mutation ($input: CreateDocumentInput!, $reason: String) { m: createDocument(input: $input, reason: $reason) { created document { id version } change { id operation } } }`,
    variables: fc.record(
      {
        input: fc.oneof(
          {
            weight: 12,
            arbitrary: fc.record(
              {
                title: field(text),
                kind: field(enumOf('ARTICLE', 'REPORT', 'POLICY_PAPER', 'OPINION')),
                text: field(fc.oneof(text, fc.constantFrom(TEXT, ' \n\t ', 'x'.repeat(200_001)))),
                published: maybe(partialDate),
                url: maybe(fc.oneof(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', 'ftp://x', 'https://', 'https://exa mple.org'), junkText)),
                authors: maybe(fc.array(idOf(id.person, id.person2), { maxLength: 3 })),
                outlet: maybe(idOf(id.party, id.council)),
              },
              { requiredKeys: ['title', 'kind', 'text'] },
            ),
          },
          { weight: 1, arbitrary: junkJson },
        ),
        reason,
      },
      { requiredKeys: ['input'] },
    ),
  };
  const evidenceMutation = (name: 'addEvidence' | 'removeEvidence'): MutationUnderTest => ({
    name,
    document: `mutation ($factId: ID!, $documentId: ID!, $quote: String!, $v: Int, $reason: String) { m: ${name}(factId: $factId, documentId: $documentId, quote: $quote, expectedVersion: $v, reason: $reason) ${PAYLOAD} }`,
    variables: fc.record(
      { factId: field(idOf(id.tenure, id.statement, id.arrangement)), documentId: field(docId), quote: field(quote), v: expectedVersion, reason },
      { requiredKeys: ['factId', 'documentId', 'quote'] },
    ),
  });
  return {
    createDocument,
    upserts: Object.fromEntries(upserts.map((m) => [m.name, m])),
    addEvidence: evidenceMutation('addEvidence'),
    removeEvidence: evidenceMutation('removeEvidence'),
    retract: (people: string[]): MutationUnderTest => ({
      name: 'retract',
      document: `mutation ($id: ID!, $reason: String!, $v: Int) { m: retract(id: $id, reason: $reason, expectedVersion: $v) ${PAYLOAD} }`,
      variables: fc.record({ id: field(idOf(...people)), reason: field(text), v: expectedVersion }, { requiredKeys: ['id', 'reason'] }),
    }),
    restore: (people: string[]): MutationUnderTest => ({
      name: 'restore',
      document: `mutation ($id: ID!, $reason: String, $v: Int) { m: restore(id: $id, reason: $reason, expectedVersion: $v) ${PAYLOAD} }`,
      variables: fc.record({ id: field(idOf(...people)), reason, v: expectedVersion }, { requiredKeys: ['id'] }),
    }),
    mergeEntities: (people: string[]): MutationUnderTest => ({
      name: 'mergeEntities',
      document: `mutation ($keep: ID!, $remove: ID!, $reason: String!, $v: Int) { m: mergeEntities(keep: $keep, remove: $remove, reason: $reason, expectedVersion: $v) ${PAYLOAD} }`,
      variables: fc.record({ keep: field(idOf(...people, id.party)), remove: field(idOf(...people, id.tenure)), reason: field(text), v: expectedVersion }, { requiredKeys: ['keep', 'remove', 'reason'] }),
    }),
    purge: (people: string[]): MutationUnderTest => ({
      name: 'purge',
      admin: true,
      document: `mutation ($id: ID!, $reason: String!) { m: purge(id: $id, reason: $reason) { id change { id operation } } }`,
      variables: fc.record({ id: field(idOf(...people, id.council, id.doc, id.person)), reason: field(text) }, { requiredKeys: ['id', 'reason'] }),
    }),
  };
}

// ---- one run: the request, its answer, and the graph before and after ----------------------

interface Answer {
  status: number;
  body: { data?: { m?: Record<string, unknown> | null } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

async function send(document: string, variables: unknown, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: document, variables }) });
  const raw = await response.text();
  expect(response.status, raw.slice(0, 500)).toBeLessThan(500);
  expect(raw).not.toMatch(/stacktrace|Neo4jError|Neo\.ClientError|at [\w.]+ \(.*\.ts:\d+/);
  return { status: response.status, body: JSON.parse(raw) as Answer['body'] };
}

/** Every error has a documented code and the detail that code promises. */
function checkErrors(answer: Answer): void {
  for (const error of answer.body.errors ?? []) {
    const code = String(error.extensions?.code);
    expect(DOCUMENTED_CODES.has(code), `${code}: ${error.message}`).toBe(true);
    if (code === 'VALIDATION_FAILED') expect((error.extensions?.problems as unknown[]).length).toBeGreaterThan(0);
    if (code === 'EVIDENCE_NOT_IN_DOCUMENT') expect(error.extensions).toMatchObject({ documentId: expect.any(String), quote: expect.any(String) });
    if (code === 'CONFLICT') expect(error.extensions).toMatchObject({ currentVersion: expect.any(Number) });
  }
}

/**
 * Sends one generated mutation and checks it against the graph: rejected or a no-op, the graph
 * is as it was; accepted with a change, exactly one Change more. Returns the payload when accepted.
 */
async function attempt(mutation: MutationUnderTest, variables: Record<string, unknown>): Promise<Record<string, unknown> | null> {
  const before = known ?? (await graphSnapshot(api.db));
  known = null;
  const answer = await send(mutation.document, variables, mutation.admin ? admin : editor);
  checkErrors(answer);
  const after = await graphSnapshot(api.db);
  const payload = answer.body.data?.m ?? null;
  if (answer.body.errors?.length) {
    expect(payload, 'a rejected mutation returns no payload').toBeNull();
    expect(after.hash, `${mutation.name} was refused (${answer.body.errors.map((e) => e.extensions?.code).join(', ')}) but the graph changed:\n${snapshotDifference(before, after)}`).toBe(before.hash);
  } else {
    expect(answer.status).toBe(200);
    expect(payload, `${mutation.name} answered neither data nor errors`).not.toBeNull();
    if (payload!.change === null) expect(after.hash, `${mutation.name} said it changed nothing:\n${snapshotDifference(before, after)}`).toBe(before.hash);
    else expect(after.changes, `${mutation.name} must record exactly one Change`).toBe(before.changes + 1);
  }
  known = after;
  const outcome = answer.body.errors?.length ? [...new Set(answer.body.errors.map((e) => String(e.extensions?.code)))].join('+') : payload!.change === null ? 'accepted, no change' : 'accepted';
  const tally = outcomes.get(mutation.name) ?? new Map<string, number>();
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  outcomes.set(mutation.name, tally);
  return answer.body.errors?.length ? null : payload;
}

/** A property over `mutation`: every generated call passes `attempt`; an accepted upsert or document sent again changes nothing. */
async function fuzz(mutation: MutationUnderTest): Promise<void> {
  await fc.assert(
    fc.asyncProperty(mutation.variables, async (variables) => {
      const payload = await attempt(mutation, variables);
      if (payload && (mutation.name.startsWith('upsert') || mutation.name === 'createDocument')) {
        const again = await attempt(mutation, { ...variables, v: null });
        expect(again, `${mutation.name} accepted the input once but not twice`).not.toBeNull();
        expect(again!.change, `${mutation.name}: the same input twice must change nothing the second time`).toBeNull();
      }
    }),
    { seed: SEED, numRuns: RUNS },
  );
}

/** People made by the test itself, for the mutations that use their target up (retract, merge, purge). */
async function makePeople(tag: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const person = `person:${slug}-${tag}-${i}`;
    const made = await send(`mutation ($input: PersonInput!) { m: upsertPerson(input: $input) { node { id } } }`, { input: { id: person, name: `${tag} ${i} ${slug}` } }, editor);
    expect(made.body.errors).toBeUndefined();
    ids.push(person);
  }
  known = null;
  return ids;
}

beforeAll(async () => {
  // No rate limit: the properties send hundreds of writes a minute with one token.
  // A minute per transaction, not 5 s: this machine is shared and slow, and a TIMEOUT here would be the load, not the input.
  api = await startTestApi({ writeRateLimit: 0, queryTimeoutMs: 60_000 });
  initial = await graphSnapshot(api.db);
  const tokens = new TokenStore(api.db);
  editor = { authorization: `Bearer ${(await tokens.create(EDITOR, 'EDITOR')).token}` };
  admin = { authorization: `Bearer ${(await tokens.create(ADMIN, 'ADMIN')).token}` };
  const write = async (document: string, variables: Record<string, unknown>) => {
    const answer = await send(document, variables, editor);
    expect(answer.body.errors, JSON.stringify(variables)).toBeUndefined();
    return answer.body.data!.m!;
  };
  const made = await write(`mutation ($input: CreateDocumentInput!) { m: createDocument(input: $input) { document { id } } }`, {
    input: { title: `Fuzzing ${slug}`, kind: 'ARTICLE', text: TEXT, published: { date: '2026-12' } },
  });
  id.doc = (made.document as { id: string }).id;
  const person = `mutation ($input: PersonInput!) { m: upsertPerson(input: $input) { node { id } } }`;
  const organisation = `mutation ($input: OrganisationInput!) { m: upsertOrganisation(input: $input) { node { id } } }`;
  await write(person, { input: { id: id.person, name: `Jane ${slug} Roe` } });
  await write(person, { input: { id: id.person2, name: `J. ${slug} Roe` } });
  await write(organisation, { input: { id: id.council, name: `${slug} Council`, kinds: ['COUNCIL'] } });
  await write(organisation, { input: { id: id.trust, name: `${slug} Trust`, kinds: ['CHILDRENS_TRUST'] } });
  await write(organisation, { input: { id: id.inspectorate, name: `${slug} Inspectorate`, kinds: ['INSPECTORATE'] } });
  await write(organisation, { input: { id: id.dfe, name: `${slug} Department`, kinds: ['GOVERNMENT_BODY'] } });
  await write(organisation, { input: { id: id.party, name: `${slug} Party`, kinds: ['POLITICAL_PARTY'] } });
  const evidence = [
    { doc: id.doc, quote: QUOTES[4] },
    { doc: id.doc, quote: QUOTES[1] },
  ];
  await write(`mutation ($input: TenureInput!) { m: upsertTenure(input: $input) { node { id } } }`, {
    input: { id: id.tenure, person: id.person, organisation: id.council, role: 'interim director', roleKind: 'DIRECTOR_OF_CHILDRENS_SERVICES', evidence },
  });
  await write(`mutation ($input: StatementInput!) { m: upsertStatement(input: $input) { node { id } } }`, {
    input: { id: id.statement, quote: QUOTES[1], speaker: id.person, document: id.doc, evidence: [{ doc: id.doc, quote: QUOTES[1] }] },
  });
  await write(`mutation ($input: ServiceArrangementInput!) { m: upsertServiceArrangement(input: $input) { node { id } } }`, {
    input: { id: id.arrangement, council: id.council, provider: id.trust, evidence: [{ doc: id.doc, quote: QUOTES[2] }] },
  });
}, 180_000);

afterAll(async () => {
  if (!api) return;
  // Everything this file made is what its Changes touched; then the Changes and the tokens.
  const names = [EDITOR, ADMIN];
  await api.db.write(
    `MATCH (c:Change) WHERE c.by IN $names UNWIND c.nodeIds AS id
     WITH DISTINCT id MATCH (n {id: id}) WHERE NOT n:Change DETACH DELETE n`,
    { names },
  );
  await api.db.write(`MATCH (c:Change) WHERE c.by IN $names DETACH DELETE c`, { names });
  await api.db.write(`MATCH (t:${API_TOKEN_LABEL}) WHERE t.name IN $names DELETE t`, { names });
  const final = await graphSnapshot(api.db);
  await api.close();
  console.log(['', `Write fuzz outcomes (seed ${SEED}, ${RUNS} runs per mutation):`, ...[...outcomes].map(([name, tally]) => `  ${name}: ${[...tally].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(', ')}`)].join('\n'));
  expect(final.hash, `the file left the graph changed:\n${snapshotDifference(initial, final)}`).toBe(initial.hash);
}, 120_000);

const UPSERT_NAMES = ['Person', 'Organisation', 'Policy', 'Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Affiliation'].map((label) => `upsert${label}`);

describe('every mutation takes arbitrary input without a 5xx or a partial write (property-based)', () => {
  it('createDocument: any title, kind, text, date, url, authors and outlet', () => fuzz(mutations().createDocument), 300_000);

  for (const name of UPSERT_NAMES) {
    it(`${name}: well-formed but wrong entries, enum and date junk, stale versions and arbitrary JSON`, () => fuzz(mutations().upserts[name]!), 300_000);
  }

  it('addEvidence: quotes near and far from the document, wrong facts and documents', () => fuzz(mutations().addEvidence), 300_000);
  it('removeEvidence: quotes the fact has and has not, down to its last one', () => fuzz(mutations().removeEvidence), 300_000);

  it('retract and restore: the test’s own people, wrong ids, empty and hostile reasons', async () => {
    const people = await makePeople('retract', 3);
    await fuzz(mutations().retract(people));
    await fuzz(mutations().restore(people));
  }, 300_000);

  it('mergeEntities: people with people and organisations, an id with itself, merged stubs, wrong ids', async () => {
    await fuzz(mutations().mergeEntities(await makePeople('merge', 4)));
  }, 300_000);

  it('purge (as an admin): nodes facts depend on, the test’s own people, wrong ids and reasons', async () => {
    await fuzz(mutations().purge(await makePeople('purge', 3)));
  }, 300_000);
});

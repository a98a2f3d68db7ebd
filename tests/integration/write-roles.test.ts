import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_TOKEN_LABEL, TokenStore } from '../../src/modules/auth/tokens.js';
import { graphSnapshot, snapshotDifference, startTestApi, uniqueSlug, type GraphSnapshot, type TestApi } from '../helpers.js';

/**
 * The role matrix of the write path: every mutation of schema/write.graphql, called with real,
 * valid input by each kind of caller, through the HTTP endpoint. Anonymous callers get the field
 * error UNAUTHENTICATED, readers FORBIDDEN, editors may do everything but purge (FORBIDDEN),
 * admins everything; a revoked API token and an expired JWT are refused before the operation
 * runs (HTTP 401 UNAUTHENTICATED). A refused call writes nothing; an allowed one records its
 * Change under the caller's name. The observed table is printed at the end, as markdown.
 */

const SECRET = 'the-newsroom-shared-secret-32-chars-or-more';
const slug = uniqueSlug();
const SETUP = `setup-${slug}`;

let api: TestApi;
let setup: Record<string, string>;
let initial: GraphSnapshot;

// ---- callers -------------------------------------------------------------------------------

type Expected = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'HTTP 401 UNAUTHENTICATED';

interface Caller {
  name: string;
  /** Who the audit trail names, for the callers that may write. */
  by: string | null;
  via: 'TOKEN' | 'JWT' | null;
  /** The Authorization header, made in beforeAll. */
  headers: Record<string, string>;
  expect(mutation: string): Expected;
}

const caller = (name: string, by: string | null, via: Caller['via'], expect: Caller['expect']): Caller => ({ name, by, via, headers: {}, expect });
const CALLERS: Caller[] = [
  caller('anonymous', null, null, () => 'UNAUTHENTICATED'),
  caller('reader', null, null, () => 'FORBIDDEN'),
  caller('editor', `editor-${slug}`, 'TOKEN', (mutation) => (mutation === 'purge' ? 'FORBIDDEN' : 'allowed')),
  caller('editor (JWT)', `jwt-editor-${slug}`, 'JWT', (mutation) => (mutation === 'purge' ? 'FORBIDDEN' : 'allowed')),
  caller('admin', `admin-${slug}`, 'TOKEN', () => 'allowed'),
  caller('revoked token (was admin)', null, null, () => 'HTTP 401 UNAUTHENTICATED'),
  caller('expired JWT (admin role)', null, null, () => 'HTTP 401 UNAUTHENTICATED'),
];

// ---- the data the calls work on ------------------------------------------------------------

const TEXT = [
  `Ofsted rated the ${slug} Council’s children’s services “inadequate” in April 2018.`,
  `The Department for Education directed the council to hand its services to the ${slug} Trust.`,
  `Jane ${slug} Roe, the trust’s chief executive and a member of the ${slug} Party, said: “The trust model works.”`,
  `Last year the trust overspent by £2.4m.`,
].join('\n');
const Q = {
  inadequate: `rated the ${slug} Council’s children’s services “inadequate”`,
  directed: 'The Department for Education directed the council',
  handOver: `hand its services to the ${slug} Trust`,
  chiefExecutive: `Jane ${slug} Roe, the trust’s chief executive`,
  member: `a member of the ${slug} Party`,
  works: '“The trust model works.”',
  overspent: 'overspent by £2.4m',
};

const fixture = {
  doc: '',
  person: `person:${slug}-jane-roe`,
  council: `council:${slug}-council`,
  trust: `trust:${slug}-trust`,
  ofsted: `org:${slug}-ofsted`,
  dfe: `org:${slug}-dfe`,
  party: `org:${slug}-party`,
};

let counter = 0;
/** A slug for one call's own data. */
const fresh = (kind: string) => `${kind}:${slug}-${(counter += 1)}`;

async function write(document: string, variables: Record<string, unknown>): Promise<Record<string, unknown>> {
  const result = await api.graphql<{ m: Record<string, unknown> }>(document, variables, setup);
  expect(result.errors, `setup: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data!.m;
}

const UPSERT = (label: string) => `mutation ($input: ${label}Input!) { m: upsert${label}(input: $input) { node { id } } }`;
const evidence = (...quotes: string[]) => quotes.map((quote) => ({ doc: fixture.doc, quote }));

async function personOfItsOwn(): Promise<string> {
  const id = fresh('person');
  await write(UPSERT('Person'), { input: { id, name: `Person ${id.slice(7)}` } });
  return id;
}

async function tenureOfItsOwn(...quotes: string[]): Promise<string> {
  const id = fresh('tenure');
  await write(UPSERT('Tenure'), { input: { id, person: fixture.person, organisation: fixture.trust, role: 'chief executive', roleKind: 'CHIEF_EXECUTIVE', evidence: evidence(...quotes) } });
  return id;
}

// ---- the mutations: a real, valid call each, with the data it needs made for it ------------

interface MutationCall {
  /** The field, as in the table. */
  mutation: string;
  /** The Change operation an allowed call records. */
  operation: string;
  document: string;
  /** Makes what one call needs (its own data) and returns the call's variables. */
  variables(): Promise<Record<string, unknown>>;
}

const PAYLOAD = '{ node { id } change { operation by via } }';
const upsertCall = (label: string, input: () => Record<string, unknown>): MutationCall => ({
  mutation: `upsert${label}`,
  operation: 'CREATE',
  document: `mutation ($input: ${label}Input!) { m: upsert${label}(input: $input) ${PAYLOAD} }`,
  variables: async () => ({ input: input() }),
});

const MUTATIONS: MutationCall[] = [
  {
    mutation: 'createDocument',
    operation: 'CREATE_DOCUMENT',
    document: `mutation ($input: CreateDocumentInput!) { m: createDocument(input: $input) { document { id } change { operation by via } } }`,
    variables: async () => {
      const n = fresh('doc').slice(4);
      return { input: { title: `Roles ${n}`, kind: 'REPORT', text: `Report ${n}: ${TEXT}`, published: { date: '2026-12' } } };
    },
  },
  upsertCall('Person', () => ({ id: fresh('person'), name: `Someone ${counter} ${slug}`, aliases: ['S.'] })),
  upsertCall('Organisation', () => ({ id: fresh('org'), name: `Charity ${counter} ${slug}`, kinds: ['CHARITY'] })),
  upsertCall('Policy', () => ({ id: fresh('policy'), name: `Trust model ${counter}`, issuedBy: fixture.dfe, evidence: evidence(Q.handOver) })),
  upsertCall('Tenure', () => ({
    id: fresh('tenure'),
    person: fixture.person,
    organisation: fixture.trust,
    role: 'chief executive',
    roleKind: 'CHIEF_EXECUTIVE',
    start: { date: '2018' },
    evidence: evidence(Q.chiefExecutive),
  })),
  upsertCall('ServiceArrangement', () => ({ id: fresh('arrangement'), council: fixture.council, provider: fixture.trust, origin: 'MANDATED_BY_DFE', evidence: evidence(Q.handOver) })),
  upsertCall('Inspection', () => ({ id: fresh('inspection'), subject: fixture.council, inspectorate: fixture.ofsted, grade: 'INADEQUATE', date: { date: '2018-04' }, evidence: evidence(Q.inadequate) })),
  upsertCall('Direction', () => ({ id: fresh('direction'), council: fixture.council, issuedBy: fixture.dfe, kind: 'DIRECTION', evidence: evidence(Q.directed) })),
  upsertCall('Event', () => ({ id: fresh('event'), name: `Overspend ${counter}`, kind: 'OVERSPEND', amount: 2.4e6, currency: 'GBP', involves: [fixture.trust], evidence: evidence(Q.overspent) })),
  upsertCall('Statement', () => ({ id: fresh('statement'), quote: Q.works, speaker: fixture.person, document: fixture.doc, stance: 'FOR', evidence: evidence(Q.works) })),
  upsertCall('Affiliation', () => ({ id: fresh('affiliation'), kind: 'MEMBER', member: fixture.person, party: fixture.party, evidence: evidence(Q.member) })),
  {
    mutation: 'addEvidence',
    operation: 'ADD_EVIDENCE',
    document: `mutation ($factId: ID!, $documentId: ID!, $quote: String!) { m: addEvidence(factId: $factId, documentId: $documentId, quote: $quote) ${PAYLOAD} }`,
    variables: async () => ({ factId: await tenureOfItsOwn(Q.chiefExecutive), documentId: fixture.doc, quote: Q.works }),
  },
  {
    mutation: 'removeEvidence',
    operation: 'REMOVE_EVIDENCE',
    document: `mutation ($factId: ID!, $documentId: ID!, $quote: String!) { m: removeEvidence(factId: $factId, documentId: $documentId, quote: $quote) ${PAYLOAD} }`,
    variables: async () => ({ factId: await tenureOfItsOwn(Q.chiefExecutive, Q.works), documentId: fixture.doc, quote: Q.works }),
  },
  {
    mutation: 'retract',
    operation: 'RETRACT',
    document: `mutation ($id: ID!) { m: retract(id: $id, reason: "the source was corrected") ${PAYLOAD} }`,
    variables: async () => ({ id: await tenureOfItsOwn(Q.chiefExecutive) }),
  },
  {
    mutation: 'restore',
    operation: 'RESTORE',
    document: `mutation ($id: ID!) { m: restore(id: $id, reason: "retracted by mistake") ${PAYLOAD} }`,
    variables: async () => {
      const id = await tenureOfItsOwn(Q.chiefExecutive);
      await write(`mutation ($id: ID!) { m: retract(id: $id, reason: "to restore") { change { id } } }`, { id });
      return { id };
    },
  },
  {
    mutation: 'mergeEntities',
    operation: 'MERGE',
    document: `mutation ($keep: ID!, $remove: ID!) { m: mergeEntities(keep: $keep, remove: $remove, reason: "one person") ${PAYLOAD} }`,
    variables: async () => ({ keep: await personOfItsOwn(), remove: await personOfItsOwn() }),
  },
  {
    mutation: 'purge',
    operation: 'PURGE',
    document: `mutation ($id: ID!) { m: purge(id: $id, reason: "legal takedown") { id change { operation by via } } }`,
    variables: async () => ({ id: await personOfItsOwn() }),
  },
];

// ---- the matrix ----------------------------------------------------------------------------

const observed = new Map<string, string>();

const CASES = MUTATIONS.flatMap((call) =>
  CALLERS.map((who) => {
    const expected = who.expect(call.mutation);
    const outcome = expected === 'allowed' ? 'succeeds' : expected.startsWith('HTTP') ? `is refused with ${expected}` : `gets the field error ${expected}`;
    return { call, who, expected, sentence: `${call.mutation} by ${who.name} ${outcome}` };
  }),
);

beforeAll(async () => {
  // No rate limit: this file alone writes more than one token's default minute allows.
  api = await startTestApi({ auth: { jwt: { secret: SECRET } }, writeRateLimit: 0, queryTimeoutMs: 60_000 });
  initial = await graphSnapshot(api.db);
  const tokens = new TokenStore(api.db);
  const bearer = (value: string) => ({ authorization: `Bearer ${value}` });
  const jwt = (sub: string, roles: string[], exp: number) =>
    new SignJWT({ roles }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt(exp - 600).setExpirationTime(exp).sign(new TextEncoder().encode(SECRET));
  const now = Math.floor(Date.now() / 1000);
  setup = bearer((await tokens.create(SETUP, 'EDITOR')).token);
  const headers: Record<string, Record<string, string>> = {
    anonymous: {},
    reader: bearer((await tokens.create(`reader-${slug}`, 'READER')).token),
    editor: bearer((await tokens.create(`editor-${slug}`, 'EDITOR')).token),
    'editor (JWT)': bearer(await jwt(`jwt-editor-${slug}`, ['editor'], now + 3600)),
    admin: bearer((await tokens.create(`admin-${slug}`, 'ADMIN')).token),
    'revoked token (was admin)': bearer((await tokens.create(`revoked-${slug}`, 'ADMIN')).token),
    // An hour past its expiry: well beyond the 30 s of clock difference allowed.
    'expired JWT (admin role)': bearer(await jwt(`jwt-expired-${slug}`, ['admin'], now - 3600)),
  };
  await tokens.revoke(`revoked-${slug}`);
  for (const who of CALLERS) who.headers = headers[who.name]!;

  const made = await api.graphql<{ m: { document: { id: string } } }>(
    `mutation ($input: CreateDocumentInput!) { m: createDocument(input: $input) { document { id } } }`,
    { input: { title: `Roles fixture ${slug}`, kind: 'ARTICLE', text: TEXT, published: { date: '2026-12' } } },
    setup,
  );
  expect(made.errors).toBeUndefined();
  fixture.doc = made.data!.m.document.id;
  await write(UPSERT('Person'), { input: { id: fixture.person, name: `Jane ${slug} Roe` } });
  await write(UPSERT('Organisation'), { input: { id: fixture.council, name: `${slug} Council`, kinds: ['COUNCIL'] } });
  await write(UPSERT('Organisation'), { input: { id: fixture.trust, name: `${slug} Trust`, kinds: ['CHILDRENS_TRUST'] } });
  await write(UPSERT('Organisation'), { input: { id: fixture.ofsted, name: `${slug} Ofsted`, kinds: ['INSPECTORATE'] } });
  await write(UPSERT('Organisation'), { input: { id: fixture.dfe, name: `${slug} Department for Education`, kinds: ['GOVERNMENT_BODY'] } });
  await write(UPSERT('Organisation'), { input: { id: fixture.party, name: `${slug} Party`, kinds: ['POLITICAL_PARTY'] } });
}, 180_000);

afterAll(async () => {
  if (!api) return;
  // Everything the file made is what its Changes touched (the setup token's and the callers'); then those Changes and the tokens.
  const names = [SETUP, ...CALLERS.map((who) => who.by).filter((by): by is string => by !== null)];
  await api.db.write(`MATCH (c:Change) WHERE c.by IN $names UNWIND c.nodeIds AS id WITH DISTINCT id MATCH (n {id: id}) WHERE NOT n:Change DETACH DELETE n`, { names });
  await api.db.write(`MATCH (c:Change) WHERE c.by IN $names DETACH DELETE c`, { names });
  await api.db.write(`MATCH (t:${API_TOKEN_LABEL}) WHERE t.name ENDS WITH $slug DELETE t`, { slug });
  const final = await graphSnapshot(api.db);
  await api.close();

  const header = `| mutation | ${CALLERS.map((who) => who.name).join(' | ')} |`;
  const rule = `|---|${CALLERS.map(() => '---').join('|')}|`;
  const rows = MUTATIONS.map((call) => `| \`${call.mutation}\` | ${CALLERS.map((who) => observed.get(`${call.mutation}|${who.name}`) ?? '(not run)').join(' | ')} |`);
  console.log(['', 'Write role matrix (observed):', '', header, rule, ...rows, ''].join('\n'));
  expect(final.hash, `the file left the graph changed:\n${snapshotDifference(initial, final)}`).toBe(initial.hash);
}, 120_000);

describe('who may call each mutation', () => {
  for (const { call, who, expected, sentence } of CASES) it(sentence, async () => {
    const variables = await call.variables();
    const before = await graphSnapshot(api.db);
    const result = await api.graphql<{ m: { change: { operation: string; by: string; via: string } } | null }>(call.document, variables, who.headers);
    const codes = (result.errors ?? []).map((e) => e.extensions?.code);
    observed.set(
      `${call.mutation}|${who.name}`,
      result.status !== 200 ? `HTTP ${result.status} ${codes.join(', ')}` : result.errors ? codes.join(', ') : `allowed (${result.data?.m?.change?.operation ?? 'no change'})`,
    );

    if (expected === 'allowed') {
      expect(result.status).toBe(200);
      expect(result.errors).toBeUndefined();
      expect(result.data!.m!.change).toEqual({ operation: call.operation, by: who.by, via: who.via });
      return;
    }
    if (expected === 'HTTP 401 UNAUTHENTICATED') {
      expect(result.status).toBe(401);
      expect(result.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/);
      expect(result.data).toBeUndefined();
      expect(codes).toEqual(['UNAUTHENTICATED']);
    } else {
      expect(result.status).toBe(200);
      expect(result.data).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({ path: ['m'], extensions: expect.objectContaining({ code: expected, requiredRole: call.mutation === 'purge' ? 'ADMIN' : 'EDITOR' }) }),
      ]);
    }
    const after = await graphSnapshot(api.db);
    expect(after.hash, `a refused ${call.mutation} changed the graph:\n${snapshotDifference(before, after)}`).toBe(before.hash);
  });
});

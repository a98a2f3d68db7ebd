import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TokenStore } from '../../src/modules/auth/tokens.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { graphFingerprint, removeSlugData, startTestApi, suiteNeo4j, uniqueSlug, type TestApi } from '../helpers.js';

/**
 * Neo4j goes away in the middle of a mutation. Another transaction holds a lock on the person
 * the new tenure links to, so the mutation, having run every statement (node, relationships,
 * Change), waits at its commit; SHOW TRANSACTIONS proves it is there. Then the suite's own
 * Neo4j is killed (SIGKILL) or stopped (SIGTERM) and started again.
 * - Killed: the transaction never commits. The graph is exactly as before, with no Change, and
 *   the client was told SERVICE_UNAVAILABLE.
 * - Stopped: Neo4j ends the lock holder and may let the waiting commit finish as it stops. The
 *   write is whole or absent. A payload means it was written (the node is read in the
 *   mutation's own transaction); an error means it was not, or that Neo4j went away after the
 *   commit was sent, when no client can know: then the write is whole, and the same upsert
 *   again changes nothing.
 */

const config = inject('neo4j');
const server = suiteNeo4j();
const slug = uniqueSlug();
let api: TestApi;
let editor: Record<string, string>;
let docId: string;
const personId = `person:${slug}-jo-bloggs`;
const orgId = `council:${slug}-council`;
const QUOTE = `Jo ${slug} Bloggs became director of children’s services`;

const UPSERT_TENURE = `mutation ($input: TenureInput!) { upsertTenure(input: $input) { node { id version } change { id } } }`;
const tenureInput = (role: string) => ({ person: personId, organisation: orgId, role, roleKind: 'DIRECTOR', start: { date: '2026-09' }, evidence: [{ doc: docId, quote: QUOTE }] });
const tenureId = (role: string) => `tenure:${slug}-${role}`;

/**
 * Waits until the mutation's transaction waits for the person's lock: at its commit, which Neo4j
 * lists as `Closing` (`Blocked by ...` for a statement that waits), seen on two polls in a row.
 */
async function waitUntilBlocked(): Promise<void> {
  const deadline = Date.now() + 120_000;
  let seen: unknown[] = [];
  let waiting = 0;
  while (Date.now() < deadline) {
    const rows = await api.db.write<{ query: string; status: string }>('SHOW TRANSACTIONS YIELD currentQuery, status RETURN currentQuery AS query, status');
    waiting = rows.some((row) => /^(blocked|closing)/i.test(row.status)) ? waiting + 1 : 0;
    if (waiting >= 2) return;
    seen = rows;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No transaction was waiting for a lock within two minutes; last seen: ${JSON.stringify(seen)}`);
}

async function countChanges(): Promise<number> {
  const [row] = await api.db.read<{ n: { toNumber(): number } }>('MATCH (c:Change) RETURN count(c) AS n');
  return row!.n.toNumber();
}

async function waitForRecovery(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if ((await fetch(`${api.url}/ready`)).status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('The API did not become ready again');
}

beforeAll(async () => {
  // The mutation waits on a lock for seconds: a per-transaction limit above that.
  api = await startTestApi({ queryTimeoutMs: 120_000 });
  editor = { authorization: `Bearer ${(await new TokenStore(api.db).create(`editor-${slug}`, 'EDITOR')).token}` };
  const text = `${QUOTE} in September 2026, the ${slug} council said.`;
  const doc = await api.graphql<{ createDocument: { document: { id: string } } }>(
    'mutation ($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }',
    { input: { title: `Director ${slug} appointed`, kind: 'ARTICLE', text, published: { date: '2026-09' } } },
    editor,
  );
  expect(doc.errors).toBeUndefined();
  docId = doc.data!.createDocument.document.id;
  const person = await api.graphql('mutation ($input: PersonInput!) { upsertPerson(input: $input) { node { id } } }', { input: { id: personId, name: `Jo ${slug} Bloggs` } }, editor);
  expect(person.errors).toBeUndefined();
  await api.db.write(`CREATE (:Organisation:Council {id: $id, name: $name, kinds: ['COUNCIL']})`, { id: orgId, name: `${slug} Council` });
}, 180_000);

afterAll(async () => {
  await server.start(180_000); // whatever happened, the next file gets a running database
  await waitForRecovery();
  await api.db.write(`MATCH (d:Document {id: $id}) DETACH DELETE d`, { id: docId });
  await removeSlugData(api.db, slug);
  await api.close();
}, 240_000);

describe('Neo4j stopping in the middle of a mutation', () => {
  it.each([
    ['killed (SIGKILL)', 'killed', true],
    ['stopped (SIGTERM)', 'stopped', false],
  ] as const)('leaves the write whole or absent, never partial, and tells the client which, when Neo4j is %s', async (_how, role, kill) => {
    const before = await graphFingerprint(api.db);
    const changesBefore = await countChanges();

    // Another transaction holds the person's lock, so the mutation cannot commit its relationship to them.
    const holderDriver = createDriver({ ...config });
    const holder = holderDriver.session({ database: config.database, defaultAccessMode: neo4j.session.WRITE });
    const holding = holder.beginTransaction();
    await holding.run('MATCH (p:Person {id: $id}) SET p.held = true', { id: personId });

    type Payload = { upsertTenure: { node: { id: string; version: number }; change: { id: string } | null } };
    const upsert = () => api.graphql<Payload>(UPSERT_TENURE, { input: { id: tenureId(role), ...tenureInput(role) } }, editor);
    let answer: Awaited<ReturnType<typeof upsert>>;
    try {
      const mutation = upsert();
      // Neo4j takes a relationship's node locks when the transaction commits: the mutation has run
      // every statement and waits at its commit.
      await waitUntilBlocked();
      if (kill) {
        const pid = server.status().pid!;
        process.kill(pid, 'SIGKILL');
        while (server.status().running) await new Promise((resolve) => setTimeout(resolve, 100));
      } else {
        await server.stop();
      }
      answer = await mutation;
    } finally {
      await holding.rollback().catch(() => undefined);
      await holderDriver.close().catch(() => undefined);
    }
    expect(answer.status).toBeLessThan(500);
    expect(JSON.stringify(answer)).not.toMatch(/stacktrace|Neo4jError|ECONNREFUSED/);

    await server.start(180_000);
    await waitForRecovery();
    const stored = await api.db.read<{ version: { toNumber(): number }; changes: string[] }>(
      'MATCH (t:Tenure {id: $id}) RETURN t.version AS version, [(c:Change)-[:CHANGED]->(t) | c.id] AS changes',
      { id: tenureId(role) },
    );
    const committed = answer.data?.upsertTenure ?? null;
    // Whole or absent, never partial. An answer with data means it was written; an error means it
    // was not, except when Neo4j went away after the commit was sent (the outcome is unknown to
    // any client then): the write is whole, and sending the same upsert again changes nothing.
    const whole = stored.length === 1;
    if (committed) expect(whole).toBe(true);
    else expect(answer.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    if (kill) expect(whole).toBe(false);
    if (whole) {
      expect(stored[0]!.version.toNumber()).toBe(1);
      expect(stored[0]!.changes).toHaveLength(1);
      if (committed) expect(stored[0]!.changes).toEqual([committed.change!.id]);
      expect(await countChanges()).toBe(changesBefore + 1);
      expect(await api.db.read('MATCH (t:Tenure {id: $id})--(m) RETURN m.id AS id ORDER BY id', { id: tenureId(role) })).toEqual(
        [docId, orgId, personId, stored[0]!.changes[0]!].sort().map((id) => ({ id })),
      );
    } else {
      expect(await graphFingerprint(api.db)).toBe(before);
      expect(await countChanges()).toBe(changesBefore);
    }
    console.log(`[write-outage] Neo4j ${role}: ${committed ? 'the payload' : 'SERVICE_UNAVAILABLE'}; the write ${whole ? 'whole, with its one Change' : 'absent, the graph as before with no Change'}`);

    // The same mutation once Neo4j is back: written whole now, or (already written) a no-op.
    const again = await upsert();
    expect(again.errors).toBeUndefined();
    expect(again.data!.upsertTenure.node).toEqual({ id: tenureId(role), version: 1 });
    expect(again.data!.upsertTenure.change === null).toBe(whole);
  }, 420_000);
});

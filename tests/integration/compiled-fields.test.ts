import { buildSchema, getNamedType, isAbstractType, isLeafType, isNonNullType, isObjectType, type GraphQLField, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILED_FIELDS } from '../../src/modules/compiler/compiler.fields.js';
import { NODE_LABELS, RELATIONS } from '../../src/model/model.js';
import { loadTypeDefs } from '../../src/schema.js';
import { postCountingCypher, startTestApi, type TestApi } from '../helpers.js';

/**
 * Generated from the compiler's registry: every compiled field of every type is asked for on
 * the seed graph, alone, with a selection generated from the schema, by an API that compiles
 * and one that does not (the resolvers); the answers must be byte-identical and the compiling
 * API must have used one round trip. A field added to the registry is covered without
 * editing this file; the last test fails when a registry field is never reached.
 */

const schema: GraphQLSchema = buildSchema(loadTypeDefs().join('\n'));
let compiled: TestApi;
let resolvers: TestApi;
const covered = new Set<string>();
/** Why the compiling API left an operation to the resolvers (shown when a test fails). */
const fallbacks: string[] = [];

// Generated selections are wide: the query limits (tested in limits.test.ts) are lifted here,
// and so is the 5 s transaction timeout, for both APIs: a freshly started Neo4j on a busy
// 2-core machine can take longer than that to plan a first query of 80 or more subqueries
// (about 1 s once warm), and the resolvers' many queries meet the same first plans.
const limits = { maxCost: 100_000_000, maxDepth: 30 };
beforeAll(async () => {
  compiled = await startTestApi({
    limits,
    queryTimeoutMs: 60_000,
    log: (entry) => {
      if (/resolvers answer|left to the resolvers|does not fit/.test(String(entry.msg))) fallbacks.push(JSON.stringify(entry));
    },
  });
  resolvers = await startTestApi({ limits, queryTimeoutMs: 60_000, compile: false });
});
afterAll(async () => {
  await compiled.close();
  await resolvers.close();
});


/** Both APIs answer alike; the compiling one in a single compiled query. */
async function both(query: string, variables: Record<string, unknown> = {}) {
  fallbacks.length = 0;
  const a = await postCountingCypher(compiled, query, variables);
  const b = await postCountingCypher(resolvers, query, variables);
  expect(a.text, `answers differ for ${query}`).toBe(b.text);
  expect(a.cypher.length === 1 && a.cypher[0]!.startsWith('/* compiled'), `not compiled in one round trip: ${query} (${fallbacks.join('; ')})`).toBe(true);
  expect(a.text.startsWith('200 {"data"') && !a.text.includes('"errors"'), `an error for ${query}: ${a.text.slice(0, 300)}`).toBe(true);
  return JSON.parse(a.text.slice(4)) as { data: Record<string, unknown> };
}

/** Sample arguments for fields whose required arguments the generator cannot invent. */
const ARGUMENTS: Record<string, string> = {
  'Query.node': '(id: "person:andy-couldrick")',
  'Query.nodes': '(ids: ["person:andy-couldrick", "council:tameside", "doc:none", "nope"])',
  'Query.document': '(id: "doc:dfe-more-cost-effective-alternative-to-childrens-trusts")',
  'Query.person': '(id: "person:andy-couldrick")',
  'Query.organisation': '(id: "council:doncaster")',
  'Query.search': '(query: "Birmingham trust", first: 5)',
  'Query.careerTransitions': '(from: { organisationKinds: [CHILDRENS_TRUST] }, to: { roleKinds: [COMMISSIONER] })',
  'Query.paths': '(from: "person:andy-couldrick", to: "council:doncaster", maxHops: 6)',
  'Query.neighbourhood': '(id: "person:andy-couldrick", depth: 2)',
  'Query.statements': '(stance: AGAINST)',
  'Query.documents': '(first: 3)',
  'Query.people': '(first: 3)',
  'Query.organisations': '(first: 3)',
  'Query.councils': '(first: 3)',
};

/**
 * A selection of every field of `type` that needs no argument: leaves, and objects to
 * `depth` levels (each abstract type through its possible types, ids and names only).
 */
function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (isAbstractType(type)) {
    return `{ __typename ${schema
      .getPossibleTypes(type)
      .map((possible) => `... on ${possible.name} { ${Object.keys(possible.getFields()).filter((name) => name === 'id' || name === 'name').join(' ')} }`)
      .join(' ')} }`;
  }
  if (!isObjectType(type)) return '';
  // Node.history (the audit trail) is answered by its resolver, never compiled (compiler.fields.ts): left out here.
  const fields = Object.values(type.getFields()).filter(
    (field: GraphQLField<unknown, unknown>) => field.args.every((arg) => !isNonNullType(arg.type)) && !(field.name === 'history' && getNamedType(field.type).name === 'ChangeConnection'),
  );
  const parts = fields.flatMap((field) => {
    const named = getNamedType(field.type);
    if (isLeafType(named)) return [field.name];
    if (depth === 0) return [];
    return [`${field.name} ${selection(named, depth - 1)}`];
  });
  return `{ __typename ${parts.join(' ')} }`;
}

/** The audit trail (`<Type>.history`) is registered only to decline compiling: its resolver answers it. */
const NEVER_COMPILED = (key: string) => key.endsWith('.history');
const fieldsOf = (type: string) => Object.keys((COMPILED_FIELDS as Record<string, Record<string, unknown>>)[type] ?? {}).filter((field) => !NEVER_COMPILED(`${type}.${field}`));

/** `{ <field> <selection> }` on the field's type, at a depth that keeps the query small. */
function fieldSelection(typeName: string, field: string, depth = 2): string {
  const definition = (schema.getType(typeName) as ReturnType<typeof schema.getQueryType> & object).getFields()[field]!;
  const args = ARGUMENTS[`${typeName}.${field}`] ?? '';
  return `${field}${args} ${selection(getNamedType(definition.type), depth)}`;
}

describe('every compiled field answers as the resolvers do, on the seed graph', () => {
  it('for every root field', async () => {
    for (const field of fieldsOf('Query')) {
      await both(`{ ${fieldSelection('Query', field, 2)} }`);
      covered.add(`Query.${field}`);
    }
  }, 300_000);

  it('for every field of every node type, on every node of that type', async () => {
    const rows = await compiled.db.read<{ id: string; labels: string[] }>('MATCH (n) WHERE n.id IS NOT NULL RETURN n.id AS id, labels(n) AS labels ORDER BY id');
    for (const label of NODE_LABELS) {
      const ids = rows.filter((row) => row.labels.includes(label)).map((row) => row.id);
      expect(ids.length, label).toBeGreaterThan(0);
      for (const field of fieldsOf(label)) {
        for (let start = 0; start < ids.length; start += 50) {
          await both(`query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${label} { id ${fieldSelection(label, field)} } } }`, { ids: ids.slice(start, start + 50) });
        }
        covered.add(`${label}.${field}`);
      }
    }
  }, 600_000);

  it('for every field of the types that hang off nodes: evidence, paths, search results, transitions, neighbourhoods', async () => {
    const reach: Record<string, (sel: string) => string> = {
      Path: (sel) => `{ paths${ARGUMENTS['Query.paths']} ${sel} }`,
      PathStep: (sel) => `{ paths${ARGUMENTS['Query.paths']} { steps ${sel} } }`,
      SearchResult: (sel) => `{ search${ARGUMENTS['Query.search']} { edges { node ${sel} } } }`,
      CareerTransition: (sel) => `{ careerTransitions${ARGUMENTS['Query.careerTransitions']} { edges { node ${sel} } } }`,
      Neighbourhood: (sel) => `{ neighbourhood${ARGUMENTS['Query.neighbourhood']} ${sel} }`,
      GraphEdge: (sel) => `{ neighbourhood${ARGUMENTS['Query.neighbourhood']} { edges ${sel} } }`,
    };
    // Edge types (Evidence, SupportedFact) are reached through every relation that lists them.
    for (const ref of RELATIONS.filter((r) => r.rel.edge)) {
      reach[ref.rel.edge!.type] ??= (sel) => `query ($ids: [ID!]!) { nodes(ids: $ids) { ... on ${ref.label} { ${ref.field} ${sel} } } }`;
    }
    const ids = (await compiled.db.read<{ id: string }>('MATCH (n:Tenure|Inspection|Statement|Document) RETURN n.id AS id ORDER BY id LIMIT 60')).map((row) => row.id);
    for (const [type, query] of Object.entries(reach)) {
      for (const field of fieldsOf(type)) {
        const definition = (schema.getType(type) as ReturnType<typeof schema.getQueryType> & object).getFields()[field]!;
        const text = query(`{ ${field} ${selection(getNamedType(definition.type), 1)} }`);
        await both(text, text.includes('$ids') ? { ids } : {});
        covered.add(`${type}.${field}`);
      }
    }
  }, 300_000);

  it('reaches every field of the registry (none is left out of the tests above)', () => {
    const all = Object.entries(COMPILED_FIELDS as Record<string, Record<string, unknown>>).flatMap(([type, fields]) => Object.keys(fields).map((field) => `${type}.${field}`));
    expect(all.filter((key) => !covered.has(key) && !NEVER_COMPILED(key))).toEqual([]);
  });
});

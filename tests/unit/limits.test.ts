import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { Kind, buildSchema, parse, typeFromAST, valueFromAST, isInputType, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';
import { PROJECT_ROOT } from '../../src/neo4j/managed.js';
import { COST_OVERRIDES, DEFAULT_LIMITS, DEFAULT_LIST_SIZE, measureOperation, queryLimitsPlugin, type CostOverride, type OperationShape } from '../../src/limits.js';

// The costs below are worked out by hand from the rules in src/limits.ts: a leaf costs 1, any
// other field 1 + size × what it selects.
const schema = buildSchema(loadTypeDefs().join('\n'));

function measure(
  query: string,
  variables: Record<string, unknown> = {},
  options: { schema?: GraphQLSchema; overrides?: Record<string, CostOverride> } = {},
): OperationShape {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation) throw new Error('no operation');
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return measureOperation(options.schema ?? schema, operation, fragments, variables, options.overrides);
}

const cost = (query: string, variables?: Record<string, unknown>, options?: Parameters<typeof measure>[2]) => measure(query, variables, options).cost;

describe('the cost of an operation, read from the schema', () => {
  it('is 1 for a leaf, __typename included', () => {
    expect(cost('{ __typename }')).toBe(1);
    expect(cost('{ person(id: "p") { name aliases } }')).toBe(1 + 2);
  });

  it('multiplies a plain list without arguments by the default list size', () => {
    expect(DEFAULT_LIST_SIZE).toBe(10);
    expect(cost('{ person(id: "p") { tenures { id role } } }')).toBe(1 + (1 + 10 * 2));
  });

  it('costs Person.statements as a plain list and Query.statements as a connection of 20, by their types not their names', () => {
    expect(cost('{ person(id: "p") { statements { id } } }')).toBe(1 + (1 + 10 * 1));
    // The page is counted once, at the connection; its edges list does not multiply again.
    expect(cost('{ statements { edges { node { id } } } }')).toBe(1 + 20 * (1 + (1 + 1)));
  });

  it('multiplies nested connections: 10 people × 5 documents each', () => {
    const query = (people: number, documents: number) =>
      `{ people(first: ${people}) { edges { node { mentionedIn(first: ${documents}) { edges { node { id } } } } } } }`;
    // Per person: mentionedIn = 1 + 5 × (edges 1 + node 1 + id 1) = 16, plus its edge and node.
    expect(cost(query(10, 5))).toBe(1 + 10 * (1 + 1 + (1 + 5 * 3)));
    expect(cost(query(10, 5))).toBeGreaterThanOrEqual(10 * 5);
    expect(cost(query(10, 5))).toBeLessThan(10 * 5 * 4);
    expect(cost(query(20, 5))).toBe(2 * cost(query(10, 5)) - 1);
  });

  it('takes `first` from a variable, from the variable default, and else from the SDL default', () => {
    const query = 'query People($n: Int) { people(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 7 })).toBe(1 + 7 * 3);
    expect(cost(query)).toBe(1 + 20 * 3);
    expect(cost('query People($n: Int = 4) { people(first: $n) { edges { node { id } } } }')).toBe(1 + 4 * 3);
    // Organisation.timeline declares `first: Int = 100`.
    expect(cost('{ organisation(id: "o") { timeline { totalCount } } }')).toBe(1 + (1 + 100 * 1));
  });

  it('resolves inline fragments and named fragments on unions and interfaces against their type condition', () => {
    // speaker is the union Actor = Person | Organisation; every fragment counts (an upper bound).
    const union = `{ statements(first: 2) { edges { node { speaker { __typename ... on Person { tenures { id } } ...Org } } } } }
      fragment Org on Organisation { leaders { id } }`;
    const speaker = 1 + (1 + (1 + 10 * 1) + (1 + 10 * 1));
    expect(cost(union)).toBe(1 + 2 * (1 + (1 + speaker)));
    // node returns the interface Node; Fact is an interface of interfaces.
    const iface = `{ node(id: "x") { id ... on Person { statements { id } } ...Quotes } }
      fragment Quotes on Fact { evidence { quote document { title } } }`;
    expect(cost(iface)).toBe(1 + (1 + (1 + 10 * 1) + (1 + 10 * (1 + (1 + 1)))));
  });

  it('sizes nodes(ids:) by the number of ids', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toBe(1 + 3 * 1);
    expect(cost('query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b', 'c', 'd', 'e'] })).toBe(1 + 5 * 1);
    // Without a list to count (here, variables not supplied) it is an unbounded list.
    expect(cost('query Many($ids: [ID!]!) { nodes(ids: $ids) { id } }')).toBe(1 + 10 * 1);
  });

  it('costs a brand-new list field and a connection of any name from the schema alone, with no override', () => {
    const extended = buildSchema(
      [
        ...loadTypeDefs(),
        `extend type Query { foo: Foo }
         type Foo { bars: [Bar!]! barPage(first: Int = 7): BarPage! }
         type Bar { id: ID! }
         type BarPage { edges: [BarEdge!]! pageInfo: PageInfo! }
         type BarEdge { node: Bar! }`,
      ].join('\n'),
    );
    expect(cost('{ foo { bars { id } } }', {}, { schema: extended })).toBe(1 + (1 + 10 * 1));
    expect(cost('{ foo { barPage { edges { node { id } } } } }', {}, { schema: extended })).toBe(1 + (1 + 7 * (1 + (1 + 1))));
  });

  it('lets an override change a field’s size or its own cost', () => {
    const query = '{ person(id: "p") { tenures { id } } }';
    expect(cost(query, {}, { overrides: { 'Person.tenures': { size: 3 } } })).toBe(1 + (1 + 3 * 1));
    expect(cost(query, {}, { overrides: { 'Query.person': { cost: 50 } } })).toBe(50 + (1 + 10 * 1));
  });

  it('sizes a neighbourhood by its limit once, not again by its node and edge lists', () => {
    expect(Object.keys(COST_OVERRIDES).sort()).toEqual(['Neighbourhood.edges', 'Neighbourhood.nodes']);
    const query = (limit: string) => `{ neighbourhood(id: "x"${limit}) { nodes { id } edges { from to } } }`;
    expect(cost(query(', limit: 50'))).toBe(1 + 50 * ((1 + 1) + (1 + 2)));
    expect(cost(query(''))).toBe(1 + 200 * ((1 + 1) + (1 + 2)));
  });

  it('does not multiply the lists of introspection types', () => {
    expect(cost('{ __schema { types { name fields { name } } } }')).toBe(1 + (1 + (1 + (1 + 1))));
  });

  it('costs a field the schema lacks as 1', () => {
    expect(cost('{ nosuch { a { b } } person(id: "p") { nosuch } }')).toBe(1 + (1 + 1));
  });

  it('measures a fragment once however often it is spread, so nesting spreads cannot make the walk exponential', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const shape = measure(`{ ...F0 }\n${fragments}\nfragment F${levels} on Query { __typename }`);
    expect(shape.cost).toBe(2 ** levels);
  });
});

describe('depth and aliases, counted as before', () => {
  // The queries of tests/integration/limits.test.ts.
  const nested = (depth: number) => {
    let selection = 'id';
    for (let i = 0; i < depth; i += 1) selection = `organisation { tenures { ${selection} } }`;
    return `{ person(id: "person:andy-couldrick") { tenures { ${selection} } } }`;
  };

  it('counts the fields with a selection set along the deepest path, fragments adding none', () => {
    expect(measure(nested(6)).depth).toBe(14);
    expect(measure(nested(2))).toEqual({ depth: 6, cost: 1222, aliases: 0 });
    expect(measure('{ __typename }').depth).toBe(0);
    expect(measure('{ person(id: "p") { ...P } } fragment P on Person { tenures { organisation { id } } }').depth).toBe(3);
  });

  it('counts every alias, once per spread of the fragment holding it', () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: person(id: "person:andy-couldrick") { id }`).join(' ');
    expect(measure(`{ ${aliases} }`)).toEqual({ depth: 1, cost: 31 * 2, aliases: 31 });
    expect(measure('{ a: person(id: "p") { ...P } b: person(id: "q") { ...P } } fragment P on Person { n: name }').aliases).toBe(4);
  });

  it('puts the integration test’s wide nested query over the cost limit', () => {
    const shape = measure(`{ organisations(first: 100) { edges { node {
      tenures { person { tenures { organisation { tenures { evidence { quote } } } } } } } } } }`);
    expect(shape.cost).toBe(1_122_301);
    expect(shape.cost).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });
});

describe('the example operations', () => {
  const dir = join(PROJECT_ROOT, 'examples');
  const files = readdirSync(dir).filter((file) => file.endsWith('.graphql'));

  // Their variables' defaults, and the largest page the resolvers accept for `$first`.
  it.each(files)('%s stays well under the cost limit', (file) => {
    const query = readFileSync(join(dir, file), 'utf8');
    const operation = parse(query).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const defaults: Record<string, unknown> = {};
    for (const definition of operation?.variableDefinitions ?? []) {
      const type = typeFromAST(schema, definition.type);
      if (definition.defaultValue && type && isInputType(type)) defaults[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
    }
    const shape = measure(query, defaults);
    expect(shape.cost).toBeLessThan(DEFAULT_LIMITS.maxCost / 2);
    expect(measure(query, { ...defaults, first: 100 }).cost).toBeLessThan(DEFAULT_LIMITS.maxCost / 2);
    expect(shape.depth).toBeLessThanOrEqual(DEFAULT_LIMITS.maxDepth);
  });

  it('finds the examples', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });
});

describe('the plugin', () => {
  // No resolvers: the plugin rejects before any would run, and it must take the schema from Apollo.
  const server = new ApolloServer({ typeDefs: loadTypeDefs(), plugins: [queryLimitsPlugin(DEFAULT_LIMITS)] });
  afterAll(() => server.stop());

  it('rejects a query whose nested pages could cost too much with QUERY_TOO_COMPLEX', async () => {
    const response = await server.executeOperation({ query: '{ people(first: 100) { edges { node { tenures { organisation { tenures { evidence { quote } } } } } } } }' });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', maxCost: 50_000 });
  });

  it('lets a cheap query through to execution', async () => {
    const response = await server.executeOperation({ query: '{ __typename }' });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult).toMatchObject({ data: { __typename: 'Query' } });
  });
});

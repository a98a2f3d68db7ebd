import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/schema.js';
import { compileOperation, type CompiledOperation } from '../../src/modules/compiler/compiler.js';
import { COMPILED_FIELDS } from '../../src/modules/compiler/compiler.fields.js';

// The query texts the compiler writes. What they answer is checked against the resolvers on a
// real Neo4j in tests/integration/compiled.test.ts; these pin the forms that make them cheap.
const schema = buildSchema(loadTypeDefs().join('\n'));

function compile(query: string, variables: Record<string, unknown> = {}): CompiledOperation {
  const document = parse(query);
  const compiled = compileOperation(schema, document, document.definitions[0] as OperationDefinitionNode, variables, COMPILED_FIELDS);
  if (!compiled) throw new Error('not compiled');
  return compiled;
}

describe('compiled query texts', () => {
  it('stream the rows of a single root list, with its other keys in a head record', () => {
    const compiled = compile('{ councils(first: 2) { totalCount edges { cursor node { id } } } }');
    expect(compiled.cypher).toContain('AS head, null AS row\nUNION ALL\n');
    const data = compiled.shape([
      { head: { total: 3 }, row: null },
      { head: null, row: { k: 'A', id: 'council:a', n: { f0: 'council:a' } } },
      { head: null, row: { k: 'B', id: 'council:b', n: { f0: 'council:b' } } },
    ]);
    expect(data).toMatchObject({ councils: { totalCount: 3, edges: [{ node: { id: 'council:a' } }, { node: { id: 'council:b' } }] } });
  });

  it('refuse streamed records out of order (the resolvers answer instead)', () => {
    const compiled = compile('{ councils(first: 2) { edges { node { id } } } }');
    expect(() => compiled.shape([{ head: null, row: { k: 'A', id: 'council:a', n: { f0: 'council:a' } } }, { head: { total: null }, row: null }])).toThrow(/order/);
    expect(() => compiled.shape([])).toThrow(/order/);
  });

  it('keep two roots that read Neo4j in one row', () => {
    const compiled = compile('{ councils(first: 2) { edges { node { id } } } person(id: "person:a") { name } }');
    expect(compiled.cypher).not.toContain('UNION');
    expect(compiled.cypher).toMatch(/AS data$/);
  });

  it('read the labels of an abstract-typed node once when every type selects the same fields', () => {
    const compiled = compile('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { steps { from { __typename id } fact { id name evidence { quote } } } } }', {
      a: 'person:a',
      b: 'person:b',
    });
    expect(compiled.cypher).toContain('{t: labels(');
    expect(compiled.cypher).not.toMatch(/WHEN v\d+F:Person THEN/);
  });

  it('choose the type from the labels in the order of the possible types', () => {
    const compiledPaths = compile('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { steps { to { __typename id } } } }', { a: 'person:a', b: 'org:b' });
    const steps = compiledPaths.shape([
      { head: { found: true }, row: null },
      { head: null, row: { f0: [{ f0: { t: ['Organisation', 'Council'], s: { f0: 'org:b' } } }, { f0: { t: ['Tenure', 'Person'], s: { f0: 'x' } } }] } },
    ]);
    // Person comes before Tenure among Node's possible types, as the CASE form tests them.
    const order = schema.getPossibleTypes(schema.getType('Node') as never).map((type) => type.name);
    expect(order.indexOf('Person')).toBeLessThan(order.indexOf('Tenure'));
    expect(steps).toEqual({ paths: [{ steps: [{ to: { __typename: 'Organisation', id: 'org:b' } }, { to: { __typename: 'Person', id: 'x' } }] }] });
  });

  it('leave a path with a missing end to the resolvers (NOT_FOUND)', () => {
    const compiled = compile('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length } }', { a: 'person:a', b: 'person:b' });
    expect(() => compiled.shape([{ head: { found: false }, row: null }])).toThrow(/does not exist/);
  });

  it('test each label in turn when the types select different fields', () => {
    const compiled = compile('query ($a: ID!, $b: ID!) { paths(from: $a, to: $b) { nodes { id ... on Person { name } } } }', { a: 'person:a', b: 'person:b' });
    expect(compiled.cypher).toMatch(/WHEN v\d+:Person THEN \{t: 'Person'/);
  });
});

import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType, type GraphQLField } from 'graphql';
import { describe, expect, it } from 'vitest';
import { FACT_TYPES, labelOfId, NODE_LABELS, propertyEntries, relationOf, RELATIONS, RELATIONSHIP_TYPES, TIMELINE_TYPES, typeDecl } from '../../src/model/model.js';
import { COMPILED_FIELDS } from '../../src/modules/compiler/compiler.fields.js';
import { mergeRegistries } from '../../src/modules/compiler/compiler.js';
import { isShown, relationMatch } from '../../src/modules/graph/graph.repository.js';
import { loadTypeDefs } from '../../src/schema.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const fieldOf = (type: string, field: string): GraphQLField<unknown, unknown> | undefined => {
  const named = schema.getType(type);
  return isObjectType(named) ? named.getFields()[field] : undefined;
};

describe('the graph model', () => {
  it('names a GraphQL type for every label and a field of it for every property and relation', () => {
    for (const label of NODE_LABELS) {
      expect(isObjectType(schema.getType(label)), label).toBe(true);
      for (const [key] of propertyEntries(label)) expect(fieldOf(label, key), `${label}.${key}`).toBeDefined();
    }
    for (const ref of RELATIONS) expect(fieldOf(ref.label, ref.field), `${ref.label}.${ref.field}`).toBeDefined();
  });

  it('declares cardinalities that match the schema: a list for many, a single value for one', () => {
    for (const ref of RELATIONS.filter((r) => !r.rel.connection)) {
      const type = fieldOf(ref.label, ref.field)!.type;
      const list = isListType(isNonNullType(type) ? type.ofType : type);
      expect(list, `${ref.label}.${ref.field}`).toBe(ref.rel.cardinality === 'many');
      // A required relation is a non-null field, so a missing one is a broken graph, not a null.
      if (ref.rel.required) expect(isNonNullType(type), `${ref.label}.${ref.field}`).toBe(true);
    }
  });

  it('gives every id prefix one label and refuses ids without a known prefix', () => {
    expect(labelOfId('council:doncaster')).toBe('Organisation');
    expect(labelOfId('trust:birmingham-childrens-trust')).toBe('Organisation');
    expect(labelOfId('arrangement:x')).toBe('ServiceArrangement');
    expect(labelOfId('doc:x')).toBe('Document');
    for (const bad of ['', 'council', ':x', 'nope:x', 'toString:x', '__proto__:x']) expect(labelOfId(bad), bad).toBeNull();
    const prefixes = NODE_LABELS.flatMap((label) => [...typeDecl(label).prefixes]);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('owns each relationship type from one side, and keeps documents off the paths between facts', () => {
    expect(RELATIONSHIP_TYPES).toContain('EVIDENCED_BY');
    expect(FACT_TYPES).not.toContain('EVIDENCED_BY');
    expect(FACT_TYPES).not.toContain('MENTIONS');
    expect(FACT_TYPES).not.toContain('REPORTED_IN');
    expect(FACT_TYPES).toEqual(expect.arrayContaining(['HELD', 'AT', 'FOR_COUNCIL', 'PROVIDED_BY', 'INSPECTED', 'SAID_BY', 'ABOUT']));
    expect(TIMELINE_TYPES).not.toContain('CONDUCTED_BY');
  });
});

describe('relation Cypher derived from the model', () => {
  it('orders a list of facts by date in Cypher, undated last', () => {
    const text = relationMatch(relationOf('Person', 'tenures')!, 'p', 'r', 'x', () => null);
    expect(text).toContain('MATCH (p)-[r:HELD]->(x:Tenure)');
    expect(text).toContain('ORDER BY x.start IS NULL, x.startEarliest, x.startLatest, x.id');
  });

  it('adds a filtering argument only when it is in use, and guards it when values vary per anchor', () => {
    const ref = relationOf('Organisation', 'tenures')!;
    expect(relationMatch(ref, 'o', 'r', 'x', () => null)).not.toContain('roleKind');
    expect(relationMatch(ref, 'o', 'r', 'x', () => '$kinds')).toContain('WHERE x.roleKind IN $kinds');
    expect(relationMatch(ref, 'o', 'r', 'x', (name) => `row.args.${name}`, true)).toContain('(row.args.roleKinds IS NULL OR x.roleKind IN row.args.roleKinds)');
  });

  it('picks the latest dated inspection with its named filter and limit, and matches a single node without sorting', () => {
    const latest = relationMatch(relationOf('Organisation', 'latestInspection')!, 'o', 'r', 'x', () => null);
    expect(latest).toContain('WHERE x.dateLatest IS NOT NULL');
    expect(latest).toMatch(/ORDER BY x\.dateLatest DESC, x\.dateEarliest DESC, x\.id LIMIT 1$/);
    expect(relationMatch(relationOf('Tenure', 'person')!, 't', 'r', 'x', () => null)).not.toContain('ORDER BY');
  });

  it('keeps to the nodes reads show, except at a required end (a shown fact has it live)', () => {
    const tenures = relationMatch(relationOf('Person', 'tenures')!, 'p', 'r', 'x', () => null);
    expect(tenures).toContain('x.retractedAt IS NULL AND x.mergedInto IS NULL');
    // A tenure is shown only while its person and organisation are live.
    expect(tenures).toContain('NOT EXISTS { MATCH (x)-[:AT]->(x_end) WHERE NOT (x_end.retractedAt IS NULL AND x_end.mergedInto IS NULL) }');
    expect(tenures).toContain('NOT EXISTS { MATCH (x)<-[:HELD]-(x_end)');
    expect(relationMatch(relationOf('Tenure', 'person')!, 't', 'r', 'x', () => null)).not.toContain('retractedAt');
    // A policy's issuer is optional, a direction's required: the check is guarded by label where both may be.
    expect(isShown('x')).toContain('(NOT (x:Direction) OR NOT EXISTS { MATCH (x)-[:ISSUED_BY]->(x_end)');
    expect(isShown('x', ['Person'])).toBe('(x.retractedAt IS NULL AND x.mergedInto IS NULL)');
  });

  it('restricts an end with several labels to those labels', () => {
    expect(relationMatch(relationOf('Statement', 'speaker')!, 's', 'r', 'x', () => null)).toContain('WHERE (x:Person OR x:Organisation)');
  });
});

describe('the compiler registry', () => {
  it('compiles every field of every type the schema declares on a node, edge, path or neighbourhood', () => {
    for (const [type, fields] of Object.entries(COMPILED_FIELDS as Record<string, Record<string, unknown>>)) {
      for (const field of Object.keys(fields)) expect(fieldOf(type, field), `${type}.${field}`).toBeDefined();
    }
    for (const label of NODE_LABELS) {
      const named = schema.getType(label);
      if (!isObjectType(named)) continue;
      for (const field of Object.keys(named.getFields())) {
        expect((COMPILED_FIELDS as Record<string, Record<string, unknown>>)[label]?.[field], `${label}.${field}`).toBeDefined();
      }
    }
    expect(getNamedType(fieldOf('Query', 'neighbourhood')!.type).name).toBe('Neighbourhood');
  });

  it('refuses a field compiled twice', () => {
    const compile = () => ({ expr: null, shape: () => null });
    expect(() => mergeRegistries({ Person: { name: compile } }, { Person: { name: compile } })).toThrow('Person.name is compiled twice');
  });
});

import {
  GraphQLError,
  Kind,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  getNamedType,
  getNullableType,
  isInputType,
  isInterfaceType,
  isIntrospectionType,
  isListType,
  isObjectType,
  typeFromAST,
  valueFromAST,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';

/** Limits on what one operation may ask for; each has an env variable (see README). */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxQueryLength: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 50_000, maxAliases: 30, maxQueryLength: 20_000 };

// A list with no bound in the operation or the SDL is bounded by the data, not the client;
// this is the size the cost model assumes for it.
export const DEFAULT_LIST_SIZE = 10;

/** Corrects the cost of one field, `Type.field`, where the rules read from the schema are wrong. */
export interface CostOverride {
  /** How many items the field stands for, replacing the size the rules give it. */
  size?: number;
  /** The field's own cost, replacing 1 (what it selects is still added, times its size). */
  cost?: number;
}

/**
 * Kept small on purpose: everything else is costed from the schema's types. Exported so that
 * the graph model can supply these later.
 */
export const COST_OVERRIDES: Record<string, CostOverride> = {
  // `Query.neighbourhood` is sized by its `limit` (a declared page-size argument, SDL default 200);
  // its node and edge lists are that page, so they must not multiply it a second time.
  'Neighbourhood.nodes': { size: 1 },
  'Neighbourhood.edges': { size: 1 },
};

export interface OperationShape {
  depth: number;
  cost: number;
  aliases: number;
}

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
}

const NOTHING: Measure = { depth: 0, cost: 0, aliases: 0 };

// The arguments by which a field declares its page size.
const SIZE_ARGUMENTS = ['first', 'limit'];

/**
 * A Relay connection, recognised by its shape (an `edges` list and `pageInfo`) rather than by
 * its name, so that a new connection is costed as one without being listed anywhere.
 */
function isConnection(type: GraphQLNamedType): boolean {
  if (!isObjectType(type)) return false;
  const fields = type.getFields();
  const edges = fields.edges;
  return edges !== undefined && isListType(getNullableType(edges.type)) && fields.pageInfo !== undefined;
}

/**
 * Measures an operation: its deepest field path, the number of aliases, and a cost read from
 * the schema's types, so that wide nested lists cost what they would cost Neo4j:
 * - a leaf (scalar, enum, list of them, `__typename`) costs 1;
 * - any other field costs 1 plus its size times the cost of what it selects;
 * - the size of a list, of a connection, or of a field declaring `first`/`limit` is that argument's
 *   value (literal or variable), else its SDL default, else the length of `ids`, else
 *   DEFAULT_LIST_SIZE; any other field has size 1;
 * - a connection's page is counted once, at the connection: its `edges` list has size 1;
 * - fragments resolve fields on their type condition, and all of them count (an upper bound:
 *   an item of a union or interface has one type);
 * - the lists of introspection types (`__schema { types { fields } }`) have size 1;
 * - COST_OVERRIDES correct single fields; a field the schema lacks costs 1.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  overrides: Record<string, CostOverride> = COST_OVERRIDES,
): OperationShape {
  // Apollo hands the plugin the raw variables, before defaults are applied.
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] !== undefined || !definition.defaultValue) continue;
    const type = typeFromAST(schema, definition.type);
    if (type && isInputType(type)) values[name] = valueFromAST(definition.defaultValue, type);
  }

  const argument = (field: GraphQLField<unknown, unknown>, node: FieldNode, name: string): { given: unknown; declared: unknown } | null => {
    const definition = field.args.find((a) => a.name === name);
    if (!definition) return null;
    const given = node.arguments?.find((a) => a.name.value === name);
    return { given: given ? valueFromAST(given.value, definition.type, values) : undefined, declared: definition.defaultValue };
  };

  const sizeOf = (parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>, node: FieldNode): number => {
    const override = overrides[`${parent.name}.${field.name}`];
    if (override?.size !== undefined) return override.size;
    // The connection counted its page already.
    if (field.name === 'edges' && isConnection(parent)) return 1;
    // Introspection is answered from the in-memory schema, not Neo4j: its lists do not multiply.
    if (isIntrospectionType(parent)) return 1;
    const sizeArguments = SIZE_ARGUMENTS.map((name) => argument(field, node, name)).filter((a) => a !== null);
    const sized = isListType(getNullableType(field.type)) || isConnection(getNamedType(field.type)) || sizeArguments.length > 0;
    if (!sized) return 1;
    for (const { given } of sizeArguments) if (isCount(given)) return given;
    for (const { declared } of sizeArguments) if (isCount(declared)) return declared;
    // nodes(ids: [...]) returns one item per id.
    const ids = argument(field, node, 'ids')?.given;
    if (ids !== undefined && ids !== null) return Array.isArray(ids) ? ids.length : 1;
    return DEFAULT_LIST_SIZE;
  };

  const fieldOf = (parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
    if (parent === schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    return parent.getFields()[name];
  };

  // A named fragment measures the same wherever it is spread: measured once, so that fragments
  // spreading fragments cannot make the walk exponential.
  const measuredFragments = new Map<string, Measure>();
  const fragmentMeasure = (name: string): Measure => {
    const known = measuredFragments.get(name);
    if (known) return known;
    const fragment = fragments[name];
    if (!fragment) return NOTHING;
    // Validation rejects fragment cycles before the plugin runs; a direct caller gets 0, not a stack overflow.
    measuredFragments.set(name, NOTHING);
    const measure = walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
    measuredFragments.set(name, measure);
    return measure;
  };

  // Depth counts fields with a selection set; fragments add none of their own.
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | undefined): Measure => {
    let depth = 0;
    let cost = 0;
    let aliases = 0;
    const add = (child: Measure, depthOffset: number) => {
      depth = Math.max(depth, depthOffset + child.depth);
      aliases += child.aliases;
    };
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        const field = fieldOf(parent, selection.name.value);
        if (!selection.selectionSet) {
          cost += 1;
          continue;
        }
        const type = field ? getNamedType(field.type) : undefined;
        const child = walk(selection.selectionSet, type);
        add(child, 1);
        if (!field || !parent) {
          cost += 1;
          continue;
        }
        const own = overrides[`${parent.name}.${field.name}`]?.cost ?? 1;
        cost += own + Math.max(1, sizeOf(parent, field, selection)) * child.cost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const child = walk(selection.selectionSet, condition);
        add(child, 0);
        cost += child.cost;
      } else {
        const child = fragmentMeasure(selection.name.value);
        add(child, 0);
        cost += child.cost;
      }
    }
    return { depth, cost, aliases };
  };

  const root = schema.getRootType(operation.operation) ?? undefined;
  return walk(operation.selectionSet, root);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function limitError(message: string, code: string, extra: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });
}

/** Rejects operations over the limits before any resolver (or Cypher) runs. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const shape = measureOperation(schema, operation, fragments, request.variables ?? {});
          if (shape.depth > limits.maxDepth) {
            throw limitError(`The query is ${shape.depth} levels deep; at most ${limits.maxDepth} are allowed.`, 'QUERY_TOO_DEEP', { depth: shape.depth, maxDepth: limits.maxDepth });
          }
          if (shape.aliases > limits.maxAliases) {
            throw limitError(`The query uses ${shape.aliases} aliases; at most ${limits.maxAliases} are allowed.`, 'TOO_MANY_ALIASES', { aliases: shape.aliases, maxAliases: limits.maxAliases });
          }
          if (shape.cost > limits.maxCost) {
            throw limitError(`The query could cost ${shape.cost}; at most ${limits.maxCost} is allowed. Ask for smaller pages (\`first\`) or fewer nested lists.`, 'QUERY_TOO_COMPLEX', { cost: shape.cost, maxCost: limits.maxCost });
          }
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

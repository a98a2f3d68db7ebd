import {
  GraphQLError,
  Kind,
  type ValueNode,
  type DocumentNode,
  type FragmentDefinitionNode,
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

// Nested lists without a `first` argument are bounded by the data, not the client; this is
// the size the cost model assumes for them.
const UNBOUNDED_LIST_SIZE = 10;
const LIST_FIELDS = new Set([
  'tenures', 'leaders', 'arrangements', 'provides', 'inspections', 'directions', 'statements', 'authored', 'evidence',
  'involves', 'about', 'supports', 'mentions', 'nodes', 'steps', 'paths', 'kinds', 'aliases', 'authors',
]);

// Connections without an explicit `first` return their schema default page.
const CONNECTION_DEFAULTS: Record<string, number> = {
  people: 20, organisations: 20, councils: 20, documents: 20, search: 20, careerTransitions: 20, statements: 20,
  mentionedIn: 20, timeline: 100, neighbourhood: 200,
};

export interface OperationShape {
  depth: number;
  cost: number;
  aliases: number;
}

/**
 * Measures an operation: its deepest field path, the number of aliases, and a cost that
 * multiplies each field's subtree by the page size it can return (`first`, `limit`, or a
 * fixed size for unpaged lists), so that wide nested lists cost what they would cost Neo4j.
 */
export function measureOperation(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): OperationShape {
  let aliases = 0;
  const values: Record<string, unknown> = { ...variables };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (values[name] === undefined && definition.defaultValue?.kind === Kind.INT) values[name] = Number(definition.defaultValue.value);
  }
  const intArg = (field: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string): number | null => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return null;
    if (arg.value.kind === Kind.INT) return Number(arg.value.value);
    if (arg.value.kind === Kind.VARIABLE) {
      const value = values[arg.value.name.value];
      return typeof value === 'number' ? value : null;
    }
    return null;
  };
  // nodes(ids: [...]) returns one item per id.
  const listArgLength = (field: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }, name: string): number | null => {
    const arg = field.arguments?.find((a) => a.name.value === name);
    if (!arg) return null;
    if (arg.value.kind === Kind.LIST) return arg.value.values.length;
    if (arg.value.kind === Kind.VARIABLE) {
      const value = values[arg.value.name.value];
      return Array.isArray(value) ? value.length : null;
    }
    return null;
  };
  const walk = (set: SelectionSetNode, depth: number): { depth: number; cost: number } => {
    let deepest = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) aliases += 1;
        if (!selection.selectionSet) {
          cost += 1;
          continue;
        }
        const name = selection.name.value;
        const size =
          intArg(selection, 'first') ??
          intArg(selection, 'limit') ??
          listArgLength(selection, 'ids') ??
          CONNECTION_DEFAULTS[name] ??
          (LIST_FIELDS.has(name) ? UNBOUNDED_LIST_SIZE : 1);
        const child = walk(selection.selectionSet, depth + 1);
        deepest = Math.max(deepest, child.depth);
        cost += 1 + Math.max(1, size) * child.cost;
      } else {
        const target = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
        if (!target) continue;
        const child = walk(target, depth);
        deepest = Math.max(deepest, child.depth);
        cost += child.cost;
      }
    }
    return { depth: deepest, cost };
  };
  const result = walk(operation.selectionSet, 0);
  return { depth: result.depth, cost: result.cost, aliases };
}

function limitError(message: string, code: string, extra: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra, http: { status: 400 } } });
}

/** Rejects operations over the limits before any resolver (or Cypher) runs. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          const shape = measureOperation(operation, fragments, request.variables ?? {});
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

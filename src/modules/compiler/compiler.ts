import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  typeFromAST,
  isAbstractType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type DocumentNode,
  type SelectionSetNode,
  type DirectiveNode,
  type NamedTypeNode,
} from 'graphql';
import type { Resolvers } from '../../__generated__/resolvers-types.js';
import { plain } from '../graph/graph.mappers.js';

/**
 * Compiles a whole read operation into ONE Cypher query whose result is already shaped like
 * the response: each selected field becomes an expression of a map projection (nested
 * relations become COLLECT subqueries), and a shaper built alongside turns the returned map
 * into the response data, in selection order, through each type's own serialiser.
 *
 * It covers the fields listed in compiler.fields.ts. An operation that selects anything else,
 * or whose data do not fit the schema (a required reference missing), is not answered here:
 * the resolvers answer it (they also give the coded errors), so the result is the same
 * either way. Tests check that both paths return identical responses.
 */

type Fields = Map<string, FieldNode[]>;

/**
 * The fields a selection set selects on `runtimeType`, grouped by response key in order, as
 * graphql-js executes them (the CollectFields algorithm of the spec: @skip/@include, inline
 * fragments and fragment spreads whose type condition applies, each fragment once).
 */
function collectFields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  runtimeType: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  fields: Fields = new Map(),
  visited: Set<string> = new Set(),
): Fields {
  const included = (node: { directives?: readonly DirectiveNode[] }) =>
    getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  const applies = (condition: NamedTypeNode | undefined) => {
    if (!condition) return true;
    const type = typeFromAST(schema, condition);
    if (type === runtimeType) return true;
    return type !== undefined && isAbstractType(type) && schema.isSubType(type, runtimeType);
  };
  for (const selection of selectionSet.selections) {
    if (!included(selection)) continue;
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const list = fields.get(key);
      if (list) list.push(selection);
      else fields.set(key, [selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(selection.typeCondition)) collectFields(schema, fragments, variables, runtimeType, selection.selectionSet, fields, visited);
    } else {
      const name = selection.name.value;
      if (visited.has(name)) continue;
      visited.add(name);
      const fragment = fragments[name];
      if (fragment && applies(fragment.typeCondition)) collectFields(schema, fragments, variables, runtimeType, fragment.selectionSet, fields, visited);
    }
  }
  return fields;
}

/** The subfields of merged field nodes, on `returnType`. */
function collectSubfields(
  schema: GraphQLSchema,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  returnType: GraphQLObjectType,
  nodes: readonly FieldNode[],
): Fields {
  const fields: Fields = new Map();
  const visited = new Set<string>();
  for (const node of nodes) {
    if (node.selectionSet) collectFields(schema, fragments, variables, returnType, node.selectionSet, fields, visited);
  }
  return fields;
}

/** Raised while compiling or shaping: this operation goes to the resolvers instead. */
export class NotCompiled extends Error {}

export type Shape = (value: unknown) => unknown;

/** A compiled field: a Cypher expression (null when it needs none) and its shaper. */
export interface Piece {
  expr: string | null;
  shape: Shape;
  /**
   * The same value read as rows of a query of its own, used when this root field is the
   * operation's only database read: a map of the value's other keys (`head`), and the list
   * under `key` as the rows of `match` (clauses) then `RETURN row`. Neo4j streams rows as it
   * finds them and the driver decodes them meanwhile; one row holding the whole list is built
   * before any of it is sent (about 15% of a page of 50 councils).
   */
  rows?: Rows;
}

export interface Rows {
  key: string;
  head: Record<string, string>;
  match: string;
  row: string;
}

/** A map of `head` and, under `rows.key`, the list of rows: one expression, or streamed at the root. */
export function withRows(rows: Rows, shape: Shape): Piece {
  return { expr: mapOf({ ...rows.head, [rows.key]: `COLLECT { ${rows.match}\n RETURN ${rows.row} }` }), shape, rows };
}

const mapOf = (entries: Record<string, string>) => `{${Object.entries(entries).map(([name, expr]) => `${name}: ${expr}`).join(', ')}}`;

export interface BuilderState {
  counter: number;
  params: Record<string, unknown>;
}

/** Query-wide state: parameters and fresh variable names. */
export class Builder {
  readonly params: Record<string, unknown> = {};
  /** Values a root field leaves for the fields below it (e.g. the words searched for). */
  readonly shared: Record<string, unknown> = {};
  private counter = 0;

  constructor(
    readonly schema: GraphQLSchema,
    readonly fragments: Record<string, FragmentDefinitionNode>,
    readonly variables: Record<string, unknown>,
  ) {}

  /** Registers a parameter value; returns its `$name`. */
  param(value: unknown): string {
    const name = `p${this.counter++}`;
    this.params[name] = value;
    return `$${name}`;
  }

  /** Sets a parameter under a fixed name (shared list specs use fixed names). */
  fixedParams(values: Record<string, unknown>): void {
    for (const [name, value] of Object.entries(values)) {
      if (name in this.params) throw new NotCompiled(`parameter ${name} used twice`);
      this.params[name] = value;
    }
  }

  fresh(): string {
    return `v${this.counter++}`;
  }

  /** The names and parameters taken so far, to compile a piece again from here (`load`). */
  save(): BuilderState {
    return { counter: this.counter, params: { ...this.params } };
  }

  load(state: BuilderState): void {
    this.counter = state.counter;
    for (const name of Object.keys(this.params)) if (!(name in state.params)) delete this.params[name];
    Object.assign(this.params, state.params);
  }
}

/** What a field compiler is given. */
export interface FieldContext {
  b: Builder;
  /** The Cypher variable of the parent (a node, or for Evidence the relationship). */
  v: string;
  args: Record<string, unknown>;
  nodes: readonly FieldNode[];
  type: GraphQLOutputType;
  /** Compiles the field's selection on the node in variable `x`, whose type is the field's named type. */
  node: (x: string) => Piece;
  /** The subfields of this field selected on an object type (for hand-shaped types such as connections). */
  subfields: (type: GraphQLObjectType) => Map<string, readonly FieldNode[]>;
  /** The subfields of other field nodes (a connection's edges, an edge's node). */
  subfieldsOf: (type: GraphQLObjectType, nodes: readonly FieldNode[]) => Map<string, readonly FieldNode[]>;
  /** Compiles the selection `nodes` on the node in `x` of type `type`, without null checks. */
  selectionOf: (type: GraphQLOutputType, nodes: readonly FieldNode[], x: string) => Piece;
}

export type FieldCompiler = (f: FieldContext) => Piece;

/** The fields of a GraphQL type, from the generated resolver types. */
type FieldNames<T extends keyof Resolvers> = Exclude<keyof NonNullable<Resolvers[T]>, '__isTypeOf' | '__resolveType'>;

/**
 * What the compiler answers, by type and field. Typed from the generated resolver types: a
 * type or field the schema lacks (a typo, a rename) is a type error, not a silent fallback.
 */
export type FieldRegistry = { [T in keyof Resolvers]?: { [F in FieldNames<T>]?: FieldCompiler } };

/** Merges registries; a field compiled twice is a programming error. */
export function mergeRegistries(...registries: FieldRegistry[]): FieldRegistry {
  const merged: Record<string, Record<string, FieldCompiler>> = {};
  for (const registry of registries) {
    for (const [type, fields] of Object.entries(registry) as [string, Record<string, FieldCompiler>][]) {
      const target = (merged[type] ??= {});
      for (const [field, compile] of Object.entries(fields)) {
        if (field in target) throw new Error(`${type}.${field} is compiled twice`);
        target[field] = compile;
      }
    }
  }
  return merged as FieldRegistry;
}

/** The compiler of `type.field`, if the registry has one. */
export function compilerOf(registry: FieldRegistry, type: string, field: string): FieldCompiler | undefined {
  return (registry as Record<string, Record<string, FieldCompiler> | undefined>)[type]?.[field];
}

/** Applies the field's non-null and list wrappers and its scalar or enum serialiser. */
export function leafShape(type: GraphQLOutputType, convert: Shape = (v) => v): Shape {
  const named = getNamedType(type);
  if (!isScalarType(named) && !isEnumType(named)) throw new Error(`${named.name} is not a leaf type`);
  const serialise = (value: unknown) => {
    try {
      return named.serialize(value);
    } catch {
      throw new NotCompiled(`${named.name} cannot serialise ${String(value)}`);
    }
  };
  return wrapShape(type, (value) => serialise(plain(convert(value))));
}

/** Checks non-null and maps lists; `inner` shapes one non-null item. */
export function wrapShape(type: GraphQLOutputType, inner: Shape): Shape {
  if (isNonNullType(type)) {
    const of = wrapShape(type.ofType, inner);
    return (value) => {
      if (value === null || value === undefined) throw new NotCompiled('null for a non-null field');
      return of(value);
    };
  }
  if (isListType(type)) {
    const item = wrapShape(type.ofType, inner);
    return (value) => {
      if (value === null || value === undefined) return null;
      if (!Array.isArray(value)) throw new NotCompiled('a list field returned no list');
      return value.map(item);
    };
  }
  return (value) => (value === null || value === undefined ? null : inner(value));
}

/** A Cypher map key for the i-th selected field. */
const key = (i: number) => `f${i}`;

export class OperationCompiler {
  constructor(
    private readonly b: Builder,
    private readonly registry: FieldRegistry,
  ) {}

  /** The selection `nodes` on the node in `x`, whose GraphQL type is `type` (object or abstract). */
  selection(type: GraphQLOutputType, nodes: readonly FieldNode[], x: string): Piece {
    const named = getNamedType(type);
    if (isObjectType(named)) return this.object(named, nodes, x);
    if (!isAbstractType(named)) throw new Error(`${named.name} has no selection`);
    const possibleTypes = this.b.schema.getPossibleTypes(named);
    if (!possibleTypes.length) throw new NotCompiled(`${named.name} has no possible types`);
    // Each type compiled from the same names and parameters: when every one gives the same
    // text (the fields selected read the same properties), the labels are read once and the
    // type chosen in JS, in the order the CASE below would test them (a db hit per test).
    // The trials stop at the first type whose text differs.
    const start = this.b.save();
    const trials: { name: string; piece: Piece; end: BuilderState; params: string }[] = [];
    for (const possible of possibleTypes) {
      this.b.load(start);
      const piece = this.object(possible, nodes, x);
      const end = this.b.save();
      const trial = { name: possible.name, piece, end, params: JSON.stringify(end.params) };
      if (trials.length && (trial.piece.expr !== trials[0]!.piece.expr || trial.params !== trials[0]!.params)) break;
      trials.push(trial);
    }
    const first = trials[0]!;
    if (trials.length === possibleTypes.length) {
      this.b.load(first.end);
      const shapes = trials.map((trial) => ({ name: trial.name, shape: trial.piece.shape }));
      return {
        expr: `CASE WHEN ${x} IS NOT NULL THEN {t: labels(${x}), s: ${first.piece.expr}} END`,
        shape: (value) => {
          const row = value as { t: string[]; s: unknown };
          const chosen = shapes.find((candidate) => row.t.includes(candidate.name));
          if (!chosen) throw new NotCompiled(`no type for labels ${row.t.join(':')}`);
          return chosen.shape(row.s);
        },
      };
    }
    // One branch per possible type, chosen by label (GraphQL type names are the labels), each
    // compiled again with names and parameters of its own.
    this.b.load(start);
    const branches = possibleTypes.map((possible) => ({ name: possible.name, piece: this.object(possible, nodes, x) }));
    const shapes = new Map(branches.map((branch) => [branch.name, branch.piece.shape]));
    const expr = `CASE ${branches.map((branch) => `WHEN ${x}:${branch.name} THEN {t: '${branch.name}', s: ${branch.piece.expr}}`).join(' ')} END`;
    return {
      expr,
      shape: (value) => {
        const row = value as { t: string; s: unknown };
        const shape = shapes.get(row.t);
        if (!shape) throw new NotCompiled(`no type for ${row.t}`);
        return shape(row.s);
      },
    };
  }

  /** The selection on an object type, as a map projection of `x`. */
  object(type: GraphQLObjectType, nodes: readonly FieldNode[], x: string): Piece {
    const fields = collectSubfields(this.b.schema, this.b.fragments, this.b.variables, type, nodes);
    return this.fields(type, fields, x);
  }

  fields(type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>, x: string): Piece {
    const parts: { responseKey: string; piece: Piece; index: number }[] = [];
    let index = 0;
    for (const [responseKey, fieldNodes] of fields) {
      const piece = this.field(type, fieldNodes, x);
      parts.push({ responseKey, piece, index: piece.expr === null ? -1 : index++ });
    }
    const expr = `{${parts
      .filter((part) => part.piece.expr !== null)
      .map((part) => `${key(part.index)}: ${part.piece.expr}`)
      .join(', ')}}`;
    return {
      expr,
      shape: (value) => {
        const row = value as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const part of parts) out[part.responseKey] = part.piece.shape(part.index < 0 ? undefined : row[key(part.index)]);
        return out;
      },
    };
  }

  field(type: GraphQLObjectType, nodes: readonly FieldNode[], x: string): Piece {
    const name = nodes[0]!.name.value;
    if (name === '__typename') return { expr: null, shape: () => type.name };
    const compile = compilerOf(this.registry, type.name, name);
    const definition = type.getFields()[name] as GraphQLField<unknown, unknown> | undefined;
    if (!compile || !definition) throw new NotCompiled(`${type.name}.${name} is not compiled`);
    const args = getArgumentValues(definition, nodes[0]!, this.b.variables);
    return compile({
      b: this.b,
      v: x,
      args,
      nodes,
      type: definition.type,
      node: (child) => {
        const piece = this.selection(definition.type, nodes, child);
        return { expr: piece.expr, shape: wrapShape(definition.type, piece.shape) };
      },
      subfields: (object) => collectSubfields(this.b.schema, this.b.fragments, this.b.variables, object, nodes),
      subfieldsOf: (object, others) => collectSubfields(this.b.schema, this.b.fragments, this.b.variables, object, others),
      selectionOf: (of, others, child) => this.selection(of, others, child),
    });
  }
}

export interface CompiledRoot {
  key: string;
  /** Whether an error may null this field alone (else it nulls `data`). */
  nullable: boolean;
  /** Whether the field reads the database (a root such as `__typename` does not). */
  fromDatabase: boolean;
  nodes: readonly FieldNode[];
  shape: Shape;
}

export interface CompiledOperation {
  /** The query, or null when no root field needs the database. */
  cypher: string | null;
  params: Record<string, unknown>;
  /** Turns the query's records into the response data; throws NotCompiled if it cannot. */
  shape: (records: Record<string, unknown>[]) => Record<string, unknown>;
  roots: CompiledRoot[];
}

/** The operation's variables coerced as graphql-js executes them, or null when they are invalid. */
export function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Record<string, unknown>): Record<string, unknown> | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  return coerced.errors ? null : coerced.coerced;
}

/** Only queries compile: mutations (and subscriptions) are the resolvers' alone. */
export const isCompilable = (operation: OperationDefinitionNode): boolean => operation.operation === 'query';

/**
 * Compiles a query operation (with variables from coerceVariables), or returns null when any
 * part of it is outside the compiled subset.
 */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  registry: FieldRegistry,
  /** Told why an operation is left to the resolvers. */
  onSkip: (reason: string) => void = () => {},
): CompiledOperation | null {
  if (!isCompilable(operation)) return null;
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const b = new Builder(schema, fragments, variables);
  const compiler = new OperationCompiler(b, registry);
  try {
    const fields = collectFields(schema, fragments, variables, queryType, operation.selectionSet);
    const roots: (CompiledRoot & { expr: string | null; rows?: Rows })[] = [...fields].map(([key, nodes]) => {
      const piece = compiler.field(queryType, nodes, '');
      return {
        rows: piece.rows,
        key,
        nullable: !isNonNullType(queryType.getFields()[nodes[0]!.name.value]?.type ?? queryType),
        fromDatabase: piece.expr !== null,
        nodes,
        shape: piece.shape,
        expr: piece.expr,
      };
    });
    const read = roots.filter((root) => root.expr !== null);
    const comment = `/* compiled${operation.name ? `:${operation.name.value}` : ''} */`;
    // A single root read whose value holds a list is streamed: its other keys come in the
    // first record (`head`), each item of the list in a record of its own (`row`).
    const rows = read.length === 1 ? read[0]!.rows : undefined;
    let cypher: string | null = null;
    if (rows) cypher = `${comment}\nRETURN ${mapOf(rows.head)} AS head, null AS row\nUNION ALL\n${rows.match}\nRETURN null AS head, ${rows.row} AS row`;
    else if (read.length) cypher = `${comment}\nRETURN {${read.map((root, i) => `${key(i)}: ${root.expr}`).join(', ')}} AS data`;
    return {
      cypher,
      params: b.params,
      shape: (records) => {
        let data = records[0]?.data;
        if (rows) {
          const [head, ...items] = records;
          if (!head || head.head === null || items.some((item) => item.head !== null)) throw new NotCompiled('streamed records out of order');
          data = { [key(0)]: { ...(head.head as Record<string, unknown>), [rows.key]: items.map((item) => item.row) } };
        }
        const row = (data ?? {}) as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const root of roots) out[root.key] = root.shape(root.expr === null ? undefined : row[key(read.indexOf(root))]);
        return out;
      },
      roots,
    };
  } catch (error) {
    if (error instanceof NotCompiled) {
      onSkip(error.message);
      return null;
    }
    // Argument errors (a page size out of range, a bad cursor...) are the resolvers' to report.
    if (error instanceof Error && error.name === 'GraphQLError') {
      onSkip(`argument: ${error.message}`);
      return null;
    }
    throw error;
  }
}

import neo4j from 'neo4j-driver';
import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import type { SearchKind, TenureFilter } from '../../__generated__/resolvers-types.js';
import {
  ENTITY_LABELS,
  kindsFromLabels,
  labelOfId,
  NODE_LABELS,
  PARTIAL_DATE_FIELDS,
  propertyEntries,
  RELATIONS,
  type NodeLabel,
  type PartialDateModel,
  type PropertyDecl,
  type RelationRef,
  type RetractionModel,
} from '../../model/model.js';
import { neighbourhoodArgs, pathArgs, tenureMatch } from '../analysis/analysis.arguments.js';
import { neighbourhoodEdges, neighbourhoodMatch, pathsMatch, statementsList, transitionParams, transitionsMatch } from '../analysis/analysis.repository.js';
import { documentsList } from '../documents/documents.repository.js';
import { councilsList, organisationsList, peopleList, type EntityList } from '../entities/entities.repository.js';
import { argValue, dateFromList, isAnswered, isMergedStub, isShown, matchShownById, relationMatch, timelineMatch } from '../graph/graph.repository.js';
import { RETRACTION_PROPERTIES, retractionOf } from '../graph/graph.mappers.js';
import { pageClauses, pagePosition } from '../pagination/keyset.js';
import { checkFirst, encodeCursor, MAX_PAGE_SIZE, offsetOf } from '../pagination/pagination.js';
import { FACT_TEXT_PROPERTIES, SEARCH_INDEXES } from '../../neo4j/migrations.js';
import { searchCount, searchRanked } from '../search/search.repository.js';
import { parseSearch, searchLabels, type SearchTerm } from '../search/search.lucene.js';
import { describeHit, matchOf, type HitData, type SnippetData, type TextRange } from '../search/search.snippet.js';
import { userInputError } from '../../errors.js';
import { FIRST_VERSION, RECORD } from '../../model/records.js';
import { leafShape, mergeRegistries, NotCompiled, withRows, wrapShape, type FieldCompiler, type FieldContext, type FieldRegistry, type Piece, type Shape } from './compiler.js';

/**
 * What the compiler can answer: for each type, its fields as Cypher over the node in `f.v`.
 * Each entry mirrors the resolver of the same field (same pattern, filter and order); the
 * equivalence tests run every example operation both ways and compare the responses.
 */

// ---- leaves ------------------------------------------------------------------------------

const prop =
  (name: string, convert?: Shape): FieldCompiler =>
  (f) => ({ expr: `${f.v}.${name}`, shape: leafShape(f.type, convert) });

/** Shapes a PartialDateModel for the selection on a PartialDate field (an entry's date on a timeline). */
function dateShape(f: Pick<FieldContext, 'type' | 'subfields'>): (model: PartialDateModel | null) => unknown {
  const type = getNamedType(f.type) as GraphQLObjectType;
  const fields = type.getFields();
  const parts = [...f.subfields(type)].map(([responseKey, nodes]) => {
    const name = nodes[0]!.name.value;
    if (name === '__typename') return { responseKey, shape: () => type.name };
    if (!(name in DATE_FIELDS)) throw new NotCompiled(`PartialDate.${name} of a timeline entry`);
    const leaf = leafShape(fields[name]!.type);
    return { responseKey, shape: (model: PartialDateModel) => leaf(model[name as keyof PartialDateModel]) };
  });
  const one = (model: unknown) => {
    const out: Record<string, unknown> = {};
    for (const part of parts) out[part.responseKey] = part.shape(model as PartialDateModel);
    return out;
  };
  const wrapped = wrapShape(f.type, one);
  return (model) => wrapped(model);
}

/** The Cypher of each PartialDate leaf over the properties `<key>...` of `v`, read as the node mapping reads them. */
const DATE_FIELDS: Record<string, (v: string, key: string) => string> = Object.fromEntries(
  Object.entries(PARTIAL_DATE_FIELDS)
    .filter(([field]) => field !== 'resolvedFromId')
    .map(([field, { part, kind }]) => {
      const read = (v: string, key: string) => `${v}.${key}${part}`;
      const expr = kind === 'day' ? (v: string, key: string) => `toString(${read(v, key)})` : kind === 'boolean' ? (v: string, key: string) => `coalesce(${read(v, key)}, false)` : kind === 'strings' ? (v: string, key: string) => `coalesce(${read(v, key)}, [])` : read;
      return [field, expr];
    }),
);

/** A partial date field: only the selected parts are read; resolvedFrom is the document named by `<key>ResolvedFrom`. */
const date =
  (key: string): FieldCompiler =>
  (f) => {
    const type = getNamedType(f.type) as GraphQLObjectType;
    const parts = [...f.subfields(type)].map(([responseKey, nodes], index) => {
      const name = nodes[0]!.name.value;
      const fieldType = type.getFields()[name]?.type;
      if (name === '__typename') return { responseKey, expr: null, index, shape: () => type.name };
      if (name === 'resolvedFrom' && fieldType) {
        const d = f.b.fresh();
        const piece = f.selectionOf(fieldType, nodes, d);
        // Null when the document is not shown (retracted), as the resolver answers.
        return {
          responseKey,
          expr: `COLLECT { MATCH (${d}:Document {id: ${f.v}.${key}${PARTIAL_DATE_FIELDS.resolvedFromId.part}}) WHERE ${isShown(d, ['Document'])} RETURN ${piece.expr} LIMIT 1 }[0]`,
          index,
          shape: wrapShape(fieldType, piece.shape),
        };
      }
      const read = DATE_FIELDS[name];
      if (!read || !fieldType) throw new NotCompiled(`PartialDate.${name}`);
      return { responseKey, expr: read(f.v, key), index, shape: leafShape(fieldType) };
    });
    const expr = `CASE WHEN ${f.v}.${key} IS NULL THEN null ELSE [${parts.map((part) => part.expr ?? 'null').join(', ')}] END`;
    return {
      expr,
      shape: wrapShape(f.type, (value) => {
        const list = value as unknown[];
        const out: Record<string, unknown> = {};
        for (const part of parts) out[part.responseKey] = part.shape(list[part.index]);
        return out;
      }),
    };
  };

/** A property field, read as the node mapping (graph.mappers.ts) reads the same declaration. */
function propertyCompiler(key: string, decl: PropertyDecl): FieldCompiler {
  switch (decl.kind) {
    case 'date':
      return date(key);
    case 'strings':
      return (f) => ({ expr: `coalesce(${f.v}.${key}, [])`, shape: leafShape(f.type) });
    case 'kinds':
      return (f) => ({ expr: `labels(${f.v})`, shape: (labels) => leafShape(f.type)(kindsFromLabels(labels as string[])) });
    case 'boolean':
      return prop(key, (value) => (typeof value === 'boolean' ? value : null));
    default:
      return decl.default === undefined ? prop(key) : (f) => ({ expr: `coalesce(${f.v}.${key}, ${f.b.param(decl.default)})`, shape: leafShape(f.type) });
  }
}

// ---- relations ---------------------------------------------------------------------------

/**
 * A relation field: the model's pattern, filter and order (relationMatch, shared with the
 * batch loader), its filtering arguments as parameters.
 */
function relationCompiler(ref: RelationRef): FieldCompiler {
  return (f) => {
    const r = f.b.fresh();
    const x = `${r}N`;
    const match = relationMatch(ref, f.v, r, x, (name) => {
      const value = argValue(f.args[name]);
      return value === null ? null : f.b.param(value);
    });
    if (ref.rel.connection) return offsetConnection(f, x, (node) => `COLLECT { ${match} RETURN {n: ${node}} }`);
    // An edge (Evidence, SupportedFact) is compiled on the relationship; its node is `${r}N`.
    const piece = f.node(ref.rel.edge ? r : x);
    if (ref.rel.cardinality === 'one') return { expr: `COLLECT { ${match} RETURN ${piece.expr} LIMIT 1 }[0]`, shape: piece.shape };
    return { expr: `COLLECT { ${match} RETURN ${piece.expr} }`, shape: piece.shape };
  };
}

/** The fields of an edge type over the relationship in `f.v`: its quote and the node at its end. */
const edgeFields = (node: string): Record<string, FieldCompiler> => ({
  quote: (f) => ({ expr: `${f.v}.quote`, shape: leafShape(f.type, (q) => q ?? '') }),
  [node]: (f) => f.node(`${f.v}N`),
});

/**
 * Node.retraction: the stored RETRACTION_PROPERTIES of `f.v`, made a retraction (or null) by
 * retractionOf as the node mapping makes it, then shaped for the selection on Retraction.
 */
const retraction: FieldCompiler = (f) => {
  const type = getNamedType(f.type) as GraphQLObjectType;
  const parts = [...f.subfields(type)].map(([responseKey, nodes]) => {
    const name = nodes[0]!.name.value;
    if (name === '__typename') return { responseKey, shape: () => type.name };
    const fieldType = type.getFields()[name]?.type;
    if (!fieldType || !['at', 'by', 'reason'].includes(name)) throw new NotCompiled(`Retraction.${name}`);
    const leaf = leafShape(fieldType);
    return { responseKey, shape: (model: RetractionModel) => leaf(model[name as keyof RetractionModel]) };
  });
  const wrapped = wrapShape(f.type, (model) => {
    const out: Record<string, unknown> = {};
    for (const part of parts) out[part.responseKey] = part.shape(model as RetractionModel);
    return out;
  });
  return {
    expr: `[${RETRACTION_PROPERTIES.map((key) => `${f.v}.${key}`).join(', ')}]`,
    shape: (value) => wrapped(retractionOf(value as unknown[])),
  };
};

/** Every property and relation field of the graph model. */
function modelFields(): FieldRegistry {
  const registry: Record<string, Record<string, FieldCompiler>> = {};
  for (const label of NODE_LABELS) {
    const fields = (registry[label] ??= {
      id: prop('id'),
      // The audit trail is read by its resolver (modules/write): an operation that asks for it is not compiled.
      history: () => {
        throw new NotCompiled(`${label}.history`);
      },
      version: (f) => ({ expr: `coalesce(${f.v}.${RECORD.version}, ${FIRST_VERSION})`, shape: leafShape(f.type) }),
      retraction,
    });
    for (const [key, decl] of propertyEntries(label)) fields[key] = propertyCompiler(key, decl);
  }
  for (const ref of RELATIONS) {
    registry[ref.label]![ref.field] = relationCompiler(ref);
    if (ref.rel.edge) registry[ref.rel.edge.type] ??= edgeFields(ref.rel.edge.node);
  }
  return registry as FieldRegistry;
}

/** The evidence of the fact in `f.v` (a path step's fact): the model's Fact.evidence. */
const evidence: FieldCompiler = relationCompiler(RELATIONS.find((ref) => ref.rel.edge?.type === 'Evidence')!);

// ---- timeline ----------------------------------------------------------------------------

const timeline: FieldCompiler = (f) => {
  const first = checkFirst(f.args.first as number | null | undefined, 100);
  const offset = offsetOf(f.args.after as string | null | undefined);
  const connection = getNamedType(f.type) as GraphQLObjectType;
  const x = f.b.fresh();
  type Entry = { kind: string; date: PartialDateModel | null; fact: unknown };
  const parts: { responseKey: string; shape: (entries: Entry[]) => unknown }[] = [];
  let factPiece: Piece | null = null;
  for (const [responseKey, nodes] of f.subfields(connection)) {
    const name = nodes[0]!.name.value;
    const fieldType = connection.getFields()[name]?.type;
    if (name === '__typename') parts.push({ responseKey, shape: () => connection.name });
    else if (name === 'totalCount') parts.push({ responseKey, shape: (entries) => leafShape(fieldType!)(entries.length) });
    else if (name === 'pageInfo') {
      const info = pageInfoShape(f, fieldType!, nodes);
      parts.push({ responseKey, shape: (entries) => info({ hasNextPage: entries.length > offset + first, hasPreviousPage: offset > 0, page: entries.slice(offset, offset + first).map((_, i) => encodeCursor([offset + i + 1])) }) });
    } else if (name === 'edges') {
      const edgeType = getNamedType(fieldType!) as GraphQLObjectType;
      const edgeParts = [...f.subfieldsOf(edgeType, nodes)].map(([edgeKey, edgeNodes]) => {
        const edgeField = edgeNodes[0]!.name.value;
        if (edgeField === '__typename') return { edgeKey, shape: () => edgeType.name };
        if (edgeField === 'cursor') return { edgeKey, shape: (_: Entry, index: number) => encodeCursor([offset + index + 1]) };
        if (edgeField !== 'node') throw new NotCompiled(`TimelineEdge.${edgeField}`);
        const entryType = getNamedType(edgeType.getFields().node!.type) as GraphQLObjectType;
        const entryParts = [...f.subfieldsOf(entryType, edgeNodes)].map(([entryKey, entryNodes]) => {
          const entryField = entryNodes[0]!.name.value;
          const type = entryType.getFields()[entryField]?.type;
          if (entryField === '__typename') return { entryKey, shape: () => entryType.name };
          if (entryField === 'kind') return { entryKey, shape: (entry: Entry) => leafShape(type!)(entry.kind) };
          if (entryField === 'date') {
            const shape = dateShape({ type: type!, subfields: (object) => f.subfieldsOf(object, entryNodes) });
            return { entryKey, shape: (entry: Entry) => shape(entry.date) };
          }
          if (entryField !== 'fact') throw new NotCompiled(`TimelineEntry.${entryField}`);
          if (factPiece) throw new NotCompiled('timeline fact selected twice');
          factPiece = f.selectionOf(type!, entryNodes, x);
          const shape = wrapShape(type!, factPiece.shape);
          return { entryKey, shape: (entry: Entry) => shape(entry.fact) };
        });
        return {
          edgeKey,
          shape: (entry: Entry) => {
            const out: Record<string, unknown> = {};
            for (const part of entryParts) out[part.entryKey] = part.shape(entry);
            return out;
          },
        };
      });
      parts.push({
        responseKey,
        shape: (entries) =>
          entries.slice(offset, offset + first).map((entry, index) => {
            const out: Record<string, unknown> = {};
            for (const part of edgeParts) out[part.edgeKey] = part.shape(entry, index);
            return out;
          }),
      });
    } else throw new NotCompiled(`TimelineConnection.${name}`);
  }
  const chosen = factPiece as Piece | null;
  // The entries in the order timelineMatch gives them (the resolvers read the same text).
  return {
    expr: `COLLECT { ${timelineMatch(f.v, x, chosen?.expr ?? 'null')} RETURN [${x}K, ${x}D, ${x}V] }`,
    shape: (value) => {
      const entries = (value as [string, unknown, unknown][]).map(([kind, when, fact]) => ({ kind, date: dateFromList(when), fact }));
      const out: Record<string, unknown> = {};
      for (const part of parts) out[part.responseKey] = part.shape(entries);
      return out;
    },
  };
};

interface PageInfoInput {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** The cursors of the page's edges. */
  page: string[];
}

function pageInfoShape(f: FieldContext, type: GraphQLOutputType, nodes: readonly FieldNode[]): (input: PageInfoInput) => unknown {
  const infoType = getNamedType(type) as GraphQLObjectType;
  const parts = [...f.subfieldsOf(infoType, nodes)].map(([responseKey, fieldNodes]) => {
    const name = fieldNodes[0]!.name.value;
    const leaf = name === '__typename' ? null : leafShape(infoType.getFields()[name]!.type);
    const value = (input: PageInfoInput): unknown => {
      switch (name) {
        case '__typename':
          return infoType.name;
        case 'hasNextPage':
          return input.hasNextPage;
        case 'hasPreviousPage':
          return input.hasPreviousPage;
        case 'startCursor':
          return input.page[0] ?? null;
        case 'endCursor':
          return input.page.at(-1) ?? null;
        default:
          throw new NotCompiled(`PageInfo.${name}`);
      }
    };
    return { responseKey, shape: (input: PageInfoInput) => (leaf ? leaf(value(input)) : value(input)) };
  });
  return (input) => {
    const out: Record<string, unknown> = {};
    for (const part of parts) out[part.responseKey] = part.shape(input);
    return out;
  };
}

// ---- root lists (keyset connections) -----------------------------------------------------

const order = (orderBy: unknown, defaultField: string) => {
  const value = orderBy as { field?: string; direction?: 'ASC' | 'DESC' | null } | null | undefined;
  return { field: value?.field ?? defaultField, direction: value?.direction ?? 'ASC' };
};

interface ConnectionRows<Row> {
  /** The rows of the page, plus one more when there is a next page. */
  rows: Row[];
  total: unknown;
}

/**
 * The selection on a Relay connection (edges, cursor, node, pageInfo, totalCount), shaped
 * from rows of a page. The node selection is compiled on `x`; the caller's Cypher returns
 * each row's node under `n`. `count` says whether totalCount was asked for.
 */
function connection<Row extends { n: unknown }>(
  f: FieldContext,
  x: string,
  first: number,
  hasPrevious: boolean,
  cursorOf: (row: Row, index: number) => string,
): { node: Piece | null; count: boolean; shape: (value: ConnectionRows<Row>) => unknown } {
  const type = getNamedType(f.type) as GraphQLObjectType;
  const parts: { responseKey: string; shape: (value: ConnectionRows<Row>) => unknown }[] = [];
  let node: Piece | null = null;
  let count = false;
  for (const [responseKey, nodes] of f.subfields(type)) {
    const name = nodes[0]!.name.value;
    const fieldType = type.getFields()[name]?.type;
    const cursors = (rows: Row[]) => rows.slice(0, first).map(cursorOf);
    if (name === '__typename') parts.push({ responseKey, shape: () => type.name });
    else if (name === 'totalCount') {
      count = true;
      const leaf = leafShape(fieldType!);
      parts.push({ responseKey, shape: (value) => leaf(value.total) });
    } else if (name === 'pageInfo') {
      const info = pageInfoShape(f, fieldType!, nodes);
      parts.push({ responseKey, shape: (value) => info({ hasNextPage: value.rows.length > first, hasPreviousPage: hasPrevious, page: cursors(value.rows) }) });
    } else if (name === 'edges') {
      const edgeType = getNamedType(fieldType!) as GraphQLObjectType;
      const edgeParts = [...f.subfieldsOf(edgeType, nodes)].map(([edgeKey, edgeNodes]) => {
        const edgeField = edgeNodes[0]!.name.value;
        if (edgeField === '__typename') return { edgeKey, shape: () => edgeType.name };
        if (edgeField === 'cursor') return { edgeKey, shape: cursorOf };
        if (edgeField !== 'node') throw new NotCompiled(`${edgeType.name}.${edgeField}`);
        if (node) throw new NotCompiled('edges.node selected twice');
        const nodeType = edgeType.getFields().node!.type;
        node = f.selectionOf(nodeType, edgeNodes, x);
        const shape = wrapShape(nodeType, node.shape);
        return { edgeKey, shape: (row: Row) => shape(row.n) };
      });
      parts.push({
        responseKey,
        shape: (value) =>
          value.rows.slice(0, first).map((row, index) => {
            const out: Record<string, unknown> = {};
            for (const part of edgeParts) out[part.edgeKey] = part.shape(row, index);
            return out;
          }),
      });
    } else throw new NotCompiled(`${type.name}.${name}`);
  }
  return {
    node,
    count,
    shape: (value) => {
      const out: Record<string, unknown> = {};
      for (const part of parts) out[part.responseKey] = part.shape(value);
      return out;
    },
  };
}

/** A root connection over a keyset list (people, organisations, councils), paged in Cypher. */
const keysetConnection =
  (list: (f: FieldContext) => EntityList, defaultField = 'NAME'): FieldCompiler =>
  (f) => {
    const { spec, params } = list(f);
    const { field, direction } = order(f.args.orderBy, defaultField);
    const { first, order: orderName, afterKey, afterId } = pagePosition({ first: f.args.first as number, after: f.args.after as string | null, field, direction });
    f.b.fixedParams({ ...params, afterKey, afterId, limit: neo4j.int(first + 1) });
    const { page, count } = pageClauses(spec, field, direction, params, afterKey !== null || afterId !== null);
    type Row = { k: string; id: string; n: unknown };
    const shaped = connection<Row>(f, 'n', first, Boolean(f.args.after), (row) => encodeCursor([orderName, row.k, row.id]));
    return withRows(
      { key: 'rows', head: { total: shaped.count ? `COUNT { ${count} RETURN n }` : 'null' }, match: page, row: `{k: sortKey, id: n.id, n: ${shaped.node?.expr ?? 'null'}}` },
      (value) => shaped.shape(value as ConnectionRows<Row>),
    );
  };

/**
 * A nested connection paged by offset, over `list(node)`: a COLLECT of every item in order,
 * `{n: <node>}` each (the resolvers page the same list with sliceConnection). Cypher slices
 * the page and counts the whole.
 */
function offsetConnection(f: FieldContext, x: string, list: (node: string) => string): Piece {
  const first = checkFirst(f.args.first as number | null | undefined, 20);
  const offset = offsetOf(f.args.after as string | null | undefined);
  const shaped = connection<{ n: unknown }>(f, x, first, offset > 0, (_row, index) => encodeCursor([offset + index + 1]));
  const all = f.b.fresh();
  return {
    expr: `[${all} IN [${list(shaped.node?.expr ?? 'null')}] | {rows: ${all}[${f.b.param(neo4j.int(offset))}..${f.b.param(neo4j.int(offset + first + 1))}], total: size(${all})}][0]`,
    shape: (value) => shaped.shape(value as ConnectionRows<{ n: unknown }>),
  };
}

/** careerTransitions: the resolver's match (analysis.repository.ts), paged by offset in Cypher. */
const careerTransitions: FieldCompiler = (f) => {
  const first = checkFirst(f.args.first as number | null | undefined);
  const offset = offsetOf(f.args.after as string | null | undefined);
  const from = tenureMatch(f.args.from as TenureFilter);
  const to = tenureMatch(f.args.to as TenureFilter);
  f.b.fixedParams({ ...transitionParams(from, to, Boolean(f.args.strict)), offset: neo4j.int(offset), limit: neo4j.int(first + 1) });
  const x = f.b.fresh();
  const shaped = connection<{ n: unknown }>(f, x, first, offset > 0, (_row, index) => encodeCursor([offset + index + 1]));
  const match = transitionsMatch(from, to);
  return withRows(
    {
      key: 'rows',
      head: { total: shaped.count ? `COUNT { ${match} RETURN p }` : 'null' },
      match: `${match}
    WITH p, a, b, ordering ORDER BY p.name, p.id, a.id, b.id SKIP $offset LIMIT $limit
    WITH p AS ${x}p, a AS ${x}a, b AS ${x}b, ordering AS ${x}o`,
      row: `{n: ${shaped.node?.expr ?? 'null'}}`,
    },
    (value) => shaped.shape(value as ConnectionRows<{ n: unknown }>),
  );
};

/**
 * paths: the resolver's allShortestPaths between two nodes found by id, each path with its
 * nodes and steps (each step's fact is the end that is a fact; its evidence the relationship's
 * own quote, or the fact's evidence). Null when either end does not exist: the resolvers then
 * answer NOT_FOUND.
 */
const paths: FieldCompiler = (f) => {
  const { from: fromId, to: toId, maxHops: hops, first: count, viaDocuments } = pathArgs(f.args as Parameters<typeof pathArgs>[0]);
  const [a, b, x] = [f.b.fresh(), f.b.fresh(), f.b.fresh()];
  const piece = f.selectionOf(f.type, f.nodes, x);
  const shape = wrapShape(f.type, piece.shape);
  const ends = { from: f.b.param(fromId), to: f.b.param(toId), first: f.b.param(neo4j.int(count)) };
  const found = (v: string, id: string, param: string) => `EXISTS { ${matchShownById(v, id, param)} }`;
  return withRows(
    {
      key: 'paths',
      head: { found: `${found(a, fromId, ends.from)} AND ${found(b, toId, ends.to)}` },
      match: `${pathsMatch(ends, fromId, toId, hops, viaDocuments, a, b)}
      WITH nodes(path) AS ${x}N, relationships(path) AS ${x}R`,
      row: piece.expr!,
    },
    (value) => {
      const result = value as { found: boolean; paths: unknown };
      if (!result.found) throw new NotCompiled('an end of the path does not exist (or is not shown)');
      return shape(result.paths);
    },
  );
};

/**
 * The end of a step that is a fact (not a person, organisation or document), or null. The
 * step's `d` (its end node) is the document of an EVIDENCED_BY step's own evidence.
 */
const ENTITIES = `[${ENTITY_LABELS.map((label) => `'${label}'`).join(', ')}]`;
const stepFact = (s: string) =>
  `CASE WHEN none(l IN labels(${s}F) WHERE l IN ${ENTITIES}) THEN ${s}F WHEN none(l IN labels(${s}T) WHERE l IN ${ENTITIES}) THEN ${s}T END`;

/**
 * The hits described while one search's rows are shaped (set by the `search` shape, which runs
 * synchronously): `matched` and `snippet` both need a TEXT hit's passage in its document, so
 * each is worked out once per response, as the resolvers' `describe` does.
 */
let described: Map<string, ReturnType<typeof describeHit>> | null = null;
function describeOnce(hit: HitData, terms: readonly SearchTerm[], text: string | null): ReturnType<typeof describeHit> {
  if (described === null || text === null || (hit.kind !== 'TEXT' && hit.kind !== 'QUOTE')) return describeHit(hit, terms, text);
  // What a TEXT or QUOTE hit shows depends only on its kind, its quote and its document's text.
  const key = `${hit.kind}\u0000${hit.quote ?? ''}\u0000${text}`;
  let value = described.get(key);
  if (!value) {
    value = describeHit(hit, terms, text);
    described.set(key, value);
  }
  return value;
}

/** The search terms the `search` root field left for its results. */
const searchTerms = (f: FieldContext) => f.b.shared.searchTerms as SearchTerm[];

/** What search.snippet.ts reads of the hit in `v`, as the resolvers' hitData reads it from the node's model. */
const hitExpr = (v: string) =>
  `{kind: ${v}K, isDocument: ${v}:Document, name: ${v}.name, aliases: CASE WHEN ${v}K = 'ENTITY' THEN coalesce(${v}.aliases, []) ELSE [] END, ` +
  `texts: CASE WHEN ${v}K = 'FACT' THEN [${FACT_TEXT_PROPERTIES.map((key) => `${v}.${key}`).join(', ')}] ELSE [] END, quote: ${v}Q}`;

/**
 * SearchResult.snippet: worked out from the hit and its document's text (`xT`), then shaped
 * for the selection on Snippet (its document compiled on `xD`, null for a name, alias or
 * summary match).
 */
const snippet: FieldCompiler = (f) => {
  const terms = searchTerms(f);
  f.b.shared.searchText = 'ALL';
  f.b.shared.searchHit = true;
  const type = getNamedType(f.type) as GraphQLObjectType;
  const fields = type.getFields();
  let document: Piece | null = null;
  const parts = [...f.subfields(type)].map(([responseKey, nodes]) => {
    const name = nodes[0]!.name.value;
    const fieldType = fields[name]?.type;
    type Part = (value: SnippetData, doc: unknown) => unknown;
    let shape: Part;
    if (name === '__typename') shape = () => type.name;
    else if (name === 'text' || name === 'start' || name === 'end') {
      const leaf = leafShape(fieldType!);
      shape = (value) => leaf(value[name]);
    } else if (name === 'highlights') {
      const rangeType = getNamedType(fieldType!) as GraphQLObjectType;
      const rangeParts = [...f.subfieldsOf(rangeType, nodes)].map(([rangeKey, rangeNodes]) => {
        const rangeField = rangeNodes[0]!.name.value;
        if (rangeField === '__typename') return { rangeKey, shape: () => rangeType.name };
        if (rangeField !== 'start' && rangeField !== 'end') throw new NotCompiled(`TextRange.${rangeField}`);
        const leaf = leafShape(rangeType.getFields()[rangeField]!.type);
        return { rangeKey, shape: (range: TextRange) => leaf(range[rangeField]) };
      });
      const list = wrapShape(fieldType!, (range) => {
        const out: Record<string, unknown> = {};
        for (const part of rangeParts) out[part.rangeKey] = part.shape(range as TextRange);
        return out;
      });
      shape = (value) => list(value.highlights);
    } else if (name === 'document') {
      if (document) throw new NotCompiled('Snippet.document selected twice');
      document = f.selectionOf(fieldType!, nodes, `${f.v}D`);
      const wrapped = wrapShape(fieldType!, document.shape);
      shape = (_value, doc) => wrapped(doc);
    } else throw new NotCompiled(`Snippet.${name}`);
    return { responseKey, shape };
  });
  const doc = document as Piece | null;
  return {
    expr: `[${f.v}M, ${f.v}T, ${doc ? `CASE WHEN ${f.v}D IS NULL THEN null ELSE ${doc.expr} END` : 'null'}]`,
    shape: wrapShape(f.type, (value) => {
      const [hit, text, docValue] = value as [HitData, string | null, unknown];
      const data = describeOnce(hit, terms, text).snippet;
      const out: Record<string, unknown> = {};
      for (const part of parts) out[part.responseKey] = part.shape(data, docValue);
      return out;
    }),
  };
};

const SPECIAL_FIELDS: FieldRegistry = {
  Path: {
    length: (f) => ({ expr: `size(${f.v}R)`, shape: leafShape(f.type) }),
    nodes: (f) => {
      const x = f.b.fresh();
      const piece = f.node(x);
      return { expr: `COLLECT { UNWIND ${f.v}N AS ${x} RETURN ${piece.expr} }`, shape: piece.shape };
    },
    steps: (f) => {
      const s = f.b.fresh();
      const piece = f.node(s);
      return {
        expr: `COLLECT { UNWIND range(0, size(${f.v}R) - 1) AS ${s}I
          WITH ${f.v}N[${s}I] AS ${s}F, ${f.v}N[${s}I + 1] AS ${s}T, ${f.v}R[${s}I] AS ${s}
          WITH ${s}F, ${s}T, ${s}, endNode(${s}) AS ${s}N, ${stepFact(s)} AS ${s}X
          RETURN ${piece.expr} }`,
        shape: piece.shape,
      };
    },
  },
  PathStep: {
    from: (f) => f.node(`${f.v}F`),
    to: (f) => f.node(`${f.v}T`),
    relationship: (f) => ({ expr: `type(${f.v})`, shape: leafShape(f.type) }),
    forward: (f) => ({ expr: `startNode(${f.v}) = ${f.v}F`, shape: leafShape(f.type) }),
    fact: (f) => f.node(`${f.v}X`),
    evidence: (f) => {
      const own = f.node(f.v);
      const ofFact = evidence({ ...f, v: `${f.v}X` });
      // The step's own quote (an EVIDENCED_BY step), else its fact's evidence; the same
      // selection compiled twice gives items of the same shape.
      return {
        expr: `CASE WHEN type(${f.v}) = 'EVIDENCED_BY' AND ${f.v}.quote IS NOT NULL THEN [${own.expr}] WHEN ${f.v}X IS NULL THEN [] ELSE ${ofFact.expr} END`,
        shape: own.shape,
      };
    },
  },
  SearchResult: {
    node: (f) => f.node(f.v),
    score: (f) => ({ expr: `${f.v}S`, shape: leafShape(f.type) }),
    field: (f) => {
      const terms = searchTerms(f);
      const leaf = leafShape(f.type);
      f.b.shared.searchHit = true;
      return { expr: `${f.v}M`, shape: (hit) => leaf(matchOf(hit as HitData, terms).field) };
    },
    matched: (f) => {
      const terms = searchTerms(f);
      f.b.shared.searchText ??= 'TEXT';
      f.b.shared.searchHit = true;
      const leaf = leafShape(f.type);
      return {
        expr: `[${f.v}M, ${f.v}T]`,
        shape: (value) => {
          const [hit, text] = value as [HitData, string | null];
          return leaf(hit.kind === 'TEXT' ? describeOnce(hit, terms, text).matched : matchOf(hit, terms).matched);
        },
      };
    },
    snippet,
  },
  CareerTransition: {
    person: (f) => f.node(`${f.v}p`),
    from: (f) => f.node(`${f.v}a`),
    to: (f) => f.node(`${f.v}b`),
    ordering: (f) => ({ expr: `${f.v}o`, shape: leafShape(f.type) }),
  },
};

/**
 * search: the resolvers' query (searchRanked: the best hits, ranked), paged in Cypher, and
 * counted (searchCount) only when totalCount is selected. Each row leaves the hit in `x`, its
 * score in `xS`, what found it in `xK` (HitKind), the evidence quote in `xQ`, the document in
 * `xD` and, when `matched` or `snippet` needs it, the document's text in `xT` (read for the
 * page's hits only). Field, match and snippet are worked out from these as the resolvers work
 * them out (search.snippet.ts).
 */
const search: FieldCompiler = (f) => {
  const { lucene, terms } = parseSearch(String(f.args.query));
  const first = checkFirst(f.args.first as number | null | undefined);
  const offset = offsetOf(f.args.after as string | null | undefined);
  const labels = searchLabels(f.args.kinds as SearchKind[] | null | undefined);
  const includeRetracted = f.args.includeRetracted === true;
  f.b.fixedParams({ lucene, terms: terms.map((term) => term.text), labels });
  f.b.shared.searchTerms = terms;
  f.b.shared.searchText = undefined;
  f.b.shared.searchHit = false;
  const x = f.b.fresh();
  const shaped = connection<{ n: unknown }>(f, x, first, offset > 0, (_row, index) => encodeCursor([offset + index + 1]));
  const text = `${x}D.${SEARCH_INDEXES.documents.property}`;
  const needs = f.b.shared.searchText as 'TEXT' | 'ALL' | undefined;
  const readText = needs === 'ALL' ? `CASE WHEN ${x}D IS NULL THEN null ELSE ${text} END` : needs === 'TEXT' ? `CASE WHEN ${x}K = 'TEXT' THEN ${text} END` : null;
  const best = f.b.fresh();
  const total = f.b.fresh();
  const end = f.b.param(neo4j.int(offset + first + 1));
  const hit = f.b.shared.searchHit ? `, ${hitExpr(x)} AS ${x}M` : '';
  const page = `UNWIND ${best}[${f.b.param(neo4j.int(offset))}..${end}] AS ${x}H
      WITH ${x}H.n AS ${x}, ${x}H.score AS ${x}S, ${x}H.kind AS ${x}K, ${x}H.quote AS ${x}Q, ${x}H.source AS ${x}D
      WITH ${x}, ${x}S, ${x}D${hit}${readText ? `, ${readText} AS ${x}T` : ''}`;
  const count = shaped.count ? `${searchCount(total, { includeRetracted, labels: labels !== null })}\n      ` : '';
  return {
    expr: `COLLECT { ${count}${searchRanked(best, { includeRetracted, labels: labels !== null, k: end })}
      RETURN {total: ${shaped.count ? total : 'null'}, rows: COLLECT { ${page} RETURN {n: ${shaped.node?.expr ?? 'null'}} }} }[0]`,
    shape: (value) => {
      described = new Map();
      try {
        return shaped.shape(value as ConnectionRows<{ n: unknown }>);
      } finally {
        described = null;
      }
    },
  };
};

/**
 * A root lookup's answer for the node in `x` found by id: `{v: <selection>}` when the lookup
 * answers it (isAnswered), `{merged: true}` for a merged stub, else `{}`. A stub is left to
 * the resolvers (the node loader follows it to the node kept): the shape declines it.
 */
const lookUpAnswer = (x: string, label: NodeLabel, includeRetracted: boolean, piece: Piece) =>
  `CASE WHEN ${x} IS NULL THEN {} WHEN ${isMergedStub(x)} THEN {merged: true} WHEN ${isAnswered(x, includeRetracted, [label])} THEN {v: ${piece.expr}} ELSE {} END`;
const lookUpShape = (shape: Shape) => (value: unknown) => {
  const found = (value ?? {}) as { merged?: boolean; v?: unknown };
  if (found.merged) throw new NotCompiled('a merged id: the resolvers follow it to the node kept');
  return shape(found.v ?? null);
};

/** A root lookup by id under the label the id's prefix names (as the node loader does). */
const byId =
  (typename?: string): FieldCompiler =>
  (f) => {
    const id = String(f.args.id);
    const label = labelOfId(id);
    if (!label || (typename && label !== typename)) return { expr: null, shape: wrapShape(f.type, () => null) };
    const x = f.b.fresh();
    const named = getNamedType(f.type);
    const runtime = isObjectType(named) ? named : (f.b.schema.getType(label) as GraphQLObjectType);
    const piece = f.selectionOf(runtime, f.nodes, x);
    return {
      expr: `COLLECT { MATCH (${x}:${label} {id: ${f.b.param(id)}}) RETURN ${lookUpAnswer(x, label, f.args.includeRetracted === true, piece)} LIMIT 1 }[0]`,
      shape: lookUpShape(wrapShape(f.type, piece.shape)),
    };
  };

/**
 * nodes(ids): the ids of each label looked up together (one selection compiled per label, so
 * the text grows with the labels, not the ids), answered in the order given; null for an
 * id that names no node.
 */
const nodesById: FieldCompiler = (f) => {
  const ids = (f.args.ids as string[]).map(String);
  if (ids.length > MAX_PAGE_SIZE) throw userInputError(`\`ids\` may hold at most ${MAX_PAGE_SIZE} ids.`, 'ids');
  const groups = new Map<NodeLabel, number[]>();
  ids.forEach((id, index) => {
    const label = labelOfId(id);
    if (label) groups.set(label, [...(groups.get(label) ?? []), index]);
  });
  const includeRetracted = f.args.includeRetracted === true;
  const parts = [...groups].map(([label, indexes]) => {
    const x = f.b.fresh();
    const piece = f.selectionOf(f.b.schema.getType(label) as GraphQLObjectType, f.nodes, x);
    const list = f.b.param(indexes.map((index) => ids[index]));
    return {
      indexes,
      shape: lookUpShape((row) => (row === null ? null : piece.shape(row))),
      expr: `COLLECT { UNWIND range(0, size(${list}) - 1) AS ${x}K OPTIONAL MATCH (${x}:${label} {id: ${list}[${x}K]})
        WITH ${x}K, ${x} ORDER BY ${x}K RETURN ${lookUpAnswer(x, label, includeRetracted, piece)} }`,
    };
  });
  return {
    expr: parts.length ? `[${parts.map((part) => part.expr).join(', ')}]` : null,
    shape: (value) => {
      const out: unknown[] = ids.map(() => null);
      parts.forEach((part, p) => {
        const rows = (value as unknown[][])[p]!;
        part.indexes.forEach((index, k) => {
          out[index] = part.shape(rows[k]);
        });
      });
      return out;
    },
  };
};

/** neighbourhood: the resolver's query (neighbourhoodMatch), its nodes and edges shaped here. */
const neighbourhood: FieldCompiler = (f) => {
  const args = neighbourhoodArgs(f.args as Parameters<typeof neighbourhoodArgs>[0]);
  const x = f.b.fresh();
  const piece = f.selectionOf(f.type, f.nodes, x);
  const match = neighbourhoodMatch({ id: f.b.param(args.id), labels: f.b.param(args.labels), cap: f.b.param(neo4j.int(args.limit)) }, args.id, args.depth, x);
  return { expr: `COLLECT { ${match} RETURN ${piece.expr} }[0]`, shape: wrapShape(f.type, piece.shape) };
};

/** statements: the resolver's keyset list (statementsList), by date. */
const statements = keysetConnection(
  (f) => statementsList({ about: (f.args.about as string | null) ?? null, speaker: (f.args.speaker as string | null) ?? null, stance: (f.args.stance as string | null) ?? null }),
  'DATE',
);

const NEIGHBOURHOOD_FIELDS: FieldRegistry = {
  Neighbourhood: {
    center: (f) => f.node(`${f.v}C`),
    nodes: (f) => {
      const n = f.b.fresh();
      const piece = f.node(n);
      return { expr: `[${n} IN ${f.v}S | ${piece.expr}]`, shape: piece.shape };
    },
    edges: (f) => {
      const e = f.b.fresh();
      const piece = f.node(e);
      return { expr: `COLLECT { ${neighbourhoodEdges(`${f.v}S`, e)} RETURN ${piece.expr} }`, shape: piece.shape };
    },
    truncated: (f) => ({ expr: `${f.v}T`, shape: leafShape(f.type) }),
  },
  GraphEdge: {
    from: (f) => ({ expr: `${f.v}A.id`, shape: leafShape(f.type) }),
    to: (f) => ({ expr: `${f.v}B.id`, shape: leafShape(f.type) }),
    type: (f) => ({ expr: `type(${f.v})`, shape: leafShape(f.type) }),
    quote: (f) => ({ expr: `${f.v}.quote`, shape: leafShape(f.type) }),
  },
};

const ROOT_FIELDS: FieldRegistry = {
  Query: {
    person: byId('Person'),
    organisation: byId('Organisation'),
    node: byId(),
    nodes: nodesById,
    careerTransitions,
    paths,
    search,
    neighbourhood,
    statements,
    documents: keysetConnection((f) => documentsList((f.args.filter ?? {}) as never), 'TITLE'),
    document: byId('Document'),
    people: keysetConnection((f) => peopleList((f.args.filter ?? {}) as never)),
    organisations: keysetConnection((f) => organisationsList((f.args.filter ?? {}) as never)),
    councils: keysetConnection((f) => councilsList((f.args.filter ?? {}) as never)),
  },
  Organisation: { timeline },
};

/**
 * What the compiler answers: every property and relation of the graph model (derived, so it
 * reads what the batch loader reads), and the root fields, paths, search results, career
 * transitions and neighbourhoods written here. A field the schema lacks is a type error.
 */
export const COMPILED_FIELDS: FieldRegistry = mergeRegistries(modelFields(), ROOT_FIELDS, SPECIAL_FIELDS, NEIGHBOURHOOD_FIELDS);

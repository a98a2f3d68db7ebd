import neo4j from 'neo4j-driver';
import { getNamedType, isObjectType, type FieldNode, type GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import { labelOfId } from '../node/node.ids.js';
import { kindsFromLabels } from '../entities/entities.mappers.js';
import { SEARCH_HITS } from '../search/search.repository.js';
import { bestMatch, searchLabels, searchQuery } from '../search/search.resolvers.js';
import { documentsList } from '../documents/documents.repository.js';
import { councilsList, organisationsList, peopleList, type EntityList } from '../entities/entities.repository.js';
import { pageClauses, pagePosition } from '../pagination/keyset.js';
import { checkFirst, encodeCursor, offsetOf } from '../pagination/pagination.js';
import { buildTimeline } from '../facts/facts.timeline.js';
import type { FactModel, NodeModel, PartialDateModel } from '../graph/graph.mappers.js';
import { LEADER_ROLE_KINDS } from '../graph/graph.repository.js';
import type { SearchKind, TenureFilter } from '../../__generated__/resolvers-types.js';
import { pathsMatch, transitionParams, transitionsMatch } from '../analysis/analysis.repository.js';
import { inRange, LIMITS, requireKnownId, tenureMatch } from '../analysis/analysis.resolvers.js';
import { leafShape, NotCompiled, withRows, wrapShape, type FieldCompiler, type FieldContext, type FieldRegistry, type Piece, type Shape } from './compiler.js';

/**
 * What the compiler can answer: for each type, its fields as Cypher over the node in `f.v`.
 * Each entry mirrors the resolver of the same field (same pattern, filter and order); the
 * equivalence tests run every example operation both ways and compare the responses.
 */

// ---- leaves ------------------------------------------------------------------------------

const prop =
  (name: string, convert?: Shape): FieldCompiler =>
  (f) => ({ expr: `${f.v}.${name}`, shape: leafShape(f.type, convert) });

const aliases: FieldCompiler = (f) => ({ expr: `coalesce(${f.v}.aliases, [])`, shape: leafShape(f.type) });

/** A partial date kept in properties `<key>`, `<key>Precision`, `<key>Earliest`...: fetched whole, shaped in JS. */
const dateExpr = (v: string, key: string) =>
  `CASE WHEN ${v}.${key} IS NULL THEN null ELSE [${v}.${key}, ${v}.${key}Precision, toString(${v}.${key}Earliest), toString(${v}.${key}Latest), ${v}.${key}Relative, ${v}.${key}ResolvedFrom] END`;

function dateModel(value: unknown): PartialDateModel | null {
  if (value === null || value === undefined) return null;
  const [v, precision, earliest, latest, relative, resolvedFrom] = value as (string | null)[];
  return {
    value: String(v),
    precision: precision as PartialDateModel['precision'],
    earliest: String(earliest),
    latest: String(latest),
    relative: relative ?? null,
    resolvedFromId: resolvedFrom ?? null,
  };
}

/** Shapes a PartialDateModel for the selection on a PartialDate field (resolvedFrom is not compiled). */
function dateShape(f: Pick<FieldContext, 'type' | 'subfields'>): (model: PartialDateModel | null) => unknown {
  const type = getNamedType(f.type) as GraphQLObjectType;
  const fields = type.getFields();
  const parts = [...f.subfields(type)].map(([responseKey, nodes]) => {
    const name = nodes[0]!.name.value;
    if (name === '__typename') return { responseKey, shape: () => type.name };
    if (!['value', 'precision', 'earliest', 'latest', 'relative'].includes(name)) throw new NotCompiled(`PartialDate.${name}`);
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

/** The Cypher of each PartialDate field over the properties `<key>...` of `v`. */
const DATE_FIELDS: Record<string, (v: string, key: string) => string> = {
  value: (v, key) => `${v}.${key}`,
  precision: (v, key) => `${v}.${key}Precision`,
  earliest: (v, key) => `toString(${v}.${key}Earliest)`,
  latest: (v, key) => `toString(${v}.${key}Latest)`,
  relative: (v, key) => `${v}.${key}Relative`,
};

/** A partial date field: only the selected parts are read (resolvedFrom is not compiled). */
const date =
  (key: string): FieldCompiler =>
  (f) => {
    const type = getNamedType(f.type) as GraphQLObjectType;
    const parts = [...f.subfields(type)].map(([responseKey, nodes], index) => {
      const name = nodes[0]!.name.value;
      if (name === '__typename') return { responseKey, expr: null, index, shape: () => type.name };
      const read = DATE_FIELDS[name];
      if (!read) throw new NotCompiled(`PartialDate.${name}`);
      return { responseKey, expr: read(f.v, key), index, shape: leafShape(type.getFields()[name]!.type) };
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

// ---- relations ---------------------------------------------------------------------------

/** A single node at the end of `pattern` (over `v` and `x`), e.g. a tenure's organisation. */
const one =
  (pattern: (v: string, x: string) => string): FieldCompiler =>
  (f) => {
    const x = f.b.fresh();
    const piece = f.node(x);
    return { expr: `COLLECT { MATCH ${pattern(f.v, x)} RETURN ${piece.expr} LIMIT 1 }[0]`, shape: piece.shape };
  };

/** Facts are listed by date, undated last, then by id: relatedFacts in entities.resolvers.ts. */
const byDate = (key: string) => (x: string) => `${x}.${key} IS NULL, ${x}.${key}Earliest, ${x}.${key}Latest, ${x}.id`;

/** Every node at the end of `pattern`, filtered by `where` and ordered by `order`. */
const many =
  (pattern: (v: string, x: string) => string, order: (x: string) => string, where?: (f: FieldContext, x: string) => string | null): FieldCompiler =>
  (f) => {
    const x = f.b.fresh();
    const piece = f.node(x);
    const condition = where?.(f, x);
    return {
      expr: `COLLECT { MATCH ${pattern(f.v, x)}${condition ? ` WHERE ${condition}` : ''} WITH ${x} ORDER BY ${order(x)} RETURN ${piece.expr} }`,
      shape: piece.shape,
    };
  };

const roleKinds = (f: FieldContext, x: string) => {
  const kinds = f.args.roleKinds as string[] | null | undefined;
  return kinds?.length ? `${x}.roleKind IN ${f.b.param(kinds)}` : null;
};

/** Evidence: the fact's EVIDENCED_BY relationships, by document id then quote (as the batch loader sorts them). */
const evidence: FieldCompiler = (f) => {
  const r = f.b.fresh();
  const piece = f.node(r);
  return { expr: `COLLECT { MATCH (${f.v})-[${r}:EVIDENCED_BY]->(${r}d:Document) WITH ${r}, ${r}d ORDER BY ${r}d.id, coalesce(${r}.quote, '') RETURN ${piece.expr} }`, shape: piece.shape };
};

// ---- entities ----------------------------------------------------------------------------

const entity = { id: prop('id'), name: prop('name'), aliases, description: prop('description') };
const FACT_BASE = { id: prop('id'), name: prop('name'), evidence };
const org = (rel: string, dir: 'out' | 'in' = 'out') => one((v, x) => (dir === 'out' ? `(${v})-[:${rel}]->(${x}:Organisation)` : `(${v})<-[:${rel}]-(${x}:Organisation)`));

const timeline: FieldCompiler = (f) => {
  const first = checkFirst(f.args.first as number | null | undefined, 100);
  const offset = offsetOf(f.args.after as string | null | undefined);
  const connection = getNamedType(f.type) as GraphQLObjectType;
  const x = f.b.fresh();
  const parts: { responseKey: string; shape: (entries: Entry[]) => unknown }[] = [];
  type Entry = ReturnType<typeof buildTimeline>[number] & { fact: FactModel & { shaped: unknown } };
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
          return { entryKey, shape: (entry: Entry) => shape(entry.fact.shaped) };
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
  // The timeline's facts (as the timelineFacts relation finds them), with the dates that place them.
  const expr = `COLLECT { MATCH (${f.v})<-[:AT|FOR_COUNCIL|PROVIDED_BY|INSPECTED|DIRECTED|INVOLVED|ABOUT|SAID_BY]-(${x})
      WHERE ${x}:Tenure OR ${x}:ServiceArrangement OR ${x}:Inspection OR ${x}:Direction OR ${x}:Event OR ${x}:Statement
      WITH DISTINCT ${x}
      RETURN [[l IN labels(${x}) WHERE l IN ['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement']][0], ${x}.id,
              ${dateExpr(x, 'start')}, ${dateExpr(x, 'end')}, ${dateExpr(x, 'date')}, ${chosen?.expr ?? 'null'}] }`;
  return {
    expr,
    shape: (value) => {
      const facts = (value as [string, string, unknown, unknown, unknown, unknown][]).map(
        ([typename, id, start, end, when, shaped]) => ({ __typename: typename, id, start: dateModel(start), end: dateModel(end), date: dateModel(when), shaped }) as unknown as FactModel,
      );
      const entries = buildTimeline(facts) as Entry[];
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
 * A nested connection paged by offset (sliceConnection): `list` is a COLLECT of every item in
 * order, `{n: <node>}` each; Cypher slices the page and counts the whole.
 */
const offsetConnectionOf =
  (list: (v: string, x: string, node: string) => string, fallbackFirst = 20): FieldCompiler =>
  (f) => {
    const first = checkFirst(f.args.first as number | null | undefined, fallbackFirst);
    const offset = offsetOf(f.args.after as string | null | undefined);
    const x = f.b.fresh();
    const shaped = connection<{ n: unknown }>(f, x, first, offset > 0, (_row, index) => encodeCursor([offset + index + 1]));
    const all = f.b.fresh();
    return {
      expr: `[${all} IN [${list(f.v, x, shaped.node?.expr ?? 'null')}] | {rows: ${all}[${f.b.param(neo4j.int(offset))}..${f.b.param(neo4j.int(offset + first + 1))}], total: size(${all})}][0]`,
      shape: (value) => shaped.shape(value as ConnectionRows<{ n: unknown }>),
    };
  };

/** Documents that mention `v`, newest first, undated last, then by title (relatedDocuments). */
const mentionedIn = offsetConnectionOf(
  (v, x, node) => `COLLECT { MATCH (${v})<-[:MENTIONS]-(${x}:Document) WITH ${x}
    ORDER BY ${x}.published IS NULL, ${x}.publishedEarliest DESC, ${x}.publishedLatest DESC, ${x}.title, ${x}.id RETURN {n: ${node}} }`,
);

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
  const fromId = String(f.args.from);
  const toId = String(f.args.to);
  requireKnownId(fromId, 'from');
  requireKnownId(toId, 'to');
  if (fromId === toId) throw new NotCompiled('same ends');
  const hops = inRange((f.args.maxHops as number | null) ?? 6, 1, LIMITS.maxHops, 'maxHops');
  const count = inRange((f.args.first as number | null) ?? 5, 1, LIMITS.maxPaths, 'first');
  const [a, b, x] = [f.b.fresh(), f.b.fresh(), f.b.fresh()];
  const piece = f.selectionOf(f.type, f.nodes, x);
  const shape = wrapShape(f.type, piece.shape);
  const ends = { from: f.b.param(fromId), to: f.b.param(toId), first: f.b.param(neo4j.int(count)) };
  const found = (v: string, id: string, param: string) => `EXISTS { MATCH (${v}:${labelOfId(id)} {id: ${param}}) }`;
  return withRows(
    {
      key: 'paths',
      head: { found: `${found(a, fromId, ends.from)} AND ${found(b, toId, ends.to)}` },
      match: `${pathsMatch(ends, fromId, toId, hops, Boolean(f.args.viaDocuments), a, b)}
      WITH nodes(path) AS ${x}N, relationships(path) AS ${x}R`,
      row: piece.expr!,
    },
    (value) => {
      const result = value as { found: boolean; paths: unknown };
      if (!result.found) throw new NotCompiled('an end of the path does not exist');
      return shape(result.paths);
    },
  );
};

/**
 * The end of a step that is a fact (not a person, organisation or document), or null. The
 * step's `d` (its end node) is the document of an EVIDENCED_BY step's own evidence.
 */
const ENTITY_LABELS = `['Person', 'Organisation', 'Document']`;
const stepFact = (s: string) =>
  `CASE WHEN none(l IN labels(${s}F) WHERE l IN ${ENTITY_LABELS}) THEN ${s}F WHEN none(l IN labels(${s}T) WHERE l IN ${ENTITY_LABELS}) THEN ${s}T END`;

const PATH_FIELDS: FieldRegistry = {
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
          WITH ${s}F, ${s}T, ${s}, endNode(${s}) AS ${s}d, ${stepFact(s)} AS ${s}X
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
    matched: (f) => {
      const query = String(f.b.shared.searchQuery);
      const leaf = leafShape(f.type);
      return {
        expr: `[${f.v}.name, CASE WHEN ${f.v}:Document THEN [] ELSE coalesce(${f.v}.aliases, []) END]`,
        shape: (value) => {
          const [name, aliases] = value as [unknown, string[]];
          if (typeof name !== 'string') throw new NotCompiled('a search hit without a name');
          return leaf(bestMatch({ name, aliases } as unknown as NodeModel, query));
        },
      };
    },
  },
  CareerTransition: {
    person: (f) => f.node(`${f.v}p`),
    from: (f) => f.node(`${f.v}a`),
    to: (f) => f.node(`${f.v}b`),
    ordering: (f) => ({ expr: `${f.v}o`, shape: leafShape(f.type) }),
  },
};

/** search: the resolver's full-text query, paged in Cypher; `matched` is computed as the resolver does. */
const search: FieldCompiler = (f) => {
  const query = String(f.args.query);
  const lucene = searchQuery(query);
  const first = checkFirst(f.args.first as number | null | undefined);
  const offset = offsetOf(f.args.after as string | null | undefined);
  f.b.fixedParams({ lucene, labels: searchLabels(f.args.kinds as SearchKind[] | null | undefined) });
  f.b.shared.searchQuery = query;
  const x = f.b.fresh();
  const shaped = connection<{ n: unknown }>(f, x, first, offset > 0, (_row, index) => encodeCursor([offset + index + 1]));
  return withRows(
    {
      key: 'rows',
      head: { total: shaped.count ? `COUNT { ${SEARCH_HITS} RETURN n }` : 'null' },
      match: `${SEARCH_HITS}
      WITH n AS ${x}, score AS ${x}S ORDER BY ${x}S DESC, ${x}.id SKIP ${f.b.param(neo4j.int(offset))} LIMIT ${f.b.param(neo4j.int(first + 1))}`,
      row: `{n: ${shaped.node?.expr ?? 'null'}}`,
    },
    (value) => shaped.shape(value as ConnectionRows<{ n: unknown }>),
  );
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
    return { expr: `COLLECT { MATCH (${x}:${label} {id: ${f.b.param(id)}}) RETURN ${piece.expr} LIMIT 1 }[0]`, shape: wrapShape(f.type, piece.shape) };
  };

export const COMPILED_FIELDS: FieldRegistry = {
  Query: {
    person: byId('Person'),
    organisation: byId('Organisation'),
    node: byId(),
    careerTransitions,
    paths,
    search,
    documents: keysetConnection((f) => documentsList((f.args.filter ?? {}) as never), 'TITLE'),
    document: byId('Document'),
    people: keysetConnection((f) => peopleList((f.args.filter ?? {}) as never)),
    organisations: keysetConnection((f) => organisationsList((f.args.filter ?? {}) as never)),
    councils: keysetConnection((f) => councilsList((f.args.filter ?? {}) as never)),
  },
  Person: {
    ...entity,
    tenures: many((v, x) => `(${v})-[:HELD]->(${x}:Tenure)`, byDate('start'), roleKinds),
    mentionedIn,
    statements: many((v, x) => `(${v})<-[:SAID_BY]-(${x}:Statement)`, byDate('date')),
  },
  Organisation: {
    ...entity,
    kinds: (f) => ({ expr: `labels(${f.v})`, shape: (labels) => leafShape(f.type)(kindsFromLabels(labels as string[])) }),
    tenures: many((v, x) => `(${v})<-[:AT]-(${x}:Tenure)`, byDate('start'), roleKinds),
    leaders: many((v, x) => `(${v})<-[:AT]-(${x}:Tenure)`, byDate('start'), (f, x) => `${x}.roleKind IN ${f.b.param(LEADER_ROLE_KINDS)}`),
    arrangements: many((v, x) => `(${v})<-[:FOR_COUNCIL]-(${x}:ServiceArrangement)`, byDate('start')),
    provides: many((v, x) => `(${v})<-[:PROVIDED_BY]-(${x}:ServiceArrangement)`, byDate('start')),
    inspections: many((v, x) => `(${v})<-[:INSPECTED]-(${x}:Inspection)`, byDate('date')),
    directions: many((v, x) => `(${v})<-[:DIRECTED]-(${x}:Direction)`, byDate('date')),
    latestInspection: (f) => {
      const x = f.b.fresh();
      const piece = f.node(x);
      return {
        expr: `COLLECT { MATCH (${f.v})<-[:INSPECTED]-(${x}:Inspection) WHERE ${x}.dateLatest IS NOT NULL
          WITH ${x} ORDER BY ${x}.dateLatest DESC, ${x}.dateEarliest DESC, ${x}.id LIMIT 1 RETURN ${piece.expr} }[0]`,
        shape: piece.shape,
      };
    },
    timeline,
    mentionedIn,
  },
  Document: {
    id: prop('id'),
    name: prop('name'),
    title: prop('title'),
    kind: prop('kind'),
    corpusFile: prop('corpusFile'),
    published: date('published'),
    text: prop('text'),
    outlet: org('PUBLISHED_BY'),
  },
  Evidence: {
    quote: (f) => ({ expr: `${f.v}.quote`, shape: leafShape(f.type, (q) => q ?? '') }),
    document: (f) => {
      const piece = f.node(`${f.v}d`);
      return { expr: piece.expr, shape: piece.shape };
    },
  },
  ...PATH_FIELDS,
  Tenure: {
    ...FACT_BASE,
    person: one((v, x) => `(${v})<-[:HELD]-(${x}:Person)`),
    organisation: org('AT'),
    role: prop('role'),
    roleKind: prop('roleKind'),
    start: date('start'),
    end: date('end'),
    current: prop('current', (value) => (typeof value === 'boolean' ? value : null)),
  },
  ServiceArrangement: {
    ...FACT_BASE,
    council: org('FOR_COUNCIL'),
    provider: org('PROVIDED_BY'),
    start: date('start'),
    end: date('end'),
    origin: (f) => ({ expr: `coalesce(${f.v}.origin, 'UNKNOWN')`, shape: leafShape(f.type) }),
    ending: prop('ending'),
    status: prop('status'),
    description: prop('description'),
  },
  Inspection: {
    ...FACT_BASE,
    subject: org('INSPECTED'),
    inspectorate: org('CONDUCTED_BY'),
    date: date('date'),
    grade: prop('grade'),
    scope: prop('scope'),
  },
  Direction: {
    ...FACT_BASE,
    council: org('DIRECTED'),
    issuedBy: org('ISSUED_BY'),
    date: date('date'),
    kind: prop('kind'),
    summary: prop('summary'),
    arrangement: one((v, x) => `(${v})-[:MANDATED]->(${x}:ServiceArrangement)`),
  },
  Event: {
    ...FACT_BASE,
    kind: prop('kind'),
    date: date('date'),
    description: prop('description'),
    amount: prop('amount'),
    currency: prop('currency'),
    period: prop('period'),
  },
  Statement: {
    ...FACT_BASE,
    quote: prop('quote'),
    summary: prop('summary'),
    stance: prop('stance'),
    date: date('date'),
    document: one((v, x) => `(${v})-[:REPORTED_IN]->(${x}:Document)`),
    speaker: one((v, x) => `(${v})-[:SAID_BY]->(${x}) WHERE ${x}:Person OR ${x}:Organisation`),
  },
  Policy: {
    ...entity,
    evidence,
    issuedBy: org('ISSUED_BY'),
  },
};

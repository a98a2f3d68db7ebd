import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { EDGE_COLUMNS, NODE_COLUMNS, type Column, type ColumnType, type ExportRecord, type ExportValue } from './export.attributes.js';

/**
 * The writers, one per file, each in one place. Each turns pages of records (as they are read)
 * into text as it goes: XML written by hand (GEXF 1.3 and GraphML), CSV by csv-stringify's
 * stream, JSON as `{"nodes": [...], "edges": [...], "meta": {...}}`. None holds more than the
 * page in hand; the response's backpressure decides when the next page is read.
 */

export type ExportScope = 'graph' | 'neighbourhood' | 'paths';

export interface ExportMeta {
  scope: ExportScope;
  /** The arguments in force, defaults filled in. */
  parameters: Record<string, string | number | boolean | string[]>;
  /** True when `limit` cut the export short. */
  truncated: boolean;
  /** The limit that applies (a neighbourhood's `limit`, paths' `first`); null for the whole graph. */
  limit: { name: string; value: number } | null;
  generatedAt: string;
}

export interface ExportSource {
  meta: ExportMeta;
  /** Pages of node records; iterated at most once, lazily. */
  nodes: () => AsyncIterable<ExportRecord[]>;
  edges: () => AsyncIterable<ExportRecord[]>;
}

export interface ExportFormat {
  contentType: string;
  body: (source: ExportSource) => Readable;
}

const GENERATOR = 'childrens-services-graph';

/** One sentence on what the file holds and whether a limit cut it short (XML description, comment). */
export function describe(meta: ExportMeta): string {
  const p = meta.parameters;
  const what =
    meta.scope === 'graph'
      ? 'The whole graph'
      : meta.scope === 'neighbourhood'
        ? `The neighbourhood of ${String(p.around)} to depth ${String(p.depth)}`
        : `The shortest paths from ${String(p.from)} to ${String(p.to)}`;
  const args = Object.entries(p)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
    .join('&');
  const cut = !meta.limit
    ? 'Complete.'
    : meta.truncated
      ? `TRUNCATED: ${meta.limit.name}=${meta.limit.value} cut it short; more ${meta.scope === 'paths' ? 'paths' : 'nodes'} exist.`
      : `Complete within ${meta.limit.name}=${meta.limit.value}.`;
  return `${what}${args ? ` (${args})` : ''}. ${cut}`;
}

// ---- XML ------------------------------------------------------------------------------------

// Characters XML 1.0 cannot hold at all (control characters, lone surrogates) are dropped.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const clean = (text: string) => text.replace(NOT_XML, '');
const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };
/** An attribute value: line breaks and tabs as character references, so a parser keeps them. */
const attr = (text: string) => clean(text).replace(/[&<>"\n\r\t]/g, (c) => ATTRIBUTE_ESCAPES[c]!);
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const text = (value: string) => clean(value).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!);
/** A comment never contains `--`. */
const comment = (value: string) => `<!-- ${clean(value).replaceAll('--', '- -')} -->`;

const present = (value: ExportValue | undefined): value is Exclude<ExportValue, null> =>
  value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);

/** A list in one string: a JSON array (GraphML, CSV). */
const jsonList = (value: string[]) => JSON.stringify(value.map(clean));

// ---- GEXF 1.3 -------------------------------------------------------------------------------

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', boolean: 'boolean', double: 'double', strings: 'liststring' };
// The node's id is the element's; the edge's id, ends and type are the element's too (type also as an attribute).
const GEXF_NODE_COLUMNS = NODE_COLUMNS.filter((column) => column.name !== 'id');
const GEXF_EDGE_COLUMNS = EDGE_COLUMNS.filter((column) => !['id', 'source', 'target'].includes(column.name));

/** A GEXF 1.3 list: `["a", "b"]`, each item quoted with `\"`, `\\`, `\n`, `\r`, `\t` escapes (what its parsers read). */
function gexfValue(column: Column, value: Exclude<ExportValue, null>): string {
  if (column.type === 'strings') return `[${(value as string[]).map((item) => JSON.stringify(clean(item))).join(', ')}]`;
  return String(value);
}

const gexfAttributes = (kind: 'node' | 'edge', columns: Column[]) =>
  `    <attributes class="${kind}">\n${columns.map((c) => `      <attribute id="${attr(c.name)}" title="${attr(c.name)}" type="${GEXF_TYPES[c.type]}"/>\n`).join('')}    </attributes>\n`;

function gexfValues(columns: Column[], record: ExportRecord): string {
  const values = columns.flatMap((column) => {
    const value = record[column.name];
    return present(value) ? [`<attvalue for="${attr(column.name)}" value="${attr(gexfValue(column, value))}"/>`] : [];
  });
  return values.length ? `<attvalues>${values.join('')}</attvalues>` : '';
}

const gexfNode = (record: ExportRecord) =>
  `      <node id="${attr(String(record.id))}" label="${attr(String(record.name ?? record.id))}">${gexfValues(GEXF_NODE_COLUMNS, record)}</node>\n`;
const gexfEdge = (record: ExportRecord) =>
  `      <edge id="${attr(String(record.id))}" source="${attr(String(record.source))}" target="${attr(String(record.target))}" label="${attr(String(record.type))}">${gexfValues(GEXF_EDGE_COLUMNS, record)}</edge>\n`;

async function* gexf(source: ExportSource): AsyncGenerator<string> {
  const { meta } = source;
  yield `<?xml version="1.0" encoding="UTF-8"?>
${comment(describe(meta))}
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta lastmodifieddate="${meta.generatedAt.slice(0, 10)}">
    <creator>${GENERATOR}</creator>
    <keywords>${meta.scope}${meta.truncated ? ', truncated' : ''}</keywords>
    <description>${text(describe(meta))}</description>
  </meta>
  <graph mode="static" defaultedgetype="directed">
${gexfAttributes('node', GEXF_NODE_COLUMNS)}${gexfAttributes('edge', GEXF_EDGE_COLUMNS)}    <nodes>\n`;
  let nodes = 0;
  for await (const page of source.nodes()) {
    nodes += page.length;
    yield page.map(gexfNode).join('');
  }
  yield '    </nodes>\n    <edges>\n';
  let edges = 0;
  for await (const page of source.edges()) {
    edges += page.length;
    yield page.map(gexfEdge).join('');
  }
  yield `    </edges>\n  </graph>\n</gexf>\n${comment(`${nodes} nodes, ${edges} edges.`)}\n`;
}

// ---- GraphML --------------------------------------------------------------------------------

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', boolean: 'boolean', double: 'double', strings: 'string' };
const GRAPHML_NODE_COLUMNS = NODE_COLUMNS.filter((column) => column.name !== 'id');
const GRAPHML_EDGE_COLUMNS = EDGE_COLUMNS.filter((column) => !['id', 'source', 'target'].includes(column.name));
/** The graph's own data: what the file holds and whether a limit cut it short. */
const GRAPHML_GRAPH_COLUMNS: Column[] = [
  { name: 'scope', type: 'string' },
  { name: 'description', type: 'string' },
  { name: 'truncated', type: 'boolean' },
  { name: 'limit', type: 'double' },
];
const KEY_PREFIX = { graph: 'g_', node: 'n_', edge: 'e_' } as const;

const graphmlKeys = (kind: 'graph' | 'node' | 'edge', columns: Column[]) =>
  columns
    .map((c) => `  <key id="${attr(KEY_PREFIX[kind] + c.name)}" for="${kind}" attr.name="${attr(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`)
    .join('');

function graphmlData(kind: 'graph' | 'node' | 'edge', columns: Column[], record: ExportRecord): string {
  return columns
    .flatMap((column) => {
      const value = record[column.name];
      if (!present(value)) return [];
      return [`<data key="${attr(KEY_PREFIX[kind] + column.name)}">${text(Array.isArray(value) ? jsonList(value) : String(value))}</data>`];
    })
    .join('');
}

const graphmlNode = (record: ExportRecord) => `    <node id="${attr(String(record.id))}">${graphmlData('node', GRAPHML_NODE_COLUMNS, record)}</node>\n`;
const graphmlEdge = (record: ExportRecord) =>
  `    <edge id="${attr(String(record.id))}" source="${attr(String(record.source))}" target="${attr(String(record.target))}">${graphmlData('edge', GRAPHML_EDGE_COLUMNS, record)}</edge>\n`;

async function* graphml(source: ExportSource): AsyncGenerator<string> {
  const { meta } = source;
  const graphData: ExportRecord = { scope: meta.scope, description: describe(meta), truncated: meta.truncated, limit: meta.limit?.value ?? null };
  yield `<?xml version="1.0" encoding="UTF-8"?>
${comment(describe(meta))}
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
${graphmlKeys('graph', GRAPHML_GRAPH_COLUMNS)}${graphmlKeys('node', GRAPHML_NODE_COLUMNS)}${graphmlKeys('edge', GRAPHML_EDGE_COLUMNS)}  <graph id="${GENERATOR}" edgedefault="directed">
    ${graphmlData('graph', GRAPHML_GRAPH_COLUMNS, graphData)}\n`;
  let nodes = 0;
  for await (const page of source.nodes()) {
    nodes += page.length;
    yield page.map(graphmlNode).join('');
  }
  let edges = 0;
  for await (const page of source.edges()) {
    edges += page.length;
    yield page.map(graphmlEdge).join('');
  }
  yield `  </graph>\n</graphml>\n${comment(`${nodes} nodes, ${edges} edges.`)}\n`;
}

// ---- CSV ------------------------------------------------------------------------------------

/** A cell: lists as JSON arrays, booleans as true/false, nothing as an empty cell. */
const cell = (value: ExportValue | undefined): string => (!present(value) ? '' : Array.isArray(value) ? JSON.stringify(value) : String(value));

async function* rows(pages: AsyncIterable<ExportRecord[]>, columns: Column[]): AsyncGenerator<string[]> {
  for await (const page of pages) for (const record of page) yield columns.map((column) => cell(record[column.name]));
}

/** One row per record under a header of every column; the truncation is in the response headers. */
function csv(pages: AsyncIterable<ExportRecord[]>, columns: Column[]): Readable {
  const stringifier = stringify({ header: true, columns: columns.map((column) => column.name) });
  // An error reading the graph destroys the stringifier with it, and so the response.
  pipeline(Readable.from(rows(pages, columns)), stringifier, () => {});
  return stringifier;
}

// ---- JSON -----------------------------------------------------------------------------------

async function* json(source: ExportSource): AsyncGenerator<string> {
  const counts = { nodes: 0, edges: 0 };
  for (const part of ['nodes', 'edges'] as const) {
    yield part === 'nodes' ? '{"nodes":[' : '],"edges":[';
    for await (const page of source[part]()) {
      yield `${counts[part] === 0 ? '\n' : ',\n'}${page.map((record) => JSON.stringify(record)).join(',\n')}`;
      counts[part] += page.length;
    }
  }
  const meta = {
    ...source.meta,
    description: describe(source.meta),
    nodeCount: counts.nodes,
    edgeCount: counts.edges,
    nodeAttributes: NODE_COLUMNS,
    edgeAttributes: EDGE_COLUMNS,
  };
  yield `\n],"meta":${JSON.stringify(meta)}}\n`;
}

/** The export files, by name (`/export/<name>`). */
export const FORMATS: Record<string, ExportFormat> = {
  'graph.gexf': { contentType: 'application/gexf+xml; charset=utf-8', body: (source) => Readable.from(gexf(source)) },
  'graph.graphml': { contentType: 'application/graphml+xml; charset=utf-8', body: (source) => Readable.from(graphml(source)) },
  'nodes.csv': { contentType: 'text/csv; charset=utf-8; header=present', body: (source) => csv(source.nodes(), NODE_COLUMNS) },
  'edges.csv': { contentType: 'text/csv; charset=utf-8; header=present', body: (source) => csv(source.edges(), EDGE_COLUMNS) },
  'graph.json': { contentType: 'application/json; charset=utf-8', body: (source) => Readable.from(json(source)) },
};

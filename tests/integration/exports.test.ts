import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph as Graph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { AbstractGraph } from 'graphology-types';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FACT_LABELS, FACT_TYPES, labelOfId, NODE_LABELS } from '../../src/model/model.js';
import { EDGE_COLUMNS, NODE_COLUMNS } from '../../src/modules/export/export.attributes.js';
import { ExportRepository } from '../../src/modules/export/export.repository.js';
import { startTestApi, type TestApi } from '../helpers.js';

const ANDY = 'person:andy-couldrick';
const ALLISON = 'person:allison-parkinson';
const AROUND = `around=${ANDY}&depth=2`;

interface JsonExport {
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
  meta: { scope: string; truncated: boolean; limit: { name: string; value: number } | null; nodeCount: number; edgeCount: number };
}

let api: TestApi;
/** The GraphQL neighbourhood of Andy Couldrick, two hops. */
let hood: { truncated: boolean; nodes: { id: string }[]; edges: { from: string; to: string; type: string; quote: string | null }[] };

const isFact = (id: string) => {
  const label = labelOfId(id);
  return label !== null && FACT_LABELS.includes(label);
};
const edgeKey = (source: string, type: string, target: string) => `${source} -${type}-> ${target}`;
const sorted = (values: Iterable<string>) => [...values].sort();

async function get(path: string): Promise<{ status: number; headers: Headers; text: string }> {
  const response = await fetch(`${api.url}${path}`);
  return { status: response.status, headers: response.headers, text: await response.text() };
}

function graphEdges(graph: AbstractGraph): string[] {
  return sorted(graph.mapEdges((_, attributes, source, target) => edgeKey(source, String(attributes.type), target)));
}

beforeAll(async () => {
  // The default 5 s per transaction, but for the first (cold) planning of each export query on a shared, loaded host.
  api = await startTestApi({ queryTimeoutMs: 30_000 });
  const answer = await api.graphql<{ neighbourhood: typeof hood }>(
    `query ($id: ID!) { neighbourhood(id: $id, depth: 2) { truncated nodes { id } edges { from to type quote } } }`,
    { id: ANDY },
  );
  expect(answer.errors).toBeUndefined();
  hood = answer.data!.neighbourhood;
  // The comparisons below mean something only if the neighbourhood has facts, evidence and more than one hop.
  expect(hood.truncated).toBe(false);
  expect(hood.nodes.length).toBeGreaterThan(10);
  expect(hood.nodes.some((node) => isFact(node.id))).toBe(true);
});

afterAll(async () => {
  await api?.close();
});

describe("exports of Andy Couldrick's 2-hop neighbourhood", () => {
  const hoodNodes = () => sorted(hood.nodes.map((node) => node.id));
  const hoodEdges = () => sorted(hood.edges.map((edge) => edgeKey(edge.from, edge.type, edge.to)));

  it('GraphML parses back (graphology-graphml) into the same nodes and edges as the GraphQL answer', async () => {
    const { status, headers, text } = await get(`/export/graph.graphml?${AROUND}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    expect(headers.get('content-disposition')).toBe('attachment; filename="neighbourhood-person-andy-couldrick-depth2.graphml"');
    expect(headers.get('x-export-truncated')).toBe('false');
    expect(headers.get('x-export-limit')).toBe('200');
    const graph = parseGraphml(Graph, text);
    expect(sorted(graph.nodes())).toEqual(hoodNodes());
    expect(graphEdges(graph)).toEqual(hoodEdges());
    expect(graph.getAttribute('truncated')).toBe(false);
    expect(graph.getNodeAttribute(ANDY, 'kind')).toBe('Person');
    expect(graph.getNodeAttribute(ANDY, 'name')).toBe('Andy Couldrick');
    // A fact carries its evidence; a dated fact its date's parts.
    const tenure = graph.filterNodes((_, attributes) => attributes.kind === 'Tenure' && attributes.start !== undefined)[0]!;
    const attributes = graph.getNodeAttributes(tenure);
    expect(JSON.parse(String(attributes.evidenceQuotes)).length).toBeGreaterThan(0);
    expect(JSON.parse(String(attributes.evidenceDocuments)).every((id: string) => id.startsWith('doc:'))).toBe(true);
    expect(attributes.startEarliest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof attributes.startInferred).toBe('boolean');
  });

  it('GEXF parses back (graphology-gexf) into the same nodes and edges, with typed attributes', async () => {
    const { status, headers, text } = await get(`/export/graph.gexf?${AROUND}`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/gexf\+xml/);
    expect(headers.get('content-disposition')).toBe('attachment; filename="neighbourhood-person-andy-couldrick-depth2.gexf"');
    const graph = parseGexf(Graph, text);
    expect(sorted(graph.nodes())).toEqual(hoodNodes());
    expect(graphEdges(graph)).toEqual(hoodEdges());
    expect(graph.getNodeAttribute(ANDY, 'label')).toBe('Andy Couldrick');
    expect(graph.getNodeAttribute(ANDY, 'labels')).toEqual(['Person']);
    const fact = hood.nodes.find((node) => isFact(node.id))!.id;
    const quotes = graph.getNodeAttribute(fact, 'evidenceQuotes') as string[];
    expect(Array.isArray(quotes) && quotes.length > 0).toBe(true);
    // An edge into a fact carries the fact's evidence, as documents and quotes.
    const intoFact = graph.findEdge((_, attributes, source, target) => !isFact(source) && isFact(target) && attributes.type !== 'EVIDENCED_BY')!;
    expect(graph.getEdgeAttribute(intoFact, 'fact')).toBe(graph.target(intoFact));
    expect((graph.getEdgeAttribute(intoFact, 'evidenceQuotes') as string[]).length).toBeGreaterThan(0);
    expect(intoFact).toMatch(/^[^|]+\|[A-Z_]+\|[^|]+\|\d+$/);
  });

  it('the CSVs have one row per node and per edge, with the evidence quotes in the rows', async () => {
    const nodes = await get(`/export/nodes.csv?${AROUND}`);
    expect(nodes.status).toBe(200);
    expect(nodes.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(nodes.headers.get('content-disposition')).toBe('attachment; filename="neighbourhood-person-andy-couldrick-depth2-nodes.csv"');
    expect(nodes.headers.get('x-export-truncated')).toBe('false');
    const nodeRows = parseCsv(nodes.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(nodeRows[0]!)).toEqual(NODE_COLUMNS.map((column) => column.name));
    expect(nodeRows.map((row) => row.id).sort()).toEqual(hoodNodes());
    for (const row of nodeRows) {
      if (isFact(row.id!)) expect(JSON.parse(row.evidenceQuotes!).length, row.id).toBeGreaterThan(0);
      else expect(row.evidenceQuotes, row.id).toBe('');
    }

    const edges = await get(`/export/edges.csv?${AROUND}`);
    expect(edges.status).toBe(200);
    const edgeRows = parseCsv(edges.text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(edgeRows[0]!)).toEqual(EDGE_COLUMNS.map((column) => column.name));
    expect(sorted(edgeRows.map((row) => edgeKey(row.source!, row.type!, row.target!)))).toEqual(hoodEdges());
    expect(new Set(edgeRows.map((row) => row.id)).size).toBe(edgeRows.length);
    // Each evidence edge keeps its own quote, the same as the GraphQL edge's.
    const quotes = (rows: { from: string; type: string; to: string; quote: string | null }[]) =>
      sorted(rows.filter((row) => row.type === 'EVIDENCED_BY').map((row) => `${row.from} ${row.to} ${row.quote}`));
    expect(quotes(edgeRows.map((row) => ({ from: row.source!, type: row.type!, to: row.target!, quote: row.quote! })))).toEqual(quotes(hood.edges));
    // Every edge touching a fact carries evidence.
    for (const row of edgeRows) {
      if (isFact(row.source!) || isFact(row.target!)) expect(JSON.parse(row.evidenceQuotes!).length, row.id).toBeGreaterThan(0);
    }
  });

  it('the JSON agrees, and never holds a document text', async () => {
    const { status, headers, text } = await get(`/export/graph.json?${AROUND}&kinds=PERSON,ORGANISATION,TENURE,DOCUMENT`);
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as JsonExport;
    const graphql = await api.graphql<{ neighbourhood: typeof hood }>(
      `query ($id: ID!) { neighbourhood(id: $id, depth: 2, kinds: [PERSON, ORGANISATION, TENURE, DOCUMENT]) { nodes { id } edges { from to type } } }`,
      { id: ANDY },
    );
    const expected = graphql.data!.neighbourhood;
    expect(sorted(body.nodes.map((node) => String(node.id)))).toEqual(sorted(expected.nodes.map((node) => node.id)));
    expect(sorted(body.edges.map((edge) => edgeKey(String(edge.source), String(edge.type), String(edge.target))))).toEqual(
      sorted(expected.edges.map((edge) => edgeKey(edge.from, edge.type, edge.to))),
    );
    expect(body.meta).toMatchObject({ scope: 'neighbourhood', truncated: false, limit: { name: 'limit', value: 200 }, nodeCount: body.nodes.length, edgeCount: body.edges.length });
    const document = body.nodes.find((node) => node.kind === 'Document');
    expect(document?.title).toEqual(expect.any(String));
    expect(body.nodes.every((node) => !('text' in node))).toBe(true);

    const plain = JSON.parse((await get(`/export/graph.json?${AROUND}`)).text) as JsonExport;
    expect(sorted(plain.nodes.map((node) => String(node.id)))).toEqual(hoodNodes());
    expect(sorted(plain.edges.map((edge) => edgeKey(String(edge.source), String(edge.type), String(edge.target))))).toEqual(hoodEdges());
  });

  it('says so, in the headers and in every file, when the limit cuts it short', async () => {
    const json = await get(`/export/graph.json?${AROUND}&limit=5`);
    expect(json.headers.get('x-export-truncated')).toBe('true');
    expect(json.headers.get('x-export-limit')).toBe('5');
    const body = JSON.parse(json.text) as JsonExport;
    expect(body.nodes).toHaveLength(5);
    expect(body.meta.truncated).toBe(true);

    const gexf = await get(`/export/graph.gexf?${AROUND}&limit=5`);
    expect(gexf.headers.get('x-export-truncated')).toBe('true');
    expect(gexf.text).toContain('<!-- The neighbourhood of person:andy-couldrick to depth 2 (around=person:andy-couldrick&depth=2&limit=5). TRUNCATED: limit=5');
    expect(String(parseGexf(Graph, gexf.text).getAttribute('description'))).toContain('TRUNCATED: limit=5');

    const graphml = parseGraphml(Graph, (await get(`/export/graph.graphml?${AROUND}&limit=5`)).text);
    expect(graphml.getAttribute('truncated')).toBe(true);
    expect(graphml.getAttribute('limit')).toBe(5);
    expect(graphml.order).toBe(5);

    const csv = await get(`/export/nodes.csv?${AROUND}&limit=5`);
    expect(csv.headers.get('x-export-truncated')).toBe('true');
    expect(parseCsv(csv.text, { columns: true })).toHaveLength(5);
  });
});

describe('exports of the shortest paths', () => {
  it('from Andy Couldrick to Allison Parkinson: the nodes and edges of the GraphQL paths answer', async () => {
    const answer = await api.graphql<{ paths: { nodes: { id: string }[]; steps: { from: { id: string }; to: { id: string }; relationship: string; forward: boolean }[] }[] }>(
      `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to) { nodes { id } steps { from { id } to { id } relationship forward } } }`,
      { from: ANDY, to: ALLISON },
    );
    expect(answer.errors).toBeUndefined();
    const paths = answer.data!.paths;
    expect(paths.length).toBeGreaterThan(0);
    const nodes = sorted(new Set(paths.flatMap((path) => path.nodes.map((node) => node.id))));
    const edges = sorted(
      new Set(paths.flatMap((path) => path.steps.map((step) => (step.forward ? edgeKey(step.from.id, step.relationship, step.to.id) : edgeKey(step.to.id, step.relationship, step.from.id))))),
    );

    const query = `from=${ANDY}&to=${ALLISON}`;
    const json = await get(`/export/graph.json?${query}`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="paths-person-andy-couldrick-person-allison-parkinson.json"');
    expect(json.headers.get('x-export-limit')).toBe('5');
    const body = JSON.parse(json.text) as JsonExport;
    expect(sorted(body.nodes.map((node) => String(node.id)))).toEqual(nodes);
    expect(sorted(body.edges.map((edge) => edgeKey(String(edge.source), String(edge.type), String(edge.target))))).toEqual(edges);
    expect(body.meta.truncated).toBe(json.headers.get('x-export-truncated') === 'true');

    const gexf = parseGexf(Graph, (await get(`/export/graph.gexf?${query}`)).text);
    expect(sorted(gexf.nodes())).toEqual(nodes);
    expect(graphEdges(gexf)).toEqual(edges);
    const graphml = parseGraphml(Graph, (await get(`/export/graph.graphml?${query}`)).text);
    expect(sorted(graphml.nodes())).toEqual(nodes);
    expect(graphEdges(graphml)).toEqual(edges);
  });

  it('says so when `first` cuts the paths short', async () => {
    // A pair with more than one shortest path (as paths follows them: facts, not documents): Andy Couldrick and someone.
    const [found] = await api.db.read<{ to: string }>(
      `MATCH (a:Person {id: $from}) MATCH (b:Person) WHERE b <> a
       MATCH p = allShortestPaths((a)-[:${FACT_TYPES.join('|')}*..6]-(b))
       WITH b, count(p) AS n WHERE n >= 2 RETURN b.id AS to ORDER BY n, b.id LIMIT 1`,
      { from: ANDY },
    );
    if (!found) throw new Error('nobody has two shortest paths to Andy Couldrick: the test needs someone');
    const all = await api.graphql<{ paths: unknown[] }>(`{ paths(from: "${ANDY}", to: "${found.to}", first: 25) { length } }`);
    const pair = { to: found.to, count: all.data!.paths.length };
    expect(pair.count).toBeGreaterThanOrEqual(2);
    const cut = await get(`/export/graph.json?from=${ANDY}&to=${pair.to}&first=1`);
    expect(cut.headers.get('x-export-truncated')).toBe('true');
    expect(cut.headers.get('x-export-limit')).toBe('1');
    expect((JSON.parse(cut.text) as JsonExport).meta.truncated).toBe(true);
    expect(parseGraphml(Graph, (await get(`/export/graph.graphml?from=${ANDY}&to=${pair.to}&first=1`)).text).getAttribute('truncated')).toBe(true);
    const whole = await get(`/export/graph.json?from=${ANDY}&to=${pair.to}&first=${pair.count}`);
    expect(whole.headers.get('x-export-truncated')).toBe('false');
    expect((JSON.parse(whole.text) as JsonExport).meta.truncated).toBe(false);
  });
});

describe('the whole-graph export', () => {
  let nodeIds: string[];
  let edgeKeys: string[];

  beforeAll(async () => {
    const [nodes] = await api.db.read<{ ids: string[] }>('MATCH (n) RETURN collect(n.id) AS ids');
    const [rels] = await api.db.read<{ keys: string[] }>("MATCH (a)-[r]->(b) RETURN collect(a.id + ' -' + type(r) + '-> ' + b.id) AS keys");
    nodeIds = sorted(nodes!.ids);
    edgeKeys = sorted(rels!.keys);
    expect(nodeIds.length).toBeGreaterThan(100);
  });

  it('has every node and every relationship of the database, in every format, read in pages', async () => {
    const spy = vi.spyOn(api.db.driver, 'executeQuery');
    let json: Awaited<ReturnType<typeof get>>;
    let cypher: string[];
    try {
      json = await get('/export/graph.json');
      cypher = spy.mock.calls.map((call) => String(call[0]));
    } finally {
      spy.mockRestore();
    }
    const pages = cypher.filter((cypher) => /exportNodePage|exportEdgePage/.test(cypher));
    // At least one read per label for the nodes and one for the edges: never one long transaction.
    expect(pages.length).toBeGreaterThanOrEqual(2 * NODE_LABELS.length);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-disposition')).toBe('attachment; filename="graph.json"');
    expect(json.headers.get('x-export-truncated')).toBe('false');
    expect(json.headers.get('x-export-limit')).toBeNull();
    expect(json.headers.get('content-length')).toBeNull();
    const body = JSON.parse(json.text) as JsonExport;
    expect(sorted(body.nodes.map((node) => String(node.id)))).toEqual(nodeIds);
    expect(sorted(body.edges.map((edge) => edgeKey(String(edge.source), String(edge.type), String(edge.target))))).toEqual(edgeKeys);
    expect(new Set(body.edges.map((edge) => edge.id)).size).toBe(edgeKeys.length);
    expect(body.meta).toMatchObject({ scope: 'graph', truncated: false, limit: null, nodeCount: nodeIds.length, edgeCount: edgeKeys.length });
    expect(json.text).not.toContain('"text":');

    const gexf = parseGexf(Graph, (await get('/export/graph.gexf')).text);
    expect(sorted(gexf.nodes())).toEqual(nodeIds);
    expect(graphEdges(gexf)).toEqual(edgeKeys);
    const graphml = parseGraphml(Graph, (await get('/export/graph.graphml')).text);
    expect(sorted(graphml.nodes())).toEqual(nodeIds);
    expect(graphEdges(graphml)).toEqual(edgeKeys);
    // The same edge ids whatever the export: the neighbourhood's are the whole graph's.
    const hoodIds = (JSON.parse((await get(`/export/graph.json?${AROUND}`)).text) as JsonExport).edges.map((edge) => String(edge.id));
    const allIds = new Set(body.edges.map((edge) => String(edge.id)));
    expect(hoodIds.every((id) => allIds.has(id))).toBe(true);

    const nodeRows = parseCsv((await get('/export/nodes.csv')).text, { columns: true }) as Record<string, string>[];
    expect(sorted(nodeRows.map((row) => row.id!))).toEqual(nodeIds);
    const edgeRows = parseCsv((await get('/export/edges.csv')).text, { columns: true }) as Record<string, string>[];
    expect(sorted(edgeRows.map((row) => edgeKey(row.source!, row.type!, row.target!)))).toEqual(edgeKeys);
  });

  it('pages by id without losing or repeating a node or an edge (small pages)', async () => {
    const collect = async (pages: AsyncIterable<Record<string, unknown>[]>, most = Infinity) => {
      const records: Record<string, unknown>[] = [];
      let count = 0;
      for await (const page of pages) {
        expect(page.length).toBeLessThanOrEqual(most);
        records.push(...page);
        count += 1;
      }
      return { records, count };
    };
    const small = new ExportRepository(api.db, 7);
    const nodes = await collect(small.nodePages(), 7);
    expect(nodes.count).toBeGreaterThan(nodeIds.length / 7);
    expect(sorted(nodes.records.map((node) => String(node.id)))).toEqual(nodeIds);
    const edges = await collect(small.edgePages());
    expect(edges.count).toBeGreaterThan(NODE_LABELS.length);
    expect(sorted(edges.records.map((edge) => edgeKey(String(edge.source), String(edge.type), String(edge.target))))).toEqual(edgeKeys);
    const big = await collect(new ExportRepository(api.db).edgePages());
    expect(sorted(edges.records.map((edge) => String(edge.id)))).toEqual(sorted(big.records.map((edge) => String(edge.id))));
  });
});

describe('bad requests', () => {
  const cases: [string, number, string][] = [
    ['/export/graph.json?around=person:nobody-at-all', 404, 'NOT_FOUND'],
    ['/export/graph.json?around=nobody:x', 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&depth=4`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&depth=0`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&depth=two`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&limit=501`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&kinds=PEOPLE`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&from=${ANDY}&to=${ALLISON}`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&maxHops=3`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?depth=2`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?from=${ANDY}`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?from=${ANDY}&to=${ANDY}`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?from=${ANDY}&to=${ALLISON}&maxHops=11`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?from=${ANDY}&to=${ALLISON}&first=26`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?from=${ANDY}&to=person:nobody-at-all`, 404, 'NOT_FOUND'],
    [`/export/graph.json?id=${ANDY}`, 400, 'BAD_USER_INPUT'],
    [`/export/graph.json?around=${ANDY}&depth=1&depth=2`, 400, 'BAD_USER_INPUT'],
    ['/export/graph.xml', 404, 'NOT_FOUND'],
    ['/export/', 404, 'NOT_FOUND'],
  ];

  it.each(cases)('%s answers %i %s as JSON, with no stack trace', async (path, status, code) => {
    const { status: got, headers, text } = await get(path);
    expect(got).toBe(status);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    const body = JSON.parse(text) as { error: string; code: string };
    expect(body.code).toBe(code);
    expect(body.error).toEqual(expect.any(String));
    expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });

  it('uses the GraphQL checks: the same message for a depth out of range', async () => {
    const graphql = await api.graphql(`{ neighbourhood(id: "${ANDY}", depth: 4) { truncated } }`);
    const { text } = await get(`/export/graph.json?around=${ANDY}&depth=4`);
    expect((JSON.parse(text) as { error: string }).error).toBe(graphql.errors![0]!.message);
  });

  it('answers only GET', async () => {
    const response = await fetch(`${api.url}/export/graph.json`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, OPTIONS');
  });
});

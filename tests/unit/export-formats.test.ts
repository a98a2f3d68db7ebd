import { Readable } from 'node:stream';
import { parse as parseCsv } from 'csv-parse/sync';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { NODE_COLUMNS, type ExportRecord } from '../../src/modules/export/export.attributes.js';
import { FORMATS, type ExportSource } from '../../src/modules/export/export.formats.js';

// Text that XML, GEXF lists, JSON and CSV each have to escape: quotes, markup, commas, brackets,
// backslashes, line breaks, tabs; and a control character XML cannot hold at all (dropped).
const NASTY = `He said "no" & <left>, 'ok'\nnext\tline \\ back [x]`;
const QUOTES = ['a, b', '"quoted"', 'back\\slash', 'new\nline', '[brackets]', "it's"];

const nodes: ExportRecord[] = [
  { id: 'person:a', kind: 'Person', labels: ['Person'], name: `${NASTY}\u0001`, aliases: [] },
  { id: 'event:e', kind: 'Event', labels: ['Event'], name: 'E', amount: 1.5, dateInferred: true, evidenceDocuments: ['doc:d', 'doc:d'], evidenceQuotes: QUOTES },
];
const edges: ExportRecord[] = [
  { id: 'event:e|INVOLVED|person:a|0', type: 'INVOLVED', source: 'event:e', target: 'person:a', quote: null, fact: 'event:e', evidenceDocuments: ['doc:d'], evidenceQuotes: QUOTES },
];

function source(truncated = false): ExportSource {
  return {
    meta: { scope: 'neighbourhood', parameters: { around: 'person:a', depth: 1, limit: 2 }, truncated, limit: { name: 'limit', value: 2 }, generatedAt: '2025-01-01T00:00:00.000Z' },
    // Two pages of nodes, to cover the joins between pages.
    nodes: () => Readable.from([[nodes[0]!], [nodes[1]!]]),
    edges: () => Readable.from([edges]),
  };
}

async function body(file: string, truncated = false): Promise<string> {
  let text = '';
  for await (const chunk of FORMATS[file]!.body(source(truncated))) text += String(chunk);
  return text;
}

describe('export writers', () => {
  it('GEXF keeps every character XML can hold, lists and types included', async () => {
    const graph = parseGexf(MultiGraph, await body('graph.gexf'));
    expect(graph.getNodeAttribute('person:a', 'name')).toBe(NASTY);
    expect(graph.getNodeAttribute('person:a', 'label')).toBe(NASTY);
    expect(graph.hasNodeAttribute('person:a', 'aliases')).toBe(false);
    expect(graph.getNodeAttribute('event:e', 'evidenceQuotes')).toEqual(QUOTES);
    expect(graph.getNodeAttribute('event:e', 'amount')).toBe(1.5);
    expect(graph.getNodeAttribute('event:e', 'dateInferred')).toBe(true);
    expect(graph.getEdgeAttribute('event:e|INVOLVED|person:a|0', 'evidenceQuotes')).toEqual(QUOTES);
    expect(graph.getEdgeAttribute('event:e|INVOLVED|person:a|0', 'type')).toBe('INVOLVED');
    expect(graph.type).toBe('directed');
  });

  it('GraphML keeps them too, lists as JSON', async () => {
    const graph = parseGraphml(MultiGraph, await body('graph.graphml', true));
    expect(graph.getNodeAttribute('person:a', 'name')).toBe(NASTY);
    expect(JSON.parse(String(graph.getNodeAttribute('event:e', 'evidenceQuotes')))).toEqual(QUOTES);
    expect(graph.getNodeAttribute('event:e', 'dateInferred')).toBe(true);
    expect(graph.getAttribute('truncated')).toBe(true);
    expect(graph.source('event:e|INVOLVED|person:a|0')).toBe('event:e');
  });

  it('CSV has a column for every attribute and lists as JSON', async () => {
    const rows = parseCsv(await body('nodes.csv'), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!)).toEqual(NODE_COLUMNS.map((column) => column.name));
    expect(rows[0]!.name).toBe(`${NASTY}\u0001`);
    expect(rows[0]!.aliases).toBe('');
    expect(JSON.parse(rows[1]!.evidenceQuotes!)).toEqual(QUOTES);
    expect(rows[1]!.dateInferred).toBe('true');
  });

  it('JSON streams nodes, edges and then meta', async () => {
    const parsed = JSON.parse(await body('graph.json', true)) as { nodes: ExportRecord[]; edges: ExportRecord[]; meta: Record<string, unknown> };
    expect(parsed.nodes).toEqual(nodes);
    expect(parsed.edges).toEqual(edges);
    expect(parsed.meta).toMatchObject({ truncated: true, limit: { name: 'limit', value: 2 }, nodeCount: 2, edgeCount: 1 });
  });
});

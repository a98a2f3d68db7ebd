import { useCallback, useEffect, useRef, useState } from 'react';
import type { Core, ElementDefinition } from 'cytoscape';
import { NetworkNeighbourhoodDocument, type NodeLabelFragment } from '../__generated__/graphql';
import { request } from '../api';
import { FACT_TYPES, nodeHref, nodeName, typeLabel } from '../labels';
import { Link } from '../router';

// The neighbourhood of a connection as a network (cytoscape.js, loaded only on this page).
// Clicking a node fetches its neighbourhood at depth 1 and merges it in. The list under the
// network holds the same nodes, each with a button doing the same: the keyboard way in.

export interface GraphEdgeLike {
  from: string;
  to: string;
  type: string;
}

interface Graph {
  nodes: Map<string, NodeLabelFragment>;
  edges: Map<string, GraphEdgeLike>;
}

const edgeKey = (e: GraphEdgeLike) => `${e.from}|${e.type}|${e.to}`;

function merge(graph: Graph, nodes: NodeLabelFragment[], edges: GraphEdgeLike[]): Graph {
  const next: Graph = { nodes: new Map(graph.nodes), edges: new Map(graph.edges) };
  for (const node of nodes) if (!next.nodes.has(node.id)) next.nodes.set(node.id, node);
  for (const edge of edges) if (next.nodes.has(edge.from) && next.nodes.has(edge.to)) next.edges.set(edgeKey(edge), edge);
  return next;
}

function group(node: NodeLabelFragment): string {
  if (node.__typename === 'Person' || node.__typename === 'Organisation' || node.__typename === 'Document') return node.__typename;
  return FACT_TYPES.has(node.__typename) ? 'Fact' : 'Other';
}

const short = (text: string) => (text.length > 32 ? `${text.slice(0, 30)}…` : text);

export function NetworkView({ seeds, initial, endpoints }: { seeds: string[]; initial: { nodes: NodeLabelFragment[]; edges: GraphEdgeLike[] }; endpoints: string[] }) {
  const [graph, setGraph] = useState<Graph>(() => merge({ nodes: new Map(), edges: new Map() }, initial.nodes, initial.edges));
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [loading, setLoading] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [truncated, setTruncated] = useState(false);
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const expandRef = useRef<(id: string) => void>(() => {});

  const expand = useCallback(
    async (id: string) => {
      if (expanded.has(id)) return;
      setLoading((l) => new Set(l).add(id));
      setError(null);
      try {
        const { neighbourhood } = await request(NetworkNeighbourhoodDocument, { id, depth: 1 });
        setGraph((g) => merge(g, neighbourhood.nodes, neighbourhood.edges));
        setExpanded((e) => new Set(e).add(id));
        if (neighbourhood.truncated) setTruncated(true);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      } finally {
        setLoading((l) => {
          const next = new Set(l);
          next.delete(id);
          return next;
        });
      }
    },
    [expanded],
  );
  expandRef.current = (id) => void expand(id);

  useEffect(() => {
    for (const id of seeds) void expandRef.current(id);
    // The seeds are expanded once, when the view is made for them.
  }, [seeds]);

  // Cytoscape is created once; the graph's changes are added to it and laid out again.
  useEffect(() => {
    let cancelled = false;
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      cy.current = cytoscape({
        container: container.current,
        minZoom: 0.2,
        maxZoom: 3,
        style: [
          { selector: 'node', style: { label: 'data(label)', 'font-size': 11, color: '#1b1b1b', 'text-valign': 'bottom', 'text-margin-y': 4, width: 18, height: 18, 'background-color': '#6b7280', 'text-wrap': 'wrap', 'text-max-width': '120px' } },
          { selector: 'node[kind = "Person"]', style: { 'background-color': '#1d4ed8', shape: 'ellipse' } },
          { selector: 'node[kind = "Organisation"]', style: { 'background-color': '#047857', shape: 'round-rectangle' } },
          { selector: 'node[kind = "Document"]', style: { 'background-color': '#7c3aed', shape: 'rectangle' } },
          { selector: 'node[kind = "Fact"]', style: { 'background-color': '#b45309', shape: 'diamond', width: 14, height: 14, 'font-size': 9 } },
          { selector: 'node.endpoint', style: { width: 28, height: 28, 'border-width': 3, 'border-color': '#111827', 'font-weight': 'bold' } },
          { selector: 'node.expanded', style: { 'border-width': 2, 'border-color': '#111827' } },
          { selector: 'edge', style: { width: 1.5, 'line-color': '#9ca3af', 'target-arrow-color': '#9ca3af', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: 'data(type)', 'font-size': 8, color: '#4b5563', 'text-rotation': 'autorotate' } },
        ],
      });
      cy.current.on('tap', 'node', (event) => expandRef.current(event.target.id() as string));
      setGraph((g) => ({ ...g }));
    });
    return () => {
      cancelled = true;
      cy.current?.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const core = cy.current;
    if (!core) return;
    const added: ElementDefinition[] = [];
    for (const node of graph.nodes.values()) {
      if (core.getElementById(node.id).nonempty()) continue;
      added.push({ group: 'nodes', data: { id: node.id, label: short(nodeName(node)), kind: group(node) }, classes: endpoints.includes(node.id) ? 'endpoint' : '' });
    }
    for (const [key, edge] of graph.edges) {
      if (core.getElementById(key).nonempty()) continue;
      added.push({ group: 'edges', data: { id: key, source: edge.from, target: edge.to, type: edge.type } });
    }
    for (const id of expanded) core.getElementById(id).addClass('expanded');
    if (added.length === 0) return;
    core.add(added);
    core
      .layout({ name: 'cose', animate: false, randomize: false, nodeDimensionsIncludeLabels: true, padding: 24, boundingBox: { x1: 0, y1: 0, w: core.width(), h: core.height() }, idealEdgeLength: () => 70, nodeRepulsion: () => 60_000, gravity: 0.4, numIter: 1500 })
      .run();
  }, [graph, expanded, endpoints]);

  const nodes = [...graph.nodes.values()].sort((a, b) => group(a).localeCompare(group(b)) || nodeName(a).localeCompare(nodeName(b)));
  const degree = (id: string) => [...graph.edges.values()].filter((e) => e.from === id || e.to === id).length;

  return (
    <div className="network">
      <div
        ref={container}
        className="network-canvas"
        role="img"
        aria-label={`Network of ${graph.nodes.size} nodes and ${graph.edges.size} relationships. The list below holds the same nodes.`}
        data-nodes={graph.nodes.size}
        data-loading={loading.size}
      />
      <p className="legend">
        <span className="key person" /> person <span className="key organisation" /> organisation <span className="key fact" /> fact <span className="key document" /> document · Click
        a node to show its neighbours.
      </p>
      <p aria-live="polite" className="status">
        {loading.size > 0 ? `Loading the neighbours of ${[...loading].map((id) => nodeName(graph.nodes.get(id) ?? { id })).join(', ')}…` : ''}
        {error ? `Could not load the neighbours: ${error}` : ''}
        {truncated ? ' Some neighbourhoods were cut short at 150 nodes.' : ''}
      </p>
      <details className="network-list">
        <summary>The network as a list ({graph.nodes.size} nodes)</summary>
        <ul>
          {nodes.map((node) => (
            <li key={node.id}>
              <Link href={nodeHref(node)}>{nodeName(node)}</Link> <span className="kind">{typeLabel(node.__typename)}</span>{' '}
              <span className="hint">{degree(node.id)} relationships</span>{' '}
              <button type="button" disabled={expanded.has(node.id) || loading.has(node.id)} onClick={() => void expand(node.id)}>
                {expanded.has(node.id) ? 'Neighbours shown' : `Show neighbours`}
                <span className="visually-hidden"> of {nodeName(node)}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}

import { useMemo, type ReactNode } from 'react';
import { ConnectPathsDocument, NodeLabelsDocument, type ConnectPathsQuery, type EvidencePartsFragment, type NodeLabelFragment } from '../__generated__/graphql';
import { useQuery } from '../api';
import { DocumentTextsProvider, EvidenceList } from '../components/Evidence';
import { EntityPicker } from '../components/EntityPicker';
import { ExportLinks } from '../components/ExportLinks';
import { Dispute } from '../components/Fact';
import { NetworkView, type GraphEdgeLike } from '../components/NetworkView';
import { enumLabel, FACT_TYPES, nodeHref, nodeName, queryString, typeLabel } from '../labels';
import { useContentReady } from '../ready';
import { Link, navigate, useLocation, useTitle } from '../router';
import { Failed, Section } from './common';

type Path = ConnectPathsQuery['paths'][number];

function connectHref(from: string | null, to: string | null): string {
  const params: Record<string, string> = {};
  if (from) params.from = from;
  if (to) params.to = to;
  const query = queryString(params);
  return query ? `/connect?${query}` : '/connect';
}

export function ConnectPage() {
  const location = useLocation();
  const from = location.searchParams.get('from');
  const to = location.searchParams.get('to');
  const ids = [from, to].filter((x): x is string => Boolean(x));
  const labels = useQuery(NodeLabelsDocument, ids.length > 0 ? { ids } : null);
  const paths = useQuery(ConnectPathsDocument, from && to ? { from, to } : null);
  const label = (id: string | null) => (id && labels.status === 'done' ? (labels.data.nodes.find((n) => n?.id === id) ?? null) : null);
  const fromNode = label(from);
  const toNode = label(to);
  useTitle(fromNode && toNode ? `${nodeName(fromNode)} and ${nodeName(toNode)}` : 'Connect');
  useContentReady(!(from && to) || paths.status !== 'loading');

  return (
    <>
      <h1 tabIndex={-1}>How are they connected?</h1>
      <p>Choose two people or organisations: the explorer finds the shortest chains of sourced facts between them.</p>
      <div className="pickers">
        <EntityPicker label="From" value={fromNode} onChange={(node) => navigate(connectHref(node.id, to))} />
        <EntityPicker label="To" value={toNode} onChange={(node) => navigate(connectHref(from, node.id))} />
      </div>
      {from && to ? (
        <p className="actions">
          <Link href={connectHref(to, from)}>Swap from and to</Link>
        </p>
      ) : null}
      {from && to && paths.status === 'loading' ? (
        <p className="status" role="status">
          Looking for connections…
        </p>
      ) : null}
      {paths.status === 'error' ? <Failed error={paths.error} heading={false} /> : null}
      {from && to && paths.status === 'done' ? <Connection key={`${from}|${to}`} from={from} to={to} data={paths.data} /> : null}
    </>
  );
}

function Connection({ from, to, data }: { from: string; to: string; data: ConnectPathsQuery }) {
  const initial = useMemo(() => {
    const nodes = data.paths.flatMap((p) => p.nodes);
    const edges: GraphEdgeLike[] = data.paths.flatMap((p) => p.steps.map((s) => (s.forward ? { from: s.from.id, to: s.to.id, type: s.relationship } : { from: s.to.id, to: s.from.id, type: s.relationship })));
    return { nodes, edges };
  }, [data]);
  const seeds = useMemo(() => [from, to], [from, to]);
  if (!data.fromNode || !data.toNode) {
    return (
      <p className="error" role="alert">
        Nothing has the id “{!data.fromNode ? from : to}”.
      </p>
    );
  }
  return (
    <DocumentTextsProvider data={data.paths}>
      <Section id="paths" title={data.paths.length === 0 ? 'No connection found' : `Shortest connections (${data.paths.length})`}>
        {data.paths.length === 0 ? (
          <p>
            No chain of at most 8 relationships links {nodeName(data.fromNode)} to {nodeName(data.toNode)} (documents are not used as stepping stones).
          </p>
        ) : (
          <ol className="paths">
            {data.paths.map((path, i) => (
              <li key={i} className="path">
                <h3>
                  Connection {i + 1}: {path.length} relationship{path.length === 1 ? '' : 's'}
                </h3>
                <PathHops path={path} />
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section id="network" title="The network around them">
        <NetworkView seeds={seeds} initial={initial} endpoints={seeds} />
      </Section>
      <ExportLinks params={{ from, to }} description="The shortest connections between the two, for Gephi or a spreadsheet." />
    </DocumentTextsProvider>
  );
}

/** A path as its nodes in order: entities as links, facts with their quotes, and each relationship between. */
function PathHops({ path }: { path: Path }) {
  const items: ReactNode[] = [];
  path.nodes.forEach((node, i) => {
    if (i > 0) {
      const step = path.steps[i - 1];
      if (step) {
        items.push(
          <li key={`s${i}`} className="hop-step">
            <span aria-hidden="true">{step.forward ? '↓' : '↑'}</span> {enumLabel(step.relationship)}
            <span className="visually-hidden">{step.forward ? ' (from the one above to the one below)' : ' (from the one below to the one above)'}</span>
          </li>,
        );
      }
    }
    items.push(<Hop key={`n${i}`} node={node} path={path} />);
  });
  return <ol className="hops">{items}</ol>;
}

function Hop({ node, path }: { node: NodeLabelFragment; path: Path }) {
  if (!FACT_TYPES.has(node.__typename)) {
    return (
      <li className="hop-node">
        <Link href={nodeHref(node)}>{nodeName(node)}</Link> <span className="kind">{typeLabel(node.__typename)}</span>
      </li>
    );
  }
  const steps = path.steps.filter((s) => s.fact?.id === node.id);
  const seen = new Set<string>();
  const evidence: EvidencePartsFragment[] = steps.flatMap((s) => s.evidence).filter((e) => !seen.has(e.document.id + e.quote) && Boolean(seen.add(e.document.id + e.quote)));
  const disputed = steps.find((s) => s.fact?.dispute)?.fact ?? null;
  return (
    <li className="hop-fact">
      <article className="fact">
        <h4 className="fact-title">
          <Link href={nodeHref(node)}>{nodeName(node)}</Link> <span className="kind">{typeLabel(node.__typename)}</span>
          {disputed ? <span className="badge">disputed</span> : null}
        </h4>
        {disputed ? <Dispute fact={disputed} /> : null}
        <EvidenceList evidence={evidence} />
      </article>
    </li>
  );
}

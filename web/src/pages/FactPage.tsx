import type { ReactNode } from 'react';
import { FactPageDocument, type FactPageQuery } from '../__generated__/graphql';
import { useQuery } from '../api';
import { DateSpan, DateText } from '../components/DateText';
import { DocumentTextsProvider, EvidenceList } from '../components/Evidence';
import { ExportLinks } from '../components/ExportLinks';
import { Dispute } from '../components/Fact';
import { enumLabel, gradeLabel, nodeHref, nodeName, typeLabel } from '../labels';
import { useContentReady } from '../ready';
import { Link, useTitle } from '../router';
import { Failed, Loading, NotFound, Section } from './common';
import { OrganisationPage } from './OrganisationPage';
import { PersonPage } from './PersonPage';

type Node = NonNullable<FactPageQuery['node']>;

const to = (node: { id: string; name: string }, typename?: string) => <Link href={nodeHref({ id: node.id, __typename: typename })}>{node.name}</Link>;

/** The fields of a fact, in words, as a description list. */
function fields(node: Node): [string, ReactNode][] {
  switch (node.__typename) {
    case 'Tenure':
      return [
        ['Person', to(node.person)],
        ['Role', node.role.toLowerCase() === enumLabel(node.roleKind).toLowerCase() ? node.role : `${node.role} (${enumLabel(node.roleKind)})`],
        ['At', to(node.organisation)],
        ['When', <DateSpan start={node.start} end={node.end} current={node.current} />],
        ...(node.current !== null ? ([['Current', node.current ? 'yes, a source says so' : 'no']] as [string, ReactNode][]) : []),
        ...(node.appointedBy ? ([['Appointed by', to(node.appointedBy)]] as [string, ReactNode][]) : []),
      ];
    case 'ServiceArrangement':
      return [
        ['Council', to(node.council)],
        ['Provider', to(node.provider)],
        ['When', <DateSpan start={node.start} end={node.end} current={node.status === 'ACTIVE'} />],
        ['How it came about', enumLabel(node.origin)],
        ['Status', node.status ? enumLabel(node.status) : 'not stated'],
        ...(node.ending ? ([['How it ended', enumLabel(node.ending)]] as [string, ReactNode][]) : []),
        ...(node.description ? ([['Detail', node.description]] as [string, ReactNode][]) : []),
      ];
    case 'Inspection':
      return [
        ['Council', to(node.subject)],
        ['Inspectorate', to(node.inspectorate)],
        ['When', <DateText date={node.date} />],
        ['Grade', gradeLabel(node.grade)],
        ...(node.scope ? ([['Scope', node.scope]] as [string, ReactNode][]) : []),
        ...(node.arrangement ? ([['Delivered by', to(node.arrangement.provider)]] as [string, ReactNode][]) : []),
        ...(node.description ? ([['Detail', node.description]] as [string, ReactNode][]) : []),
      ];
    case 'Direction':
      return [
        ['Council', to(node.council)],
        ['Issued by', to(node.directionIssuedBy)],
        ['When', <DateText date={node.date} />],
        ['Kind', enumLabel(node.directionKind)],
        ...(node.summary ? ([['What it required', node.summary]] as [string, ReactNode][]) : []),
        ...(node.arrangement ? ([['Arrangement it mandated', to(node.arrangement, 'ServiceArrangement')]] as [string, ReactNode][]) : []),
      ];
    case 'Event':
      return [
        ['Kind', enumLabel(node.eventKind)],
        ['When', <DateText date={node.date} />],
        ...(node.description ? ([['Detail', node.description]] as [string, ReactNode][]) : []),
        ...(node.amount !== null
          ? ([['Amount', `${new Intl.NumberFormat('en-GB', { style: node.currency ? 'currency' : 'decimal', currency: node.currency ?? undefined, maximumFractionDigits: 1, notation: 'compact' }).format(node.amount)}${node.period ? ` (${node.period})` : ''}`]] as [string, ReactNode][])
          : []),
        ...(node.involves.length > 0 ? ([['Involves', <Links nodes={node.involves} />]] as [string, ReactNode][]) : []),
      ];
    case 'Statement':
      return [
        ['Said by', <Link href={nodeHref(node.speaker)}>{node.speaker.name}</Link>],
        ['Words', <q>{node.quote}</q>],
        ...(node.summary ? ([['In short', node.summary]] as [string, ReactNode][]) : []),
        ['Stance on trusts', node.stance ? enumLabel(node.stance) : 'not clear from the text'],
        ['When', <DateText date={node.date} missing="not given" />],
        ['Reported in', <Link href={nodeHref({ ...node.document, __typename: 'Document' })}>{node.document.title}</Link>],
        ...(node.about.length > 0 ? ([['About', <Links nodes={node.about} />]] as [string, ReactNode][]) : []),
      ];
    case 'Affiliation':
      return [
        ['Member', <Link href={nodeHref(node.member)}>{node.member.name}</Link>],
        ['Party', to(node.party)],
        ['Kind', enumLabel(node.affiliationKind)],
        ['When', <DateSpan start={node.start} end={node.end} />],
      ];
    case 'Policy':
      return [
        ...(node.aliases.length > 0 ? ([['Also', node.aliases.join(', ')]] as [string, ReactNode][]) : []),
        ...(node.description ? ([['What it is', node.description]] as [string, ReactNode][]) : []),
        ...(node.policyIssuedBy ? ([['Issued by', to(node.policyIssuedBy)]] as [string, ReactNode][]) : []),
      ];
    default:
      return [];
  }
}

function Links({ nodes }: { nodes: { __typename: string; id: string; name?: string; title?: string }[] }) {
  return (
    <>
      {nodes.map((n, i) => (
        <span key={n.id}>
          {i > 0 ? ', ' : ''}
          <Link href={nodeHref(n)}>{nodeName(n)}</Link>
        </span>
      ))}
    </>
  );
}

export function FactPage({ id }: { id: string }) {
  const state = useQuery(FactPageDocument, { id });
  const node = state.status === 'done' ? state.data.node : null;
  useTitle(node ? nodeName(node) : id);
  useContentReady(state.status !== 'loading');
  if (state.status === 'loading') return <Loading what="the fact" />;
  if (state.status === 'error') return <Failed error={state.error} />;
  if (!node) return <NotFound id={id} />;
  if (node.__typename === 'Person') return <PersonPage id={node.id} />;
  if (node.__typename === 'Organisation') return <OrganisationPage id={node.id} />;
  if (node.__typename === 'Document') {
    return (
      <>
        <h1 tabIndex={-1}>{node.title}</h1>
        <p>
          This is a document: <Link href={nodeHref(node)}>read it</Link>.
        </p>
      </>
    );
  }
  const rows = fields(node);
  return (
    <DocumentTextsProvider data={node}>
      <header className="page-head">
        <p className="kind">{typeLabel(node.__typename)}</p>
        <h1 tabIndex={-1}>{node.name}</h1>
        {node.dispute ? <p className="badge">disputed</p> : null}
      </header>
      <Section id="fields" title="What the sources say">
        <dl className="facts-dl">
          {rows.map(([term, value]) => (
            <div key={term} className="dl-row">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
      <Section id="dispute" title="In dispute" show={Boolean(node.dispute)}>
        <Dispute fact={node} />
      </Section>
      <Section id="evidence" title="Evidence">
        <EvidenceList evidence={node.evidence} />
      </Section>
      <ExportLinks params={{ around: node.id, depth: '2' }} description="This fact and everything up to two relationships from it." />
    </DocumentTextsProvider>
  );
}

import { OrganisationPageDocument, OrganisationRecordDocument, OrganisationTimelineDocument, type ArrangementPartsFragment, type OrganisationRecordQuery, type OrganisationTimelineQuery } from '../__generated__/graphql';
import { useQuery } from '../api';
import { TenureCard } from '../components/CareerTimeline';
import { DateSpan, DateText } from '../components/DateText';
import { DocumentTextsProvider } from '../components/Evidence';
import { ExportLinks } from '../components/ExportLinks';
import { AffiliationList, FactCard } from '../components/Fact';
import { GradeChart } from '../components/GradeChart';
import { enumLabel, nodeHref, queryString } from '../labels';
import { useContentReady } from '../ready';
import { Link, useTitle } from '../router';
import { Await, Failed, Loading, MentionedIn, NotFound, Section } from './common';

type Entry = NonNullable<OrganisationTimelineQuery['organisation']>['timeline']['edges'][number]['node'];

const ENTRY_LABELS: Record<string, string> = {
  TENURE_START: 'role began',
  TENURE_END: 'role ended',
  ARRANGEMENT_START: 'arrangement began',
  ARRANGEMENT_END: 'arrangement ended',
  INSPECTION: 'inspection',
  DIRECTION: 'statutory direction',
  EVENT: 'event',
  STATEMENT: 'statement',
  AFFILIATION: 'political affiliation',
};

export function OrganisationPage({ id }: { id: string }) {
  const state = useQuery(OrganisationPageDocument, { id });
  const timeline = useQuery(OrganisationTimelineDocument, { id });
  const record = useQuery(OrganisationRecordDocument, { id });
  const org = state.status === 'done' ? state.data.organisation : null;
  useTitle(org?.name ?? id);
  useContentReady(state.status !== 'loading');
  if (state.status === 'loading') return <Loading what="the organisation" />;
  if (state.status === 'error') return <Failed error={state.error} />;
  if (!org) return <NotFound id={id} />;
  const isCouncil = org.kinds.includes('COUNCIL');
  return (
    <DocumentTextsProvider data={[org, timeline.status === 'done' ? timeline.data : null, record.status === 'done' ? record.data : null]}>
      <header className="page-head">
        <p className="kind">{org.kinds.map(enumLabel).join(', ')}</p>
        <h1 tabIndex={-1}>{org.name}</h1>
        {org.aliases.length > 0 ? <p>Also: {org.aliases.join(', ')}</p> : null}
        {org.description ? <p className="description">{org.description}</p> : null}
        {org.partOf ? (
          <p>
            Part of <Link href={nodeHref(org.partOf)}>{org.partOf.name}</Link>
          </p>
        ) : null}
        {org.parts.length > 0 ? (
          <p>
            Includes:{' '}
            {org.parts.map((p, i) => (
              <span key={p.id}>
                {i > 0 ? ', ' : ''}
                <Link href={nodeHref(p)}>{p.name}</Link>
              </span>
            ))}
          </p>
        ) : null}
        <p className="actions">
          <Link href={`/connect?${queryString({ from: org.id })}`}>Connect {org.name} to…</Link>
        </p>
      </header>

      <Section id="timeline" title="Timeline">
        <Await state={timeline} what="the timeline">
          {(data) => (data.organisation ? <Timeline entries={data.organisation.timeline.edges.map((e) => e.node)} total={data.organisation.timeline.totalCount} /> : null)}
        </Await>
      </Section>

      <Section id="leaders" title="Leaders" show={org.leaders.length > 0}>
        <ul className="plain">
          {org.leaders.map((t) => (
            <li key={t.id}>
              <TenureCard tenure={t} showPerson />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="arrangements" title="Who ran its children’s services" show={isCouncil || org.arrangements.length > 0}>
        {org.arrangements.length === 0 ? (
          <p className="hint">The sources name no trust, company or other council delivering its services: they stayed with the council.</p>
        ) : (
          <ArrangementList arrangements={org.arrangements} side="provider" />
        )}
      </Section>

      <Section id="provides" title="Whose children’s services it delivered" show={org.provides.length > 0}>
        <ArrangementList arrangements={org.provides} side="council" />
      </Section>

      <Await state={record} what="its inspections, directions and documents">
        {(data) => (data.organisation ? <Record name={org.name} isCouncil={isCouncil} org={data.organisation} /> : null)}
      </Await>
      <ExportLinks params={{ around: org.id, depth: '2' }} description={`Everything up to two relationships from ${org.name}, for Gephi or a spreadsheet.`} />
    </DocumentTextsProvider>
  );
}

function Timeline({ entries, total }: { entries: Entry[]; total: number }) {
  const dated = entries.filter((e) => e.date);
  const undated = entries.filter((e) => !e.date);
  const item = (entry: Entry, i: number) => (
    <li key={`${entry.fact.id}-${entry.kind}-${i}`} className="story-entry">
      <div className="when">{entry.date ? <DateText date={entry.date} /> : <span className="undated">undated</span>}</div>
      <div className="what">
        <FactCard fact={entry.fact} heading={entry.fact.name} quoteLimit={2}>
          <p className="entry-kind">{ENTRY_LABELS[entry.kind] ?? enumLabel(entry.kind)}</p>
        </FactCard>
      </div>
    </li>
  );
  return (
    <>
      {dated.length > 0 ? <ol className="story">{dated.map(item)}</ol> : <p className="hint">Nothing dated.</p>}
      {undated.length > 0 ? (
        <>
          <h3>Undated</h3>
          <p className="hint">The sources give no date for these, so they are not placed in the order above.</p>
          <ul className="story">{undated.map(item)}</ul>
        </>
      ) : null}
      {total > entries.length ? <p className="hint">The first {entries.length} of {total} entries.</p> : null}
    </>
  );
}

function ArrangementList({ arrangements, side }: { arrangements: ArrangementPartsFragment[]; side: 'provider' | 'council' }) {
  return (
    <ul className="plain">
      {arrangements.map((a) => {
        const other = side === 'provider' ? a.provider : a.council;
        return (
          <li key={a.id}>
            <FactCard fact={a} heading={side === 'provider' ? `Delivered by ${other.name}` : `${other.name}’s services`} quoteLimit={3}>
              <dl className="facts-dl">
                <dt>{side === 'provider' ? 'Provider' : 'Council'}</dt>
                <dd>
                  <Link href={nodeHref(other)}>{other.name}</Link>
                </dd>
                <dt>When</dt>
                <dd>
                  <DateSpan start={a.start} end={a.end} current={a.status === 'ACTIVE'} />
                </dd>
                <dt>How it came about</dt>
                <dd>{enumLabel(a.origin)}</dd>
                {a.status ? (
                  <>
                    <dt>Status</dt>
                    <dd>{enumLabel(a.status)}</dd>
                  </>
                ) : null}
                {a.ending ? (
                  <>
                    <dt>How it ended</dt>
                    <dd>{enumLabel(a.ending)}</dd>
                  </>
                ) : null}
              </dl>
              {a.description ? <p className="description">{a.description}</p> : null}
            </FactCard>
          </li>
        );
      })}
    </ul>
  );
}

function Record({ name, isCouncil, org }: { name: string; isCouncil: boolean; org: NonNullable<OrganisationRecordQuery['organisation']> }) {
  return (
    <>
      <Section id="inspections" title="Inspection grades over time" show={isCouncil || org.inspections.length > 0}>
        {org.inspections.length === 0 ? (
          <p className="hint">No inspection judgment in the sources.</p>
        ) : (
          <GradeChart inspections={org.inspections} title={`Ofsted judgments of ${name}’s children’s services`} />
        )}
      </Section>

      <Section id="directions" title="Statutory directions" show={org.directions.length > 0}>
        <ul className="plain">
          {org.directions.map((d) => (
            <li key={d.id}>
              <FactCard fact={d} heading={d.summary ?? d.name}>
                <p className="fact-meta">
                  {enumLabel(d.directionKind)} by <Link href={nodeHref(d.directionIssuedBy)}>{d.directionIssuedBy.name}</Link>,{' '}
                  <DateText date={d.date} />
                  {d.arrangement ? (
                    <>
                      ; mandated <Link href={nodeHref(d.arrangement)}>{d.arrangement.name}</Link>
                    </>
                  ) : null}
                </p>
              </FactCard>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="affiliations" title="Political control" show={org.affiliations.length > 0}>
        <AffiliationList affiliations={org.affiliations} heading={(a) => `${enumLabel(a.affiliationKind)}: ${a.party.name}`} />
      </Section>

      <Section id="mentioned" title="Documents that mention it">
        <MentionedIn documents={org.mentionedIn.edges.map((e) => e.node)} total={org.mentionedIn.totalCount} />
      </Section>
    </>
  );
}

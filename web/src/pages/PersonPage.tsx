import { PersonPageDocument, PersonRecordDocument, type PersonRecordQuery } from '../__generated__/graphql';
import { useQuery } from '../api';
import { CareerTimeline } from '../components/CareerTimeline';
import { DateText } from '../components/DateText';
import { DocumentTextsProvider } from '../components/Evidence';
import { ExportLinks } from '../components/ExportLinks';
import { AffiliationList, FactCard } from '../components/Fact';
import { enumLabel, nodeHref, nodeName, queryString } from '../labels';
import { useContentReady } from '../ready';
import { Link, useTitle } from '../router';
import { Await, Failed, Loading, MentionedIn, NotFound, Section } from './common';

export function PersonPage({ id }: { id: string }) {
  const state = useQuery(PersonPageDocument, { id });
  const record = useQuery(PersonRecordDocument, { id });
  const person = state.status === 'done' ? state.data.person : null;
  useTitle(person?.name ?? id);
  useContentReady(state.status !== 'loading');
  if (state.status === 'loading') return <Loading what="the person" />;
  if (state.status === 'error') return <Failed error={state.error} />;
  if (!person) return <NotFound id={id} />;
  return (
    <DocumentTextsProvider data={[person, record.status === 'done' ? record.data : null]}>
      <header className="page-head">
        <p className="kind">Person</p>
        <h1 tabIndex={-1}>{person.name}</h1>
        {person.aliases.length > 0 ? <p>Also: {person.aliases.join(', ')}</p> : null}
        {person.description ? <p className="description">{person.description}</p> : null}
        <p className="actions">
          <Link href={`/connect?${queryString({ from: person.id })}`}>Connect {person.name} to…</Link>
        </p>
      </header>
      <Section id="career" title="Career">
        {person.tenures.length === 0 ? <p className="hint">The sources name no role for this person.</p> : <CareerTimeline tenures={person.tenures} />}
      </Section>
      <Await state={record} what="their statements and documents">
        {(data) => (data.person ? <Record name={person.name} person={data.person} /> : null)}
      </Await>
      <ExportLinks params={{ around: person.id, depth: '2' }} description={`Everything up to two relationships from ${person.name}, for Gephi or a spreadsheet.`} />
    </DocumentTextsProvider>
  );
}

function Record({ name, person }: { name: string; person: NonNullable<PersonRecordQuery['person']> }) {
  return (
    <>
      <Section id="statements" title={`What ${name} said`} show={person.statements.length > 0}>
        <ul className="plain">
          {person.statements.map((s) => (
            <li key={s.id}>
              <FactCard fact={s} heading={s.summary ?? s.name}>
                <p className="fact-meta">
                  {s.stance ? <span className={`stance ${s.stance}`}>{enumLabel(s.stance)} the trust model</span> : null} <DateText date={s.date} missing="" />
                  {s.about.length > 0 ? (
                    <>
                      {' '}
                      About:{' '}
                      {s.about.map((a, i) => (
                        <span key={a.id}>
                          {i > 0 ? ', ' : ''}
                          <Link href={nodeHref(a)}>{nodeName(a)}</Link>
                        </span>
                      ))}
                    </>
                  ) : null}
                </p>
              </FactCard>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="affiliations" title="Party affiliations" show={person.affiliations.length > 0}>
        <AffiliationList affiliations={person.affiliations} heading={(a) => `${enumLabel(a.affiliationKind)} of ${a.party.name}`} />
      </Section>
      <Section id="authored" title="Wrote" show={person.authored.length > 0}>
        <ul className="plain doc-list">
          {person.authored.map((d) => (
            <li key={d.id}>
              <Link href={nodeHref({ ...d, __typename: 'Document' })}>{d.title}</Link>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="mentioned" title="Documents that mention them">
        <MentionedIn documents={person.mentionedIn.edges.map((e) => e.node)} total={person.mentionedIn.totalCount} />
      </Section>
    </>
  );
}

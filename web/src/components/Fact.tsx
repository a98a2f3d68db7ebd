import type { ReactNode } from 'react';
import type { AffiliationPartsFragment, EvidencePartsFragment } from '../__generated__/graphql';
import { DateSpan } from './DateText';
import { nodeHref, typeLabel } from '../labels';
import { Link } from '../router';
import { EvidenceList } from './Evidence';

export interface FactLike {
  __typename?: string;
  id: string;
  name: string;
  dispute: string | null;
  evidence: EvidencePartsFragment[];
  contradictedBy: EvidencePartsFragment[];
}

/** The sources disagree: what about, and the quotes against the reading the graph records. */
export function Dispute({ fact }: { fact: Pick<FactLike, 'dispute' | 'contradictedBy'> }) {
  if (!fact.dispute) return null;
  return (
    <div className="dispute" role="note">
      <strong>Disputed:</strong> {fact.dispute}
      <EvidenceList evidence={fact.contradictedBy} against />
    </div>
  );
}

/** One fact as a card: its summary linked to its page, then `children` (dates, details), its dispute and its quotes. */
export function FactCard({ fact, heading, children, headingLevel = 3, quoteLimit }: { fact: FactLike; heading?: ReactNode; children?: ReactNode; headingLevel?: 3 | 4; quoteLimit?: number }) {
  const H = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className={fact.dispute ? 'fact disputed' : 'fact'}>
      <H className="fact-title">
        <Link href={nodeHref(fact)}>{heading ?? fact.name}</Link>
        {fact.__typename ? <span className="kind"> {typeLabel(fact.__typename)}</span> : null}
        {fact.dispute ? <span className="badge">disputed</span> : null}
      </H>
      {children}
      <Dispute fact={fact} />
      <EvidenceList evidence={fact.evidence} limit={quoteLimit} />
    </article>
  );
}

/** A list of party affiliations (a person's membership, a council's control), each with its dates and quotes. */
export function AffiliationList({ affiliations, heading }: { affiliations: AffiliationPartsFragment[]; heading: (a: AffiliationPartsFragment) => string }) {
  return (
    <ul className="plain">
      {affiliations.map((a) => (
        <li key={a.id}>
          <FactCard fact={a} heading={heading(a)}>
            <div className="fact-dates">
              <DateSpan start={a.start} end={a.end} />
            </div>
          </FactCard>
        </li>
      ))}
    </ul>
  );
}

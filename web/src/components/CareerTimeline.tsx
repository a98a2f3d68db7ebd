import type { TenurePartsFragment } from '../__generated__/graphql';
import { compareDates, dayValue } from '../dates';
import { enumLabel, nodeHref } from '../labels';
import { Link } from '../router';
import { DateSpan } from './DateText';
import { FactCard } from './Fact';

// A person's roles on a time axis. A dated role is placed by what its dates allow: a solid bar
// where it certainly ran (from the latest possible start to the earliest possible end), faded
// where it may have (the spans of imprecise dates), hatched where a date is inferred, and an
// open end where the sources give none. Undated roles are listed apart, never placed.

const YEAR = 365.25 * 24 * 3600 * 1000;

interface Placed {
  tenure: TenurePartsFragment;
  segments: { from: number; to: number; kind: 'certain' | 'possible' | 'open' | 'open-before'; inferred: boolean }[];
}

function place(tenure: TenurePartsFragment, today: number): Placed {
  const { start, end } = tenure;
  const s0 = start ? dayValue(start.earliest) : null;
  const s1 = start ? dayValue(start.latest) + 86_400_000 : null;
  const e0 = end ? dayValue(end.earliest) : null;
  const e1 = end ? dayValue(end.latest) + 86_400_000 : null;
  const segments: Placed['segments'] = [];
  const si = start?.inferred ?? false;
  const ei = end?.inferred ?? false;
  if (s0 !== null && s1 !== null) segments.push({ from: s0, to: s1, kind: 'possible', inferred: si });
  if (e0 !== null && e1 !== null) segments.push({ from: e0, to: e1, kind: 'possible', inferred: ei });
  if (s1 !== null && e0 !== null && e0 > s1) segments.push({ from: s1, to: e0, kind: 'certain', inferred: false });
  if (s1 !== null && e0 === null) {
    // No end: running to now where a source says it is current, otherwise an open end.
    segments.push(tenure.current ? { from: s1, to: Math.max(today, s1), kind: 'certain', inferred: false } : { from: s1, to: s1 + YEAR, kind: 'open', inferred: false });
  }
  if (s0 === null && e0 !== null) segments.push({ from: e0 - YEAR, to: e0, kind: 'open-before', inferred: false });
  return { tenure, segments };
}

export function CareerTimeline({ tenures }: { tenures: TenurePartsFragment[] }) {
  const dated = tenures.filter((t) => t.start || t.end).sort((a, b) => compareDates(a.start ?? a.end, b.start ?? b.end));
  const undated = tenures.filter((t) => !t.start && !t.end);
  const today = Date.now();
  const placed = dated.map((t) => place(t, today));
  const bounds = placed.flatMap((p) => p.segments.flatMap((s) => [s.from, s.to]));
  const firstYear = bounds.length ? new Date(Math.min(...bounds)).getUTCFullYear() : 0;
  const lastYear = bounds.length ? new Date(Math.max(...bounds) - 1).getUTCFullYear() : 0;
  const axisFrom = Date.UTC(firstYear, 0, 1);
  const axisTo = Date.UTC(lastYear + 1, 0, 1);
  const span = axisTo - axisFrom || 1;
  const pct = (t: number) => `${(((t - axisFrom) / span) * 100).toFixed(3)}%`;
  const width = (a: number, b: number) => `${(((b - a) / span) * 100).toFixed(3)}%`;
  const years = lastYear - firstYear + 1;
  const step = Math.max(1, Math.ceil(years / 6));
  const ticks: number[] = [];
  for (let y = firstYear; y <= lastYear + 1; y += step) ticks.push(y);

  return (
    <div className="career">
      {dated.length > 0 ? (
        <>
          <div className="tl-axis" aria-hidden="true">
            {ticks.map((y) => (
              <span key={y} className="tl-tick" style={{ left: pct(Date.UTC(y, 0, 1)) }}>
                {y}
              </span>
            ))}
          </div>
          <ol className="timeline" aria-label="Dated roles, in date order">
            {placed.map(({ tenure, segments }) => (
              <li key={tenure.id} className="tl-row">
                <div className="tl-track" aria-hidden="true">
                  {segments.map((s, i) => (
                    <span key={i} className={`tl-seg ${s.kind}${s.inferred ? ' inferred' : ''}`} style={{ left: pct(s.from), width: width(s.from, s.to) }} />
                  ))}
                </div>
                <TenureCard tenure={tenure} />
              </li>
            ))}
          </ol>
          <p className="legend" aria-hidden="true">
            <span className="tl-key certain" /> held <span className="tl-key possible" /> date span (imprecise date) <span className="tl-key possible inferred" /> inferred{' '}
            <span className="tl-key open" /> end or start not given
          </p>
        </>
      ) : null}
      {undated.length > 0 ? (
        <section className="undated-roles" aria-labelledby="undated-heading">
          <h3 id="undated-heading">Undated</h3>
          <p className="hint">The sources give no dates for these roles, so they are not placed on the timeline.</p>
          <ul className="plain">
            {undated.map((tenure) => (
              <li key={tenure.id}>
                <TenureCard tenure={tenure} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

export function TenureCard({ tenure, showPerson = false }: { tenure: TenurePartsFragment; showPerson?: boolean }) {
  return (
    <FactCard
      fact={tenure}
      heading={
        <>
          {showPerson ? `${tenure.person.name}: ` : ''}
          {tenure.role}
        </>
      }
      headingLevel={4}
    >
      <p className="fact-meta">
        at <Link href={nodeHref(tenure.organisation)}>{tenure.organisation.name}</Link>
        {tenure.appointedBy ? (
          <>
            , appointed by <Link href={nodeHref(tenure.appointedBy)}>{tenure.appointedBy.name}</Link>
          </>
        ) : null}{' '}
        {tenure.role.toLowerCase() === enumLabel(tenure.roleKind).toLowerCase() ? null : <span className="kind">({enumLabel(tenure.roleKind)})</span>}
      </p>
      <div className="fact-dates">
        <DateSpan start={tenure.start} end={tenure.end} current={tenure.current} />
      </div>
    </FactCard>
  );
}

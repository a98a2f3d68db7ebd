import type { InspectionPartsFragment } from '../__generated__/graphql';
import { dayValue, formatDateValue } from '../dates';
import { GRADES, gradeLabel, nodeHref } from '../labels';
import { Link } from '../router';
import { useWidth } from '../useWidth';
import { DateText } from './DateText';

// A council's inspection grades over time: x the date (a bar across the span an imprecise date
// allows, the point at its middle), y the grade. Inferred dates are drawn hollow and dashed.
// The list below the chart says the same in words, and holds the undated or ungraded ones.

const HEIGHT = 200;
const LEFT = 150;
const RIGHT = 16;
const TOP = 14;
const BOTTOM = 30;

export function GradeChart({ inspections, title }: { inspections: InspectionPartsFragment[]; title: string }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const plotted = inspections.filter((i) => i.date && i.grade);
  const narrow = width < 420;
  const left = narrow ? 92 : LEFT;
  let chart = null;
  if (plotted.length > 0) {
    const from = Math.min(...plotted.map((i) => dayValue(i.date!.earliest)));
    const to = Math.max(...plotted.map((i) => dayValue(i.date!.latest)));
    const y0 = new Date(from).getUTCFullYear();
    const y1 = new Date(to).getUTCFullYear() + 1;
    const t0 = Date.UTC(y0, 0, 1);
    const t1 = Date.UTC(y1, 0, 1);
    const x = (t: number) => left + ((t - t0) / (t1 - t0)) * (width - left - RIGHT);
    const rows = HEIGHT - TOP - BOTTOM;
    const y = (grade: string) => TOP + rows - (GRADES.indexOf(grade as (typeof GRADES)[number]) / (GRADES.length - 1)) * rows;
    const step = Math.max(1, Math.ceil((y1 - y0) / (narrow ? 3 : 6)));
    const years: number[] = [];
    for (let year = y0; year <= y1; year += step) years.push(year);
    const points = plotted
      .map((i) => {
        const a = dayValue(i.date!.earliest);
        const b = dayValue(i.date!.latest);
        return { inspection: i, a: x(a), b: x(b), mid: x((a + b) / 2), y: y(i.grade!), inferred: i.date!.inferred };
      })
      .sort((p, q) => p.mid - q.mid);
    // One line per scope (children's services, adoption...): a trajectory joins judgments of the same thing.
    const scopeOf = (i: InspectionPartsFragment) => i.scope ?? 'children’s services';
    const scopes = [...new Set(points.map((p) => scopeOf(p.inspection)))].sort(
      (a, b) => points.filter((p) => scopeOf(p.inspection) === b).length - points.filter((p) => scopeOf(p.inspection) === a).length,
    );
    const summary = points.map((p) => `${formatDateValue(p.inspection.date!.value)}${p.inferred ? ' (inferred)' : ''}: ${gradeLabel(p.inspection.grade)}`).join('; ');
    chart = (
      <svg width={width} height={HEIGHT} role="img" aria-label={`${title}. ${summary}.`} className="grade-chart">
        {GRADES.map((grade) => (
          <g key={grade}>
            <line x1={left} x2={width - RIGHT} y1={y(grade)} y2={y(grade)} className="grid" />
            <text x={left - 8} y={y(grade)} dy="0.35em" textAnchor="end" className="axis-label">
              {narrow ? gradeLabel(grade).replace('Requires improvement', 'Req. impr.') : gradeLabel(grade)}
            </text>
          </g>
        ))}
        {years.map((year) => (
          <text key={year} x={x(Date.UTC(year, 0, 1))} y={HEIGHT - 8} textAnchor="middle" className="axis-label">
            {year}
          </text>
        ))}
        {scopes.map((scope, s) => (
          <polyline
            key={scope}
            points={points
              .filter((p) => scopeOf(p.inspection) === scope)
              .map((p) => `${p.mid},${p.y}`)
              .join(' ')}
            className={s === 0 ? 'trajectory' : 'trajectory other'}
          />
        ))}
        {points.map((p) => (
          <g key={p.inspection.id} className={`grade-point ${p.inspection.grade}${p.inferred ? ' inferred' : ''}`}>
            {p.b - p.a > 2 ? <line x1={p.a} x2={p.b} y1={p.y} y2={p.y} className="span" /> : null}
            {scopeOf(p.inspection) === scopes[0] ? <circle cx={p.mid} cy={p.y} r={6} /> : <rect x={p.mid - 5} y={p.y - 5} width={10} height={10} />}
          </g>
        ))}
      </svg>
    );
  }
  return (
    <figure className="grades">
      <div ref={ref} className="chart-box">
        {chart ?? <p className="hint">No dated, graded judgment to plot.</p>}
      </div>
      <figcaption>
        {title}. A bar spans the days an imprecise date can mean; a hollow point marks an inferred date; a square, a judgment of a part of the services (its scope
        is in the list).
      </figcaption>
      <ol className="grade-list">
        {inspections.map((i) => (
          <li key={i.id}>
            <DateText date={i.date} /> <strong className={`grade ${i.grade ?? ''}`}>{gradeLabel(i.grade)}</strong>
            {i.scope ? ` (${i.scope})` : ''}
            {i.arrangement ? (
              <>
                , delivered by <Link href={nodeHref({ id: i.arrangement.provider.id })}>{i.arrangement.provider.name}</Link>
              </>
            ) : null}{' '}
            · <Link href={nodeHref(i)}>the judgment and its sources</Link>
          </li>
        ))}
      </ol>
    </figure>
  );
}

import { useId, useState } from 'react';
import type { DatePartsFragment } from '../__generated__/graphql';
import { dateExplanation, formatDateValue } from '../dates';

/**
 * A partial date at its own precision. A relative date shows its wording on hover; an inferred
 * one is marked "(inferred)", a button that shows the basis (and its tooltip says it too).
 */
export function DateText({ date, missing = 'undated' }: { date: DatePartsFragment | null | undefined; missing?: string }) {
  if (!date) return <span className="date undated">{missing}</span>;
  const explanation = dateExplanation(date);
  const title = explanation.join(' ') || undefined;
  const machine = /^\d{4}(-\d{2}){0,2}$/.test(date.value) ? date.value : undefined;
  return (
    <span className="date">
      <time dateTime={machine} title={title} className={date.relative ? 'relative' : undefined}>
        {formatDateValue(date.value)}
      </time>
      {date.inferred ? <Inferred lines={explanation} quotes={date.basisQuotes} /> : null}
    </span>
  );
}

function Inferred({ lines, quotes }: { lines: string[]; quotes: string[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="inferred">
      {' '}
      <button type="button" className="inferred-toggle" aria-expanded={open} aria-controls={id} title={lines.join(' ')} onClick={() => setOpen(!open)}>
        (inferred)
      </button>
      <span id={id} className="basis" role="note" hidden={!open}>
        {lines.map((line) => (
          <span key={line} className="basis-line">
            {line}
          </span>
        ))}
        {quotes.map((quote) => (
          <q key={quote} className="basis-quote">
            {quote}
          </q>
        ))}
      </span>
    </span>
  );
}

/** A span of two partial dates ("2018 – 2023–2024"), or what the sources leave open. */
export function DateSpan({ start, end, current }: { start: DatePartsFragment | null | undefined; end: DatePartsFragment | null | undefined; current?: boolean | null }) {
  if (!start && !end) return <span className="date undated">{current ? 'current; dates not given' : 'dates not given'}</span>;
  return (
    <span className="date-span">
      {start ? <DateText date={start} /> : <span className="undated">start not given</span>}
      {' – '}
      {end ? <DateText date={end} /> : <span className="undated">{current ? 'now' : 'end not given'}</span>}
    </span>
  );
}

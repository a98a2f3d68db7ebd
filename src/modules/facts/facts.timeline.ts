import { compareByDate, compareText, type FactModel } from '../graph/graph.mappers.js';
import type { TimelineEntryKindValue, TimelineEntryModel } from './facts.mappers.js';

const KIND_ORDER: TimelineEntryKindValue[] = [
  'DIRECTION',
  'ARRANGEMENT_START',
  'TENURE_START',
  'INSPECTION',
  'EVENT',
  'STATEMENT',
  'TENURE_END',
  'ARRANGEMENT_END',
];

/**
 * An organisation's timeline from the facts linked to it: a tenure or arrangement gives a
 * start entry (undated when its start is unknown) and an end entry when its end is known.
 * Sorted by earliest possible day, undated last; each fact appears once per entry kind.
 */
export function buildTimeline(facts: FactModel[]): TimelineEntryModel[] {
  const seen = new Set<string>();
  const entries: TimelineEntryModel[] = [];
  const add = (entry: TimelineEntryModel) => {
    const key = `${entry.fact.id}|${entry.kind}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push(entry);
  };
  for (const fact of facts) {
    switch (fact.__typename) {
      case 'Tenure':
        add({ date: fact.start, kind: 'TENURE_START', fact });
        if (fact.end) add({ date: fact.end, kind: 'TENURE_END', fact });
        break;
      case 'ServiceArrangement':
        add({ date: fact.start, kind: 'ARRANGEMENT_START', fact });
        if (fact.end) add({ date: fact.end, kind: 'ARRANGEMENT_END', fact });
        break;
      case 'Inspection':
        add({ date: fact.date, kind: 'INSPECTION', fact });
        break;
      case 'Direction':
        add({ date: fact.date, kind: 'DIRECTION', fact });
        break;
      case 'Event':
        add({ date: fact.date, kind: 'EVENT', fact });
        break;
      case 'Statement':
        add({ date: fact.date, kind: 'STATEMENT', fact });
        break;
      case 'Policy':
        break;
    }
  }
  return entries.sort(
    (a, b) =>
      compareByDate(a.date, b.date) ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      compareText(a.fact.id, b.fact.id),
  );
}

import { isWorkedOut, KIND_LABELS, propertyEntries, relationOf, typeDecl, type NodeLabel } from '../model/model.js';
import { overlaps, parsePartialDate, statesDate, type Bounds } from './dates.js';
import type { SeedGraph, SeedNode, SeedRelationship } from './validate.js';

/**
 * The consistency suite: rules about what the seed graph says, beyond its format. Each rule is a
 * finding a research desk made once (issue #14); `npm run seed` refuses a graph that breaks one,
 * so the same mistake cannot come back. The rules read relationship types and labels from the
 * model (by the GraphQL field that declares them), never spelling them here.
 */

export interface Finding {
  rule: RuleName;
  /** The nodes the finding is about. */
  ids: string[];
  message: string;
}

export type RuleName = keyof typeof RULES;

const typeOf = (label: NodeLabel, field: string) => relationOf(label, field)!.rel.type;

interface Index {
  nodes: Map<string, SeedNode>;
  /** Relationships by type, from their start node. */
  out: Map<string, Map<string, SeedRelationship[]>>;
  /** Relationships by type, from their end node. */
  incoming: Map<string, Map<string, SeedRelationship[]>>;
}

function indexOf(graph: SeedGraph): Index {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const out = new Map<string, Map<string, SeedRelationship[]>>();
  const incoming = new Map<string, Map<string, SeedRelationship[]>>();
  const add = (map: Map<string, Map<string, SeedRelationship[]>>, id: string, rel: SeedRelationship) => {
    const byType = map.get(id) ?? new Map<string, SeedRelationship[]>();
    map.set(id, byType);
    byType.set(rel.type, [...(byType.get(rel.type) ?? []), rel]);
  };
  for (const rel of graph.relationships) {
    add(out, rel.from, rel);
    add(incoming, rel.to, rel);
  }
  return { nodes, out, incoming };
}

const outOf = (ix: Index, id: string, type: string) => ix.out.get(id)?.get(type) ?? [];
const inOf = (ix: Index, id: string, type: string) => ix.incoming.get(id)?.get(type) ?? [];
const oneOut = (ix: Index, id: string, type: string) => outOf(ix, id, type)[0]?.to;
const nodesOf = (ix: Index, label: NodeLabel) => [...ix.nodes.values()].filter((n) => n.label === label);
const isDisputed = (n: SeedNode | undefined) => typeof n?.props.dispute === 'string';
const hasKind = (n: SeedNode | undefined, kind: keyof typeof KIND_LABELS) => Boolean(n?.kindLabels.includes(KIND_LABELS[kind]));

/** The days a fact's period can cover: from its start's earliest to its end's latest, open where unknown. */
function period(n: SeedNode, start: string, end: string): Bounds {
  return { earliest: String(n.props[`${start}Earliest`] ?? '0000-01-01'), latest: String(n.props[`${end}Latest`] ?? '9999-12-31') };
}

function dateOf(n: SeedNode, key: string): Bounds | null {
  const earliest = n.props[`${key}Earliest`];
  return typeof earliest === 'string' ? { earliest, latest: String(n.props[`${key}Latest`]) } : null;
}

/** Lower-case, quotes and dashes straightened, punctuation and a leading "the" dropped: how names collide. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/'s\b/g, 's')
    .replace(/'/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const RULES = {
  /** A council's services have one provider at a time, unless a fact says the sources dispute it. */
  'one-provider-at-a-time': (ix: Index): Finding[] => {
    const findings: Finding[] = [];
    const forCouncil = typeOf('ServiceArrangement', 'council');
    for (const council of nodesOf(ix, 'Organisation')) {
      const arrangements = inOf(ix, council.id, forCouncil).map((r) => ix.nodes.get(r.from)!);
      arrangements.forEach((a, i) => {
        for (const b of arrangements.slice(i + 1)) {
          if (isDisputed(a) || isDisputed(b)) continue;
          if (overlaps(period(a, 'start', 'end'), period(b, 'start', 'end'))) {
            findings.push({ rule: 'one-provider-at-a-time', ids: [a.id, b.id], message: `${council.id} has two providers at once: ${a.id} and ${b.id} (dates overlap or are unknown), and neither is marked disputed` });
          }
        }
      });
    }
    return findings;
  },

  /**
   * A fact's date is either stated in one of its quotes (year, and month or day at its precision)
   * or recorded as worked out: relative wording with its anchor, or an inference with its basis.
   */
  'dates-show-their-workings': (ix: Index): Finding[] => {
    const findings: Finding[] = [];
    const evidenceType = typeOf('Tenure', 'evidence');
    for (const n of ix.nodes.values()) {
      if (!typeDecl(n.label).fact) continue;
      const quotes = outOf(ix, n.id, evidenceType).map((r) => String(r.props.quote));
      for (const [key, p] of propertyEntries(n.label)) {
        if (p.kind !== 'date' || typeof n.props[key] !== 'string') continue;
        if (isWorkedOut(n.props, key)) continue;
        const date = parsePartialDate(String(n.props[key]))!;
        if (!quotes.some((q) => statesDate(q, date))) {
          findings.push({
            rule: 'dates-show-their-workings',
            ids: [n.id],
            message: `${n.id}: ${key} ${date.value} is stated in none of its evidence quotes; a date worked out from other words is recorded as { relative, anchor, from } or { relative, resolvedFrom }`,
          });
        }
      }
    }
    return findings;
  },

  /**
   * Every inspection is of a council's services, so a council's inspections are its whole
   * trajectory; the arrangement it names (who delivered them) is that council's, and ran then.
   */
  'inspections-on-the-council-trajectory': (ix: Index): Finding[] => {
    const findings: Finding[] = [];
    for (const inspection of nodesOf(ix, 'Inspection')) {
      const subject = ix.nodes.get(oneOut(ix, inspection.id, typeOf('Inspection', 'subject')) ?? '');
      if (!hasKind(subject, 'COUNCIL')) {
        findings.push({ rule: 'inspections-on-the-council-trajectory', ids: [inspection.id], message: `${inspection.id}: its subject ${subject?.id ?? '(none)'} is not a council` });
        continue;
      }
      const arrangement = ix.nodes.get(oneOut(ix, inspection.id, typeOf('Inspection', 'arrangement')) ?? '');
      if (!arrangement) continue;
      const council = oneOut(ix, arrangement.id, typeOf('ServiceArrangement', 'council'));
      if (council !== subject!.id) {
        findings.push({ rule: 'inspections-on-the-council-trajectory', ids: [inspection.id, arrangement.id], message: `${inspection.id}: its arrangement ${arrangement.id} is for ${council}, not for its subject ${subject!.id}` });
      }
      const date = dateOf(inspection, 'date');
      if (date && !overlaps(date, period(arrangement, 'start', 'end'))) {
        findings.push({ rule: 'inspections-on-the-council-trajectory', ids: [inspection.id, arrangement.id], message: `${inspection.id}: dated outside its arrangement ${arrangement.id}` });
      }
    }
    return findings;
  },

  /** Two judgments of one council's services with one grade and scope at overlapping dates are one judgment. */
  'one-judgment-one-fact': (ix: Index): Finding[] => {
    const findings: Finding[] = [];
    const subjectType = typeOf('Inspection', 'subject');
    const inspections = nodesOf(ix, 'Inspection');
    inspections.forEach((a, i) => {
      for (const b of inspections.slice(i + 1)) {
        const same = oneOut(ix, a.id, subjectType) === oneOut(ix, b.id, subjectType) && a.props.grade === b.props.grade && a.props.scope === b.props.scope;
        const da = dateOf(a, 'date');
        const db = dateOf(b, 'date');
        if (same && da && db && overlaps(da, db)) {
          findings.push({ rule: 'one-judgment-one-fact', ids: [a.id, b.id], message: `${a.id} and ${b.id} judge one subject with one grade at overlapping dates: one judgment, one fact with both quotes` });
        }
      }
    });
    return findings;
  },

  /** No two entities share a name or alias once normalised (one person or body, one id). */
  'one-entity-one-name': (ix: Index): Finding[] => {
    const owners = new Map<string, Set<string>>();
    for (const n of ix.nodes.values()) {
      if (typeDecl(n.label).fact || !typeDecl(n.label).search) continue;
      const names = [String(n.props.name), ...((n.props.aliases as string[] | undefined) ?? [])];
      for (const name of names) {
        const key = normaliseName(name);
        owners.set(key, (owners.get(key) ?? new Set()).add(n.id));
      }
    }
    return [...owners]
      .filter(([, ids]) => ids.size > 1)
      .map(([name, ids]) => ({ rule: 'one-entity-one-name' as const, ids: [...ids], message: `${[...ids].join(' and ')} share the name “${name}”: one entity, or names that tell them apart` }));
  },

  /** A commissioner appointed to a council holds the role at the council; the national office is another kind. */
  'commissioners-at-councils': (ix: Index): Finding[] => {
    const findings: Finding[] = [];
    for (const tenure of nodesOf(ix, 'Tenure')) {
      const org = ix.nodes.get(oneOut(ix, tenure.id, typeOf('Tenure', 'organisation')) ?? '');
      if (tenure.props.roleKind === 'COMMISSIONER' && !hasKind(org, 'COUNCIL')) {
        findings.push({ rule: 'commissioners-at-councils', ids: [tenure.id], message: `${tenure.id}: a COMMISSIONER is appointed to a council, but ${org?.id} is not one (CHILDRENS_COMMISSIONER is the national office)` });
      }
    }
    return findings;
  },

  /** A party is an affiliation, never the organisation a role is held at. */
  'parties-are-affiliations': (ix: Index): Finding[] =>
    nodesOf(ix, 'Tenure').flatMap((tenure) => {
      const org = ix.nodes.get(oneOut(ix, tenure.id, typeOf('Tenure', 'organisation')) ?? '');
      return hasKind(org, 'POLITICAL_PARTY')
        ? [{ rule: 'parties-are-affiliations' as const, ids: [tenure.id], message: `${tenure.id}: held at the party ${org!.id}; record the party as an Affiliation and the role at its body` }]
        : [];
    }),

  /** A dispute says what is disputed and shows the quotes against; neither goes without the other. */
  'disputes-have-both-sides': (ix: Index): Finding[] => {
    const against = typeOf('Tenure', 'contradictedBy');
    return [...ix.nodes.values()]
      .filter((n) => typeDecl(n.label).fact && isDisputed(n) !== outOf(ix, n.id, against).length > 0)
      .map((n) => ({
        rule: 'disputes-have-both-sides' as const,
        ids: [n.id],
        message: isDisputed(n) ? `${n.id}: disputed, but no quote contradicts it (contradictedBy)` : `${n.id}: quotes contradict it, but no dispute says what is disputed`,
      }));
  },

  /** Shared wording is listed once per pair (it reads both ways). */
  'shared-wording-once': (ix: Index): Finding[] => {
    const type = typeOf('Statement', 'sharedWording');
    return nodesOf(ix, 'Statement').flatMap((s) =>
      outOf(ix, s.id, type)
        .filter((r) => r.from < r.to && outOf(ix, r.to, type).some((back) => back.to === s.id))
        .map((r) => ({ rule: 'shared-wording-once' as const, ids: [r.from, r.to], message: `${r.from} and ${r.to} list their shared wording both ways; list it once` })),
    );
  },
};

/** Every finding of every rule over a validated seed graph; empty when the graph is consistent. */
export function checkConsistency(graph: SeedGraph): Finding[] {
  const ix = indexOf(graph);
  return Object.values(RULES).flatMap((rule) => rule(ix));
}

export const CONSISTENCY_RULES = Object.keys(RULES) as RuleName[];

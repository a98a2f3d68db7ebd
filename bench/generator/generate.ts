import neo4j from 'neo4j-driver';
import { KIND_LABELS, type OrganisationKindValue } from '../../src/model/model.js';
import { parsePartialDate, type DatePrecision } from '../../src/seeds/dates.js';
import { Reservoir, Rng } from '../lib/rng.js';
import * as W from './words.js';

/**
 * A synthetic children's-services graph with the seed graph's exact shape (labels,
 * properties, relationship types, as src/seeds/loader.ts writes them), deterministic from
 * a seed. Scale factor N builds N "regions", each an England-sized system: 150 councils,
 * 15 children's trusts, an inspectorate, a department, media, universities... with people
 * whose careers cross several bodies from 2008 to 2026. SF1 is about 10 thousand nodes.
 *
 * Regions are generated and handed to the loader one at a time, so SF100 (a million nodes)
 * never sits in memory whole. Careers may cross into the previous region, so regions are
 * linked as in a real labour market.
 */

/** Bump when the generated graph changes: a loaded instance with another version is rebuilt. */
export const GENERATOR_VERSION = 4;

export type Props = Record<string, unknown>;
export type FactLabel = 'Tenure' | 'ServiceArrangement' | 'Inspection' | 'Direction' | 'Event' | 'Statement' | 'Policy';
export const FACT_LABELS: readonly FactLabel[] = ['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Policy'];

export interface OrgRow { labels: string[]; props: Props }
export interface PersonRow { props: Props }
export interface TenureRow { props: Props; person: string; organisation: string }
export interface ArrangementRow { props: Props; council: string; provider: string }
export interface InspectionRow { props: Props; subject: string; inspectorate: string }
/** Optional links are lists (empty or one id) so that the loader can UNWIND them. */
export interface DirectionRow { props: Props; council: string; issuedBy: string; arrangement: string[] }
export interface EventRow { props: Props; people: string[]; orgs: string[] }
export interface StatementRow { props: Props; speakerPeople: string[]; speakerOrgs: string[]; aboutPeople: string[]; aboutOrgs: string[] }
export interface PolicyRow { props: Props; issuedBy: string[] }
export interface EvidenceRef { id: string; quote: string }
export interface DocumentRow {
  props: Props;
  evidence: Record<FactLabel, EvidenceRef[]>;
  reportedIn: string[];
  mentionsPeople: string[];
  mentionsOrgs: string[];
  authors: string[];
  outlet: string[];
}

export interface RegionGraph {
  organisations: OrgRow[];
  people: PersonRow[];
  tenures: TenureRow[];
  arrangements: ArrangementRow[];
  inspections: InspectionRow[];
  directions: DirectionRow[];
  events: EventRow[];
  statements: StatementRow[];
  policies: PolicyRow[];
  documents: DocumentRow[];
}

/** Parameters for the fixed query set, drawn from the generated graph (see bench/queries.ts). */
export interface BenchParams {
  /** Q1: people with careers of two or more roles. */
  people: string[];
  /** Q2: what users type: full names (some misspelt), towns, organisation names, surnames. */
  searches: string[];
  /** Q4: councils. */
  councils: string[];
  /** Q5: two people who held roles at the same organisation. */
  pairs: [string, string][];
}

export interface GenerationSummary {
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  params: BenchParams;
}

// ---- time: months since year 0, so that arithmetic on dates is plain integer arithmetic ----

const month = (year: number, m = 1) => year * 12 + (m - 1);
const yearOf = (mi: number) => Math.floor(mi / 12);
const monthOf = (mi: number) => (mi % 12) + 1;
const FIRST = month(2008, 1);
const NOW = month(2026, 6);
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

interface DateText {
  text: string;
  human: string;
}

/** Renders a month (and day) at a precision, in the seed files' partial-date syntax. */
function renderDate(mi: number, day: number, precision: DatePrecision): DateText {
  const y = yearOf(mi);
  const m = monthOf(mi);
  switch (precision) {
    case 'YEAR':
      return { text: String(y), human: String(y) };
    case 'MONTH':
      return { text: `${y}-${pad(m)}`, human: `${MONTH_NAMES[m - 1]} ${y}` };
    case 'DAY':
      return { text: `${y}-${pad(m)}-${pad(day)}`, human: `${day} ${MONTH_NAMES[m - 1]} ${y}` };
    case 'QUARTER': {
      const q = Math.ceil(m / 3);
      return { text: `${y}-Q${q}`, human: `the ${['first', 'second', 'third', 'fourth'][q - 1]} quarter of ${y}` };
    }
    case 'SEASON': {
      const [season, sy] = m >= 3 && m <= 5 ? ['spring', y] : m >= 6 && m <= 8 ? ['summer', y] : m >= 9 && m <= 11 ? ['autumn', y] : ['winter', m === 12 ? y : y - 1];
      return { text: `${sy}-${season}`, human: `${season} ${sy}` };
    }
    case 'RANGE':
      return { text: `${y}/${y + 1}`, human: `${y} or ${y + 1}` };
  }
}

function toNeo4jDate(iso: string) {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(y, m, d);
}

/** start: "2018-04" becomes start, startPrecision, startEarliest, startLatest (DATE), as the seed loader writes. */
function dateProps(key: string, date: DateText | null): Props {
  if (!date) return {};
  const parsed = parsePartialDate(date.text);
  if (!parsed) throw new Error(`generator produced an invalid partial date: ${date.text}`);
  return {
    [key]: parsed.value,
    [`${key}Precision`]: parsed.precision,
    [`${key}Earliest`]: toNeo4jDate(parsed.earliest),
    [`${key}Latest`]: toNeo4jDate(parsed.latest),
  };
}

/** Null props are dropped, as the seed loader drops them (Neo4j has no null properties). */
function clean(props: Props): Props {
  const out: Props = {};
  for (const [key, value] of Object.entries(props)) if (value !== null && value !== undefined) out[key] = value;
  return out;
}

// ---- the world ----

type Track =
  | 'councilCeo' | 'dcs' | 'politician' | 'trustLeader' | 'board' | 'commissioner' | 'minister' | 'mp' | 'civil'
  | 'journalist' | 'academic' | 'exec' | 'none';
type Concurrent = 'currentDcs' | 'currentMp' | 'currentCeo';

interface Person {
  id: string;
  name: string;
  surname: string;
  region: number;
  busyUntil: number;
  tenures: number;
}

interface Org {
  id: string;
  name: string;
  kinds: OrganisationKindValue[];
  region: number;
  town: string | null;
  /** Indices of people who held a role here (for statements, events and Q5 pairs). */
  holders: number[];
  /** When a trust began operating (its roles start then). */
  opening?: number;
}

interface Seat {
  org: Org;
  kind: string;
  roles: readonly string[];
  term: readonly [number, number];
  track: Track;
  sources: readonly (readonly [Track, number])[];
  concurrent?: Concurrent;
  start: number;
  end: number;
}

interface RoleSpec {
  kind: string;
  roles: readonly string[];
  term: readonly [number, number];
  seats?: number;
  track: Track;
  sources: readonly (readonly [Track, number])[];
  concurrent?: Concurrent;
}

const COUNCIL_ROLES: RoleSpec[] = [
  { kind: 'CHIEF_EXECUTIVE', roles: ['chief executive'], term: [36, 84], track: 'councilCeo', sources: [['councilCeo', 0.4], ['dcs', 0.15]] },
  {
    kind: 'DIRECTOR_OF_CHILDRENS_SERVICES',
    roles: ["director of children's services", "director of children's services", "interim director of children's services", "executive director of children's services"],
    term: [18, 60], track: 'dcs', sources: [['dcs', 0.55], ['trustLeader', 0.08], ['commissioner', 0.05]],
  },
  { kind: 'COUNCIL_LEADER', roles: ['leader of the council'], term: [24, 96], track: 'politician', sources: [['politician', 0.5]] },
  { kind: 'CABINET_MEMBER', roles: ["cabinet member for children's services", 'lead member for children and families'], term: [24, 72], track: 'politician', sources: [['politician', 0.25]] },
];

const TRUST_ROLES: RoleSpec[] = [
  { kind: 'CHIEF_EXECUTIVE', roles: ['chief executive'], term: [36, 72], track: 'trustLeader', sources: [['dcs', 0.5], ['trustLeader', 0.25], ['councilCeo', 0.1]] },
  { kind: 'CHAIR', roles: ['chair', 'chair of the board'], term: [36, 72], track: 'trustLeader', sources: [['councilCeo', 0.3], ['commissioner', 0.15], ['trustLeader', 0.15], ['minister', 0.1]] },
  { kind: 'DIRECTOR', roles: ['director of practice', 'director of finance', 'director of operations'], term: [24, 60], track: 'dcs', sources: [['dcs', 0.3]] },
  { kind: 'BOARD_MEMBER', roles: ['non-executive director', 'board member'], term: [36, 72], seats: 2, track: 'board', sources: [['councilCeo', 0.2], ['academic', 0.1]] },
];

/** Which organisation kinds a region has, how many, their roles and how they are named. */
interface OrgSpec {
  prefix: 'council' | 'trust' | 'org';
  kinds: OrganisationKindValue[];
  roles: RoleSpec[];
}

const DFE: OrgSpec = {
  prefix: 'org', kinds: ['GOVERNMENT_BODY'], roles: [
    { kind: 'SECRETARY_OF_STATE', roles: ['education secretary'], term: [12, 36], track: 'minister', sources: [['mp', 0.9]], concurrent: 'currentMp' },
    { kind: 'MINISTER', roles: ['minister for children and families'], term: [12, 30], track: 'minister', sources: [['mp', 0.9]], concurrent: 'currentMp' },
    { kind: 'ADVISER', roles: ['adviser on children’s social care'], term: [12, 48], seats: 2, track: 'civil', sources: [['dcs', 0.3], ['commissioner', 0.2]] },
  ],
};
const COMMISSIONER_OFFICE: OrgSpec = {
  prefix: 'org', kinds: ['GOVERNMENT_BODY'], roles: [
    { kind: 'COMMISSIONER', roles: ["children's commissioner"], term: [60, 72], track: 'commissioner', sources: [['dcs', 0.3], ['trustLeader', 0.3]] },
  ],
};
const TREASURY: OrgSpec = { prefix: 'org', kinds: ['GOVERNMENT_BODY'], roles: [{ kind: 'DIRECTOR', roles: ['director of public spending'], term: [36, 72], track: 'civil', sources: [] }] };
const INSPECTORATE: OrgSpec = {
  prefix: 'org', kinds: ['INSPECTORATE'], roles: [
    { kind: 'CHIEF_INSPECTOR', roles: ['chief inspector'], term: [48, 72], track: 'civil', sources: [['dcs', 0.3]] },
    { kind: 'DIRECTOR', roles: ['national director for social care'], term: [36, 60], track: 'civil', sources: [['dcs', 0.4]] },
  ],
};
const ASSOCIATION_PRESIDENTS: OrgSpec = {
  prefix: 'org', kinds: ['ASSOCIATION'], roles: [{ kind: 'PRESIDENT', roles: ['president'], term: [12, 12], track: 'none', sources: [['dcs', 0.8]], concurrent: 'currentDcs' }],
};
const ASSOCIATION_CEOS: OrgSpec = {
  prefix: 'org', kinds: ['ASSOCIATION'], roles: [{ kind: 'PRESIDENT', roles: ['president'], term: [12, 24], track: 'none', sources: [['councilCeo', 0.8]], concurrent: 'currentCeo' }],
};
const ASSOCIATION_OTHER: OrgSpec = {
  prefix: 'org', kinds: ['ASSOCIATION'], roles: [{ kind: 'CHAIR', roles: ['chair'], term: [24, 60], track: 'board', sources: [['councilCeo', 0.3]] }],
};
const MEDIA: OrgSpec = {
  prefix: 'org', kinds: ['MEDIA_OUTLET'], roles: [
    { kind: 'EDITOR', roles: ['editor'], term: [36, 96], track: 'journalist', sources: [['journalist', 0.5]] },
    { kind: 'REPORTER', roles: ['social affairs correspondent', 'reporter', 'local democracy reporter'], term: [24, 72], seats: 2, track: 'journalist', sources: [['journalist', 0.3]] },
  ],
};
const UNIVERSITY: OrgSpec = {
  prefix: 'org', kinds: ['UNIVERSITY'], roles: [
    { kind: 'PROFESSOR', roles: ['professor of social work', 'professor of social policy'], term: [60, 120], seats: 2, track: 'academic', sources: [['academic', 0.3], ['dcs', 0.05]] },
    { kind: 'RESEARCHER', roles: ['research fellow'], term: [24, 48], track: 'academic', sources: [] },
  ],
};
const COMPANY: OrgSpec = {
  prefix: 'org', kinds: ['COMPANY'], roles: [
    { kind: 'CHIEF_EXECUTIVE', roles: ['chief executive', 'managing director'], term: [36, 96], track: 'exec', sources: [['councilCeo', 0.2], ['trustLeader', 0.1], ['exec', 0.2]] },
    { kind: 'DIRECTOR', roles: ['director'], term: [36, 72], track: 'exec', sources: [['dcs', 0.2]] },
  ],
};
const CHARITY: OrgSpec = {
  prefix: 'org', kinds: ['CHARITY'], roles: [
    { kind: 'CHIEF_EXECUTIVE', roles: ['chief executive'], term: [48, 96], track: 'exec', sources: [['dcs', 0.1], ['exec', 0.2]] },
    { kind: 'CHAIR', roles: ['chair of trustees'], term: [36, 72], track: 'board', sources: [['board', 0.2]] },
  ],
};
const COMMITTEE: OrgSpec = {
  prefix: 'org', kinds: ['PARLIAMENTARY_COMMITTEE'], roles: [{ kind: 'CHAIR', roles: ['committee chair'], term: [24, 60], track: 'none', sources: [['mp', 0.95]], concurrent: 'currentMp' }],
};
const PARTY: OrgSpec = {
  prefix: 'org', kinds: ['POLITICAL_PARTY'], roles: [{ kind: 'MP', roles: ['MP'], term: [48, 120], seats: 12, track: 'mp', sources: [['politician', 0.35]] }],
};
const OTHER: OrgSpec = {
  prefix: 'org', kinds: ['OTHER'], roles: [{ kind: 'ADVISER', roles: ['independent chair', 'independent scrutineer'], term: [24, 60], track: 'board', sources: [['dcs', 0.2], ['commissioner', 0.1]] }],
};

type GradeValue = 'OUTSTANDING' | 'GOOD' | 'REQUIRES_IMPROVEMENT' | 'INADEQUATE';

interface PendingDoc {
  row: DocumentRow;
  title: string;
  quotes: string[];
  mentions: Set<string>;
  /** The latest fact it reports: it is published shortly after. */
  month: number;
}

interface Region {
  index: number;
  name: string;
  councils: Org[];
  trusts: Org[];
  dfe: Org;
  commissionerOffice: Org;
  inspectorate: Org;
  media: Org[];
  universities: Org[];
  associations: Org[];
  others: Org[];
  all: Org[];
  /** People by career track, as indices into World.people. */
  pools: Map<Track, number[]>;
  /** Who holds a role now, for roles held alongside another (a DCS who is also ADCS president). */
  current: Record<Concurrent, { person: number; start: number; end: number }[]>;
}

export interface GenerateOptions {
  scale: number;
  seed: string;
  /** Called with each region's rows, in order; the next region is generated once it resolves. */
  onRegion: (graph: RegionGraph, index: number) => Promise<void>;
}

export async function generateGraph(options: GenerateOptions): Promise<GenerationSummary> {
  const world = new World(options.seed, options.scale);
  const byLabel: Record<string, number> = {};
  const byType: Record<string, number> = {};
  for (let r = 0; r < options.scale; r += 1) {
    const graph = world.region(r);
    countGraph(graph, byLabel, byType);
    await options.onRegion(graph, r);
  }
  const nodes = Object.values(byLabel).reduce((a, b) => a + b, 0);
  const relationships = Object.values(byType).reduce((a, b) => a + b, 0);
  return { nodes, relationships, byLabel, byType, params: world.params() };
}

function add(counts: Record<string, number>, key: string, n: number): void {
  if (n > 0) counts[key] = (counts[key] ?? 0) + n;
}

/** Counts what the loader will write, to check the loaded graph against. */
function countGraph(g: RegionGraph, byLabel: Record<string, number>, byType: Record<string, number>): void {
  add(byLabel, 'Organisation', g.organisations.length);
  add(byLabel, 'Person', g.people.length);
  add(byLabel, 'Tenure', g.tenures.length);
  add(byLabel, 'ServiceArrangement', g.arrangements.length);
  add(byLabel, 'Inspection', g.inspections.length);
  add(byLabel, 'Direction', g.directions.length);
  add(byLabel, 'Event', g.events.length);
  add(byLabel, 'Statement', g.statements.length);
  add(byLabel, 'Policy', g.policies.length);
  add(byLabel, 'Document', g.documents.length);
  add(byType, 'HELD', g.tenures.length);
  add(byType, 'AT', g.tenures.length);
  add(byType, 'FOR_COUNCIL', g.arrangements.length);
  add(byType, 'PROVIDED_BY', g.arrangements.length);
  add(byType, 'INSPECTED', g.inspections.length);
  add(byType, 'CONDUCTED_BY', g.inspections.length);
  add(byType, 'DIRECTED', g.directions.length);
  add(byType, 'ISSUED_BY', g.directions.length);
  add(byType, 'MANDATED', g.directions.reduce((n, d) => n + d.arrangement.length, 0));
  add(byType, 'INVOLVED', g.events.reduce((n, e) => n + e.people.length + e.orgs.length, 0));
  add(byType, 'SAID_BY', g.statements.length);
  add(byType, 'ABOUT', g.statements.reduce((n, s) => n + s.aboutPeople.length + s.aboutOrgs.length, 0));
  add(byType, 'ISSUED_BY', g.policies.reduce((n, p) => n + p.issuedBy.length, 0));
  for (const d of g.documents) {
    add(byType, 'EVIDENCED_BY', FACT_LABELS.reduce((n, label) => n + d.evidence[label].length, 0));
    add(byType, 'REPORTED_IN', d.reportedIn.length);
    add(byType, 'MENTIONS', d.mentionsPeople.length + d.mentionsOrgs.length);
    add(byType, 'WRITTEN_BY', d.authors.length);
    add(byType, 'PUBLISHED_BY', d.outlet.length);
  }
}

class World {
  private readonly people: Person[] = [];
  private readonly orgs: Org[] = [];
  private readonly regions: Region[] = [];
  private readonly towns: string[];
  private readonly regionNames: string[];
  private townCursor = 0;
  private readonly counters = new Map<string, number>();
  private readonly paramRng: Rng;
  private readonly councilSample: Reservoir<string>;

  constructor(
    private readonly seed: string,
    private readonly scale: number,
  ) {
    const rng = new Rng(`${seed}:names`);
    const bases = [...new Set(W.TOWN_HEADS.flatMap((h) => W.TOWN_TAILS.map((t) => h + t)))];
    rng.shuffle(bases);
    // Unqualified names first, then "North X", "Upper X"...: every town name is unique.
    this.towns = W.TOWN_QUALIFIERS.flatMap((q) => bases.map((b) => q + b));
    this.regionNames = rng.shuffle(W.REGION_HEADS.flatMap((h) => W.REGION_TAILS.map((t) => h + t)));
    this.paramRng = new Rng(`${seed}:params`);
    this.councilSample = new Reservoir<string>(64, this.paramRng);
  }

  nextId(prefix: string): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return `${prefix}:bench-${n}`;
  }

  private nextTown(): string {
    const town = this.towns[this.townCursor % this.towns.length] as string;
    const round = Math.floor(this.townCursor / this.towns.length);
    this.townCursor += 1;
    return round === 0 ? town : `${town} ${round + 1}`;
  }

  region(r: number): RegionGraph {
    const rng = new Rng(`${this.seed}:region:${r}`);
    const g: RegionGraph = {
      organisations: [], people: [], tenures: [], arrangements: [], inspections: [], directions: [], events: [],
      statements: [], policies: [], documents: [],
    };
    const region = this.buildOrganisations(r, rng, g);
    const docs = new DocFactory(this, region, rng, g);

    // Structural facts first: arrangements, inspections and directions need no people, and
    // directions create the commissioner roles that careers then fill.
    const seats: Seat[] = [];
    const interventions = this.buildArrangements(region, rng, g, docs);
    this.buildInspections(region, rng, g, docs, seats, interventions);

    for (const org of region.all) this.seatsFor(org, rng, seats);
    seats.sort((a, b) => a.start - b.start || a.org.id.localeCompare(b.org.id));
    for (const seat of seats) this.fill(seat, region, rng, g, docs);

    this.buildEvents(region, rng, g, docs);
    this.buildStatements(region, rng, g, docs);
    this.buildPolicies(region, rng, g, docs);
    docs.finish();
    for (const c of region.councils) this.councilSample.offer(c.id);
    return g;
  }

  // ---- organisations ----

  private addOrg(region: number, spec: Pick<OrgSpec, 'prefix' | 'kinds'>, name: string, town: string | null, g: RegionGraph, aliases: string[] = [], description: string | null = null): Org {
    const org: Org = { id: this.nextId(spec.prefix), name, kinds: spec.kinds, region, town, holders: [] };
    this.orgs.push(org);
    g.organisations.push({
      labels: spec.kinds.map((k) => KIND_LABELS[k]),
      props: clean({ id: org.id, name, aliases, aliasText: aliases.length > 0 ? aliases.join(' | ') : null, kinds: spec.kinds, description }),
    });
    return org;
  }

  private buildOrganisations(r: number, rng: Rng, g: RegionGraph): Region {
    const regionName = this.regionNames[r % this.regionNames.length] + (r >= this.regionNames.length ? ` ${Math.floor(r / this.regionNames.length) + 1}` : '');
    const councils: Org[] = [];
    for (let i = 0; i < 150; i += 1) {
      const town = this.nextTown();
      const type = rng.weighted([['county', 0.18], ['metropolitan', 0.24], ['london', 0.22], ['unitary', 0.36]] as const);
      const name = type === 'county' ? `${town} County Council` : type === 'metropolitan' ? `${town} Metropolitan Borough Council` : type === 'london' ? `London Borough of ${town}` : rng.chance(0.3) ? `${town} City Council` : `${town} Council`;
      const aliases = [town, `${town} council`, ...(type === 'metropolitan' ? [`${town} MBC`] : type === 'county' ? [`${town} CC`] : [])];
      councils.push(this.addOrg(r, { prefix: 'council', kinds: ['COUNCIL'] }, name, town, g, rng.chance(0.7) ? aliases : []));
    }
    const trusts: Org[] = [];
    const hosts = rng.shuffle([...councils]).slice(0, 15);
    for (const host of hosts) {
      const town = host.town as string;
      const company = rng.chance(0.3);
      const name = company ? `${town} Children's Services Ltd` : `${town} Children's Trust`;
      const initials = name.split(/\s+/).map((w) => w[0]).join('').replace(/[^A-Z]/g, '');
      trusts.push(this.addOrg(r, { prefix: 'trust', kinds: company ? ['CHILDRENS_TRUST', 'COMPANY'] : ['CHILDRENS_TRUST'] }, name, town, g, rng.chance(0.6) ? [initials] : []));
    }
    const named = (spec: OrgSpec, name: string, aliases: string[] = [], town: string | null = null) => this.addOrg(r, spec, name, town, g, aliases);
    const dfe = named(DFE, `${regionName} Department for Education`, [`${regionName} DfE`]);
    const commissionerOffice = named(COMMISSIONER_OFFICE, `${regionName} Children's Commissioner`);
    const treasury = named(TREASURY, `${regionName} Treasury`);
    const inspectorate = named(INSPECTORATE, `${regionName} Office for Standards in Education`, [`${regionName} Ofsted`]);
    const associations = [
      named(ASSOCIATION_PRESIDENTS, `${regionName} ${W.ASSOCIATION_NAMES[0]}`),
      named(ASSOCIATION_OTHER, `${regionName} ${W.ASSOCIATION_NAMES[1]}`),
      named(ASSOCIATION_OTHER, `${regionName} ${W.ASSOCIATION_NAMES[2]}`),
      named(ASSOCIATION_CEOS, `${regionName} ${W.ASSOCIATION_NAMES[3]}`),
    ];
    const media: Org[] = [];
    for (let i = 0; i < 8; i += 1) {
      const town = rng.pick(councils).town as string;
      media.push(named(MEDIA, `The ${town} ${rng.pick(W.OUTLET_WORDS)}`, [], town));
    }
    const universities: Org[] = [];
    for (let i = 0; i < 5; i += 1) {
      const town = rng.pick(councils).town as string;
      universities.push(named(UNIVERSITY, `University of ${town}`, [], town));
    }
    const others: Org[] = [];
    for (let i = 0; i < 6; i += 1) others.push(named(COMPANY, `${this.surname(rng)} ${rng.pick(W.COMPANY_WORDS)}`));
    for (let i = 0; i < 3; i += 1) others.push(named(CHARITY, `${regionName} ${W.CHARITY_WORDS[i % W.CHARITY_WORDS.length]}`));
    others.push(named(COMMITTEE, `${regionName} Education Committee`), named(COMMITTEE, `${regionName} Public Accounts Committee`));
    others.push(named(PARTY, `${regionName} Progressive Party`), named(PARTY, `${regionName} Conservative Party`));
    others.push(named(OTHER, `${regionName} Children's Services Improvement Board`));
    for (let i = 0; i < 2; i += 1) {
      const town = rng.pick(councils).town as string;
      others.push(named(OTHER, `${town} Safeguarding Partnership`, [], town));
    }
    const all = [...councils, ...trusts, dfe, commissionerOffice, treasury, inspectorate, ...associations, ...media, ...universities, ...others];
    const region: Region = {
      index: r, name: regionName, councils, trusts, dfe, commissionerOffice, inspectorate, media, universities, associations, others, all,
      pools: new Map(), current: { currentDcs: [], currentMp: [], currentCeo: [] },
    };
    this.regions.push(region);
    return region;
  }

  private specOf(org: Org, region: Region): RoleSpec[] {
    if (org.kinds.includes('COUNCIL')) return COUNCIL_ROLES;
    if (org.kinds.includes('CHILDRENS_TRUST')) return TRUST_ROLES;
    if (org === region.dfe) return DFE.roles;
    if (org === region.commissionerOffice) return COMMISSIONER_OFFICE.roles;
    if (org === region.inspectorate) return INSPECTORATE.roles;
    if (org === region.associations[0]) return ASSOCIATION_PRESIDENTS.roles;
    if (org === region.associations[3]) return ASSOCIATION_CEOS.roles;
    const kind = org.kinds[0];
    switch (kind) {
      case 'ASSOCIATION': return ASSOCIATION_OTHER.roles;
      case 'MEDIA_OUTLET': return MEDIA.roles;
      case 'UNIVERSITY': return UNIVERSITY.roles;
      case 'COMPANY': return COMPANY.roles;
      case 'CHARITY': return CHARITY.roles;
      case 'PARLIAMENTARY_COMMITTEE': return COMMITTEE.roles;
      case 'POLITICAL_PARTY': return PARTY.roles;
      case 'GOVERNMENT_BODY': return TREASURY.roles;
      default: return OTHER.roles;
    }
  }

  /** Successive holders of each seat from before 2010 to now, with short gaps between them. */
  private seatsFor(org: Org, rng: Rng, seats: Seat[]): void {
    const region = this.regions[org.region] as Region;
    const opening = org.opening ?? FIRST + rng.int(0, 24);
    for (const spec of this.specOf(org, region)) {
      for (let s = 0; s < (spec.seats ?? 1); s += 1) {
        let start = opening + rng.int(0, 6);
        while (start <= NOW) {
          const end = start + rng.int(spec.term[0], spec.term[1]);
          seats.push({ org, kind: spec.kind, roles: spec.roles, term: spec.term, track: spec.track, sources: spec.sources, ...(spec.concurrent ? { concurrent: spec.concurrent } : {}), start, end });
          start = end + rng.int(0, 5);
        }
      }
    }
  }

  // ---- people and careers ----

  private surname(rng: Rng): string {
    return rng.chance(0.35) ? rng.pickSkewed(W.COMMON_SURNAMES) : rng.pick(W.SURNAME_HEADS) + rng.pick(W.SURNAME_TAILS);
  }

  newPerson(region: Region, rng: Rng, g: RegionGraph, described: string | null = null): number {
    const surname = this.surname(rng);
    const name = `${rng.pick(W.FIRST_NAMES)} ${surname}`;
    const id = this.nextId('person');
    const aliases = rng.chance(0.05) ? [`${name.split(' ')[0]?.[0]}. ${surname}`] : [];
    g.people.push({ props: clean({ id, name, aliases, aliasText: aliases.length > 0 ? aliases.join(' | ') : null, description: described }) });
    this.people.push({ id, name, surname, region: region.index, busyUntil: -1, tenures: 0 });
    return this.people.length - 1;
  }

  person(index: number): Person {
    return this.people[index] as Person;
  }

  /** Someone from a career pool who is free by `start` and has not retired (left within 3 years). */
  private fromPool(region: Region, track: Track, start: number, rng: Rng): number | null {
    // One move in ten crosses into the neighbouring region: careers are national.
    const home = (region.index > 0 && rng.chance(0.1) ? this.regions[region.index - 1] : undefined) ?? region;
    const pool = home.pools.get(track);
    if (!pool || pool.length === 0) return null;
    for (let attempt = 0; attempt < 24 && pool.length > 0; attempt += 1) {
      const slot = Math.floor(rng.next() * pool.length);
      const index = pool[slot] as number;
      const candidate = this.person(index);
      if (candidate.busyUntil < start - 36) {
        pool[slot] = pool[pool.length - 1] as number; // retired: drop
        pool.pop();
        continue;
      }
      if (candidate.busyUntil <= start) {
        pool[slot] = pool[pool.length - 1] as number;
        pool.pop();
        return index;
      }
    }
    return null;
  }

  private fromCurrent(region: Region, which: Concurrent, start: number, rng: Rng): number | null {
    const list = region.current[which];
    for (let attempt = 0; attempt < 12 && list.length > 0; attempt += 1) {
      const entry = rng.pick(list);
      if (entry.start <= start && entry.end > start) return entry.person;
    }
    return null;
  }

  private fill(seat: Seat, region: Region, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    let who: number | null = null;
    if (seat.concurrent) {
      const source = seat.sources[0];
      if (source && rng.chance(source[1])) who = this.fromCurrent(region, seat.concurrent, seat.start, rng);
    } else {
      for (const [track, p] of seat.sources) {
        if (!rng.chance(p)) continue;
        who = this.fromPool(region, track, seat.start, rng);
        if (who !== null) break;
      }
    }
    who ??= this.newPerson(region, rng, g);
    const person = this.person(who);
    if (!seat.concurrent) person.busyUntil = seat.end;
    if (seat.track !== 'none') {
      const pool = region.pools.get(seat.track) ?? [];
      pool.push(who);
      region.pools.set(seat.track, pool);
    }
    if (seat.kind === 'DIRECTOR_OF_CHILDRENS_SERVICES') region.current.currentDcs.push({ person: who, start: seat.start, end: seat.end });
    if (seat.kind === 'MP') region.current.currentMp.push({ person: who, start: seat.start, end: seat.end });
    if (seat.kind === 'CHIEF_EXECUTIVE' && seat.org.kinds.includes('COUNCIL')) region.current.currentCeo.push({ person: who, start: seat.start, end: seat.end });
    this.addTenure(who, seat, rng, g, docs);
  }

  private addTenure(who: number, seat: Seat, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    const person = this.person(who);
    person.tenures += 1;
    seat.org.holders.push(who);
    const role = rng.pick(seat.roles);
    const start = rng.chance(0.08) ? null : renderDate(seat.start, rng.int(1, 28), datePrecision(rng));
    const current = seat.end > NOW;
    const end = current || rng.chance(0.2) ? null : renderDate(seat.end, rng.int(1, 28), datePrecision(rng));
    const id = this.nextId('tenure');
    g.tenures.push({
      props: clean({
        id, name: `${person.name}: ${role}, ${seat.org.name}`, role, roleKind: seat.kind,
        current: current ? true : end ? false : null, ...dateProps('start', start), ...dateProps('end', end),
      }),
      person: person.id,
      organisation: seat.org.id,
    });
    const when = start ? ` in ${start.human}` : '';
    const quote = rng.weighted([
      [`${person.name} was appointed ${role} of ${seat.org.name}${when}`, 3],
      [`${seat.org.name}’s ${role}, ${person.name}`, 2],
      [`${person.name}, who became ${role} at ${seat.org.name}${when}`, 1],
    ] as const);
    docs.cite({ label: 'Tenure', id }, {
      topic: seat.org, month: seat.start, quote, people: [person.id], orgs: [seat.org.id],
      title: () => rng.chance(0.5) ? `${seat.org.name} appoints ${person.name} as ${role}` : `${person.name} to be ${role} of ${seat.org.name}`,
    });
  }

  // ---- arrangements, inspections, directions ----

  private buildArrangements(region: Region, rng: Rng, g: RegionGraph, docs: DocFactory): Map<Org, { month: number; arrangement: string }[]> {
    const mandated = new Map<Org, { month: number; arrangement: string }[]>();
    const add = (council: Org, provider: Org, start: number, origin: string) => {
      const planned = start > NOW;
      const status = planned ? 'PLANNED' : rng.weighted([['ACTIVE', 0.78], ['ENDED', 0.16], ['ABANDONED', 0.06]] as const);
      const endMonth = status === 'ENDED' ? Math.min(NOW - 1, start + rng.int(30, 84)) : null;
      const ending = status === 'ENDED' ? rng.weighted([['TAKEN_BACK_IN_HOUSE', 0.6], ['TRANSFERRED', 0.3], ['DISSOLVED', 0.1]] as const) : null;
      const startDate = renderDate(start, 1, rng.chance(0.7) ? 'MONTH' : 'YEAR');
      const id = this.nextId('arrangement');
      g.arrangements.push({
        props: clean({
          id, name: `${provider.name} runs ${council.name} children's services`, origin, ending, status,
          description: rng.chance(0.3) ? `${provider.name} delivers ${council.name}'s children's social care under a service contract` : null,
          ...dateProps('start', status === 'ABANDONED' ? null : startDate), ...dateProps('end', endMonth === null ? null : renderDate(endMonth, 1, 'MONTH')),
        }),
        council: council.id,
        provider: provider.id,
      });
      docs.cite({ label: 'ServiceArrangement', id }, {
        topic: council, month: start, people: [], orgs: [council.id, provider.id],
        quote: `${provider.name} ${planned ? 'will take over' : 'took over'} ${council.name}’s children’s services${status === 'ABANDONED' ? ' under plans later dropped' : ` from ${startDate.human}`}`,
        title: () => `${provider.name} to run ${council.name} children's services`,
      });
      if (origin === 'MANDATED_BY_DFE' && status !== 'ABANDONED') {
        const list = mandated.get(council) ?? [];
        list.push({ month: start, arrangement: id });
        mandated.set(council, list);
      }
    };
    for (const trust of region.trusts) {
      const host = region.councils.find((c) => c.town === trust.town) as Org;
      const start = month(rng.int(2013, 2025), rng.int(1, 12));
      trust.opening = start - rng.int(3, 9);
      add(host, trust, start, rng.weighted([['MANDATED_BY_DFE', 0.6], ['CHOSEN_BY_COUNCIL', 0.25], ['VOLUNTARY', 0.15]] as const));
    }
    for (let i = 0; i < 5; i += 1) {
      const council = rng.pick(region.councils);
      let provider = rng.pick(region.councils);
      while (provider === council) provider = rng.pick(region.councils);
      add(council, provider, month(rng.int(2012, 2024), rng.int(1, 12)), rng.chance(0.5) ? 'MANDATED_BY_DFE' : 'CHOSEN_BY_COUNCIL');
    }
    return mandated;
  }

  private buildInspections(region: Region, rng: Rng, g: RegionGraph, docs: DocFactory, seats: Seat[], mandated: Map<Org, { month: number; arrangement: string }[]>): void {
    for (const council of region.councils) {
      const forced = (mandated.get(council) ?? []).map((m) => ({ ...m, inspection: m.month - rng.int(10, 20) }));
      const months: { month: number; forced: { arrangement: string } | null }[] = forced.map((f) => ({ month: f.inspection, forced: { arrangement: f.arrangement } }));
      for (let m = month(2010, 1) + rng.int(0, 30); m <= NOW; m += rng.int(36, 48)) {
        if (forced.every((f) => Math.abs(f.inspection - m) > 12)) months.push({ month: m, forced: null });
      }
      months.sort((a, b) => a.month - b.month);
      let grade = rng.weighted([['OUTSTANDING', 0.05], ['GOOD', 0.35], ['REQUIRES_IMPROVEMENT', 0.4], ['INADEQUATE', 0.2]] as const) as GradeValue;
      let directed = false;
      for (const entry of months) {
        grade = entry.forced ? 'INADEQUATE' : nextGrade(grade, rng);
        this.addInspection(council, region, entry.month, grade, rng, g, docs);
        if (grade === 'INADEQUATE' && (entry.forced || rng.chance(0.3))) {
          this.addDirection(council, region, entry.month + rng.int(1, 4), directed, entry.forced?.arrangement ?? null, rng, g, docs, seats);
          directed = true;
        }
      }
    }
    for (const trust of region.trusts) {
      const opening = trust.opening ?? NOW;
      let grade: GradeValue = rng.weighted([['OUTSTANDING', 0.05], ['GOOD', 0.35], ['REQUIRES_IMPROVEMENT', 0.45], ['INADEQUATE', 0.15]] as const);
      for (let m = opening + rng.int(18, 30); m <= NOW; m += 36) {
        grade = nextGrade(grade, rng, true);
        this.addInspection(trust, region, m, grade, rng, g, docs);
      }
    }
  }

  private addInspection(subject: Org, region: Region, m: number, grade: GradeValue, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    const graded = rng.chance(0.96) ? grade : null;
    const date = rng.chance(0.03) ? null : renderDate(m, rng.int(1, 28), rng.chance(0.7) ? 'DAY' : 'MONTH');
    const id = this.nextId('inspection');
    const name = `${region.inspectorate.name} ${graded ? graded.toLowerCase().replaceAll('_', ' ') : 'inspection'}: ${subject.name}${date ? ` ${date.text}` : ''}`;
    g.inspections.push({
      props: clean({
        id, name, grade: graded,
        scope: rng.chance(0.2) ? rng.pick(["children's services", 'services for children in need of help and protection', 'focused visit']) : null,
        ...dateProps('date', date),
      }),
      subject: subject.id,
      inspectorate: region.inspectorate.id,
    });
    docs.cite({ label: 'Inspection', id }, {
      topic: subject, month: m, people: [], orgs: [subject.id, region.inspectorate.id], kind: 'REPORT', outlet: region.inspectorate, reuse: 0.35,
      quote: graded ? `Inspectors judged ${subject.name}’s services for children to be ${W.GRADE_WORDS[graded]}` : `Inspectors visited ${subject.name}’s children’s services`,
      title: () => `Inspection of ${subject.name} children's services${date ? ` (${date.human})` : ''}`,
    });
  }

  private addDirection(council: Org, region: Region, m: number, revised: boolean, arrangement: string | null, rng: Rng, g: RegionGraph, docs: DocFactory, seats: Seat[]): void {
    const kind = revised ? 'REVISED_DIRECTION' : 'DIRECTION';
    const date = renderDate(m, rng.int(1, 28), rng.chance(0.6) ? 'DAY' : 'MONTH');
    const id = this.nextId('direction');
    g.directions.push({
      props: clean({
        id, name: `${revised ? 'Revised direction' : 'Direction'} to ${council.name} ${date.text}`, kind,
        summary: arrangement ? "Move children's services into an independent trust" : rng.pick(['Appoint a children’s services commissioner', 'Work with a partner council to improve', 'Cooperate with the commissioner']),
        ...dateProps('date', date),
      }),
      council: council.id,
      issuedBy: region.dfe.id,
      arrangement: arrangement ? [arrangement] : [],
    });
    docs.cite({ label: 'Direction', id }, {
      topic: council, month: m, people: [], orgs: [council.id, region.dfe.id], kind: 'POLICY_PAPER', outlet: region.dfe, reuse: 0.2,
      quote: `${region.dfe.name} issued ${council.name} with a ${revised ? 'revised ' : ''}statutory direction in ${date.human}`,
      title: () => `Statutory direction to ${council.name}`,
    });
    // A direction brings a DfE-appointed commissioner, often a former trust leader (Q3).
    seats.push({
      org: council, kind: 'COMMISSIONER', roles: ['DfE-appointed commissioner', "children's services commissioner"], term: [6, 24],
      track: 'commissioner', sources: [['trustLeader', 0.75], ['dcs', 0.3], ['councilCeo', 0.2]], start: m, end: m + rng.int(6, 24),
    });
  }

  // ---- events, statements, policies ----

  private buildEvents(region: Region, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    const subjects = [...region.councils, ...region.trusts];
    for (const org of subjects) {
      const isTrust = org.kinds.includes('CHILDRENS_TRUST');
      const from = isTrust ? (org.opening ?? NOW) : month(2010, 1);
      for (let y = yearOf(from); y <= 2026; y += 1) {
        const kind = rng.weighted([
          [null, isTrust ? 0.75 : 0.66], ['OVERSPEND', 0.12], ['ANNOUNCEMENT', 0.06], ['REVIEW', 0.04], ['APPOINTMENT', 0.04], ['FUNDING', 0.03],
          ['RECOMMENDATION', 0.02], ['DEATH', 0.015], ['SUSPENSION', 0.01], ['BROADCAST', 0.01], ['OTHER', 0.01],
        ] as const);
        if (kind === null) continue;
        this.addEvent(org, kind, month(y, rng.int(1, 12)), region, rng, g, docs);
      }
    }
  }

  private addEvent(org: Org, kind: string, m: number, region: Region, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    const y = yearOf(m);
    const people: string[] = [];
    let name: string;
    let quote: string;
    let amount: number | null = null;
    let period: string | null = null;
    const holder = org.holders.length > 0 ? this.person(rng.pick(org.holders)) : null;
    switch (kind) {
      case 'OVERSPEND':
        amount = rng.int(5, 400) * 100_000;
        period = `${y - 1}-${String(y % 100).padStart(2, '0')}`;
        name = `${org.name} children's services overspend ${period}`;
        quote = `an overspend of £${(amount / 1_000_000).toFixed(1)}m on children’s services in ${period}`;
        break;
      case 'FUNDING':
        amount = rng.int(2, 60) * 100_000;
        name = `${org.name} improvement funding ${y}`;
        quote = `£${(amount / 1_000_000).toFixed(1)}m of improvement funding for ${org.name}`;
        break;
      case 'DEATH': {
        const child = this.newPerson(region, rng, g, 'A child whose death was cited in coverage');
        const c = this.person(child);
        people.push(c.id);
        name = `Death of ${c.name}`;
        quote = `the death of ${c.name} in ${y}`;
        break;
      }
      case 'APPOINTMENT':
        if (holder) people.push(holder.id);
        name = `Appointment announced at ${org.name} ${y}`;
        quote = `${org.name} announced a senior appointment${holder ? `, ${holder.name}` : ''}`;
        break;
      case 'RECOMMENDATION':
        if (holder) people.push(holder.id);
        name = `Commissioner's recommendation for ${org.name} ${y}`;
        quote = `the commissioner recommended that ${org.name} ${rng.pick(['keep its services in-house', 'move to a trust', 'work with a partner council'])}`;
        break;
      default: {
        const what: Record<string, string> = {
          ANNOUNCEMENT: rng.pick(["a children's services restructure", 'a new fostering strategy', 'a review of early help', 'a new practice model']),
          REVIEW: 'an independent review of its children’s services',
          SUSPENSION: 'the suspension of a senior manager',
          BROADCAST: 'a documentary about its children’s services',
          OTHER: rng.pick(['a peer review', 'a staff survey', 'a recruitment drive for social workers']),
        };
        name = `${org.name}: ${what[kind] ?? 'other event'} (${y})`;
        quote = `${org.name} ${kind === 'REVIEW' ? 'commissioned' : 'announced'} ${what[kind]}`;
      }
    }
    const date = rng.chance(0.05) ? null : renderDate(m, rng.int(1, 28), datePrecision(rng));
    const id = this.nextId('event');
    const orgs = [org.id];
    g.events.push({
      props: clean({
        id, kind, name, description: rng.chance(0.3) ? `Reported in coverage of ${org.name}` : null, amount,
        currency: amount === null ? null : 'GBP', period, ...dateProps('date', date),
      }),
      people,
      orgs,
    });
    docs.cite({ label: 'Event', id }, { topic: org, month: m, people, orgs, quote, title: () => name });
  }

  private buildStatements(region: Region, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    const commentators = [...region.media, ...region.universities].flatMap((o) => o.holders);
    const orgSpeakers = [...region.associations, region.dfe, ...region.others.filter((o) => o.kinds.includes('CHARITY'))];
    for (const about of [...region.councils, ...region.trusts]) {
      const isTrust = about.kinds.includes('CHILDRENS_TRUST');
      const n = rng.poisson(isTrust ? 12 : 8);
      for (let i = 0; i < n; i += 1) {
        const speakerRoll = rng.next();
        let speakerPerson: Person | null = null;
        let speakerOrg: Org | null = null;
        if (speakerRoll < 0.6 && about.holders.length > 0) speakerPerson = this.person(rng.pick(about.holders));
        else if (speakerRoll < 0.78 && commentators.length > 0) speakerPerson = this.person(rng.pick(commentators));
        else speakerOrg = isTrust && rng.chance(0.3) ? about : rng.pick(orgSpeakers);
        const speakerName = speakerPerson?.name ?? speakerOrg?.name ?? '';
        const middleIndex = rng.int(0, W.STATEMENT_MIDDLES.length - 1);
        const middle = W.STATEMENT_MIDDLES[middleIndex] as string;
        const quote = `${rng.pick(W.STATEMENT_OPENINGS)} ${middle}${rng.pick(W.STATEMENT_ENDINGS)}`;
        const positive = [1, 3, 6, 8, 10].includes(middleIndex);
        const stance = rng.weighted([[positive ? 'FOR' : 'AGAINST', 0.75], ['MIXED', 0.08], ['NEUTRAL', 0.07], [null, 0.1]] as const);
        const aboutPeople: string[] = [];
        const aboutOrgs = [about.id];
        if (rng.chance(0.3)) {
          const second = about.holders.length > 0 && rng.chance(0.5) ? this.person(rng.pick(about.holders)).id : null;
          if (second && second !== speakerPerson?.id) aboutPeople.push(second);
        }
        const m = Math.max(isTrust ? (about.opening ?? NOW) : month(2011, 1), month(rng.int(2011, 2026), rng.int(1, 12)));
        const date = rng.chance(0.2) ? null : renderDate(Math.min(m, NOW), rng.int(1, 28), rng.chance(0.85) ? 'DAY' : 'MONTH');
        const id = this.nextId('statement');
        g.statements.push({
          props: clean({
            id, name: `${speakerName}: “${quote.length > 60 ? `${quote.slice(0, 57)}...` : quote}”`, quote,
            summary: rng.chance(0.6) ? middle.charAt(0).toUpperCase() + middle.slice(1) : null, stance, ...dateProps('date', date),
          }),
          speakerPeople: speakerPerson ? [speakerPerson.id] : [],
          speakerOrgs: speakerOrg ? [speakerOrg.id] : [],
          aboutPeople,
          aboutOrgs,
        });
        docs.cite({ label: 'Statement', id }, {
          topic: about, month: m, quote, reportedIn: true, kind: speakerPerson && rng.chance(0.2) ? 'OPINION' : 'ARTICLE',
          ...(speakerPerson ? { author: speakerPerson.id } : {}),
          people: [...(speakerPerson ? [speakerPerson.id] : []), ...aboutPeople], orgs: [...aboutOrgs, ...(speakerOrg ? [speakerOrg.id] : [])],
          title: () => `${speakerName} on ${about.name}`,
        });
      }
    }
  }

  private buildPolicies(region: Region, rng: Rng, g: RegionGraph, docs: DocFactory): void {
    for (let i = 0; i < 10; i += 1) {
      const name = `${region.name} ${rng.pick(W.POLICY_ADJECTIVES)} ${rng.pick(W.POLICY_NOUNS)} programme`;
      const id = this.nextId('policy');
      const issued = rng.chance(0.9);
      g.policies.push({ props: clean({ id, name, aliases: [], description: rng.chance(0.5) ? 'A national programme for children’s services' : null }), issuedBy: issued ? [region.dfe.id] : [] });
      docs.cite({ label: 'Policy', id }, {
        topic: region.dfe, month: month(rng.int(2011, 2025), rng.int(1, 12)), people: [], orgs: [region.dfe.id], kind: 'POLICY_PAPER', outlet: region.dfe,
        quote: `the ${name}, which ${rng.pick(['funds councils to improve', 'pairs strong councils with weaker ones', 'tests new ways of working'])}`,
        title: () => `${name}: guidance`,
      });
    }
  }

  // ---- parameters ----

  params(): BenchParams {
    const rng = this.paramRng;
    const careers = new Reservoir<string>(64, rng);
    const names = new Reservoir<string>(48, rng);
    const surnames = new Reservoir<string>(16, rng);
    for (const p of this.people) {
      if (p.tenures >= 2) careers.offer(p.id);
      if (p.tenures >= 1) {
        names.offer(p.name);
        surnames.offer(p.surname);
      }
    }
    const towns = new Reservoir<string>(16, rng);
    const orgNames = new Reservoir<string>(12, rng);
    const pairs = new Reservoir<[string, string]>(64, rng);
    for (const org of this.orgs) {
      if (org.kinds.includes('COUNCIL') && org.town) towns.offer(org.town);
      if (org.kinds.includes('CHILDRENS_TRUST') || org.kinds.includes('COUNCIL')) orgNames.offer(org.name);
      const distinct = [...new Set(org.holders)];
      if (distinct.length >= 2) {
        const a = rng.pick(distinct);
        let b = rng.pick(distinct);
        while (b === a) b = rng.pick(distinct);
        pairs.offer([this.person(a).id, this.person(b).id]);
      }
    }
    // What people type: mostly names, a quarter of them misspelt (the API is typo-tolerant).
    const searches = [
      ...names.items.map((name, i) => (i % 4 === 3 ? typo(name) : name)),
      ...towns.items,
      ...orgNames.items,
      ...surnames.items,
    ];
    return { people: careers.items, searches: rng.shuffle(searches).slice(0, 64), councils: this.councilSample.items, pairs: pairs.items };
  }
}

/** Swaps two letters inside the last word: "Sarah Ashworth" becomes "Sarah Ashwroth". */
function typo(name: string): string {
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  if (last.length < 5) return name;
  const i = 2 + (last.length % (last.length - 3));
  const chars = [...last];
  [chars[i], chars[i + 1]] = [chars[i + 1] as string, chars[i] as string];
  words[words.length - 1] = chars.join('');
  return words.join(' ');
}

function datePrecision(rng: Rng): DatePrecision {
  return rng.weighted([['MONTH', 0.5], ['YEAR', 0.25], ['DAY', 0.15], ['SEASON', 0.05], ['QUARTER', 0.05]] as const);
}

/**
 * Grades persist: half the time a service keeps its grade, otherwise it is drawn afresh from
 * the national distribution (so grades neither drift to inadequate nor freeze).
 */
function nextGrade(grade: GradeValue, rng: Rng, trust = false): GradeValue {
  if (rng.chance(0.5)) return grade;
  return rng.weighted(trust
    ? ([['OUTSTANDING', 0.08], ['GOOD', 0.47], ['REQUIRES_IMPROVEMENT', 0.35], ['INADEQUATE', 0.1]] as const)
    : ([['OUTSTANDING', 0.05], ['GOOD', 0.42], ['REQUIRES_IMPROVEMENT', 0.38], ['INADEQUATE', 0.15]] as const));
}

// ---- documents ----

interface Citation {
  topic: Org;
  month: number;
  quote: string;
  people: string[];
  orgs: string[];
  title: () => string;
  kind?: 'ARTICLE' | 'REPORT' | 'POLICY_PAPER' | 'OPINION';
  outlet?: Org;
  author?: string;
  /** Chance of citing an open document about the same topic instead of a new one. */
  reuse?: number;
  /** A statement is also REPORTED_IN the document that evidences it. */
  reportedIn?: boolean;
}

/**
 * Documents are written after the facts they support: each fact cites a document about its
 * topic (a new one or a recent open one), so a document's text can be made of the exact
 * quotes that cite it, as in the real corpus (every quote occurs verbatim in its document).
 */
class DocFactory {
  private readonly open = new Map<string, PendingDoc>();
  private readonly pending: PendingDoc[] = [];
  private readonly journalists: string[];

  constructor(
    private readonly world: World,
    private readonly region: Region,
    private readonly rng: Rng,
    private readonly g: RegionGraph,
  ) {
    this.journalists = [];
  }

  cite(fact: { label: FactLabel; id: string }, c: Citation): void {
    const copies = this.rng.chance(0.1) ? 2 : 1;
    for (let copy = 0; copy < copies; copy += 1) {
      const doc = this.documentFor(c, copy > 0);
      doc.row.evidence[fact.label].push({ id: fact.id, quote: c.quote });
      if (!doc.quotes.includes(c.quote)) doc.quotes.push(c.quote);
      if (c.reportedIn && copy === 0) doc.row.reportedIn.push(fact.id);
      for (const id of [...c.people, ...c.orgs]) if (doc.mentions.size < 12) doc.mentions.add(id);
    }
  }

  private documentFor(c: Citation, second: boolean): PendingDoc {
    const kind = c.kind ?? 'ARTICLE';
    const key = `${c.topic.id}|${kind}|${second ? 2 : 1}`;
    const open = this.open.get(key);
    if (open && open.quotes.length < 8 && this.rng.chance(c.reuse ?? 0.85)) {
      open.month = Math.max(open.month, c.month);
      return open;
    }
    const outlet = c.outlet ?? (kind === 'ARTICLE' || kind === 'OPINION' ? this.rng.pick(this.region.media) : null);
    const author = c.author && kind === 'OPINION' ? c.author : kind === 'ARTICLE' && this.rng.chance(0.7) ? this.journalist() : null;
    const id = this.world.nextId('doc');
    const title = c.title();
    const row: DocumentRow = {
      props: clean({ id, name: title, title, corpusFile: `${id.replace(':', '-')}.txt`, kind }),
      evidence: { Tenure: [], ServiceArrangement: [], Inspection: [], Direction: [], Event: [], Statement: [], Policy: [] },
      reportedIn: [],
      mentionsPeople: [],
      mentionsOrgs: [],
      authors: author ? [author] : [],
      outlet: outlet ? [outlet.id] : [],
    };
    const doc: PendingDoc = { row, title, quotes: [], mentions: new Set(), month: c.month };
    this.open.set(key, doc);
    this.pending.push(doc);
    return doc;
  }

  private sentence(): string {
    const rng = this.rng;
    if (rng.chance(0.15)) return rng.pick(W.FILLER_SENTENCES);
    return `${rng.pick(W.PROSE.subjects)} ${rng.pick(W.PROSE.verbs)} ${rng.pick(W.PROSE.objects)}${rng.pick(W.PROSE.tails)}.`;
  }

  private articleText(doc: PendingDoc): string {
    const target = 2_000 + Math.round(7_000 * this.rng.next() * this.rng.next());
    const quotes = doc.quotes.map((q) => `“${q}.”`);
    const paragraphs: string[] = [];
    let length = doc.title.length;
    while (length < target || quotes.length > 0) {
      const sentences = Array.from({ length: this.rng.int(2, 5) }, () => this.sentence());
      const quote = quotes.shift();
      if (quote) sentences.splice(this.rng.int(0, sentences.length), 0, quote);
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    return `${doc.title}\n\n${paragraphs.join('\n\n')}`;
  }

  private journalist(): string | null {
    if (this.journalists.length === 0) {
      for (const outlet of this.region.media) for (const h of outlet.holders) this.journalists.push(this.world.person(h).id);
    }
    return this.journalists.length > 0 ? this.rng.pick(this.journalists) : null;
  }

  /**
   * Writes each document's text and hands the rows over: the title, then paragraphs of prose
   * with the quotes set among them, to a length drawn like the corpus articles' (about 2,000 to
   * 9,000 characters; the five corpus texts are 5,300 to 9,600).
   */
  finish(): void {
    for (const doc of this.pending) {
      doc.row.props.text = this.articleText(doc);
      const published = Math.min(NOW, doc.month + this.rng.int(0, 3));
      const precision = this.rng.weighted([['DAY', 0.6], ['MONTH', 0.3], ['YEAR', 0.1]] as const);
      Object.assign(doc.row.props, dateProps('published', renderDate(published, this.rng.int(1, 28), precision)));
      for (const id of doc.mentions) (id.startsWith('person:') ? doc.row.mentionsPeople : doc.row.mentionsOrgs).push(id);
      this.g.documents.push(doc.row);
    }
  }
}

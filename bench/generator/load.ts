import neo4j, { type Driver } from 'neo4j-driver';
import { KIND_LABELS } from '../../src/model/model.js';
import { FACT_LABELS, generateGraph, type GenerationSummary, type RegionGraph } from './generate.js';

/**
 * Writes the synthetic graph with batched UNWIND statements (one transaction per batch of
 * up to BATCH_ROWS rows), each creating a kind of node together with its outgoing
 * relationships to nodes written earlier. Statements run in dependency order: a batch of
 * tenures is only sent once every person and organisation it names has been committed.
 *
 * CREATE (not MERGE) is right here: the loader only ever writes into an empty database, and
 * the uniqueness constraints (applied by migrate() first) would reject a duplicate id.
 */

export const BATCH_ROWS = 10_000;

type Kind = keyof RegionGraph;

/** The order batches must be committed in (each kind links only to kinds before it). */
const ORDER: Kind[] = [
  'organisations', 'people', 'tenures', 'arrangements', 'inspections', 'directions', 'events', 'statements', 'policies', 'documents',
];

const evidenceSubqueries = FACT_LABELS.map(
  (label) => `CALL (d, row) { UNWIND row.evidence.${label} AS ev MATCH (f:${label} {id: ev.id}) CREATE (f)-[:EVIDENCED_BY {quote: ev.quote}]->(d) }`,
).join('\n');

// Labels and relationship types are fixed text here; every value travels as a parameter.
const STATEMENTS: Record<Exclude<Kind, 'organisations'>, string> = {
  people: `/* bench:load:people */
UNWIND $rows AS row CREATE (n:Person) SET n = row.props`,
  tenures: `/* bench:load:tenures */
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
MATCH (o:Organisation {id: row.organisation})
CREATE (p)-[:HELD]->(t:Tenure)-[:AT]->(o)
SET t = row.props`,
  arrangements: `/* bench:load:arrangements */
UNWIND $rows AS row
MATCH (c:Organisation {id: row.council})
MATCH (p:Organisation {id: row.provider})
CREATE (c)<-[:FOR_COUNCIL]-(a:ServiceArrangement)-[:PROVIDED_BY]->(p)
SET a = row.props`,
  inspections: `/* bench:load:inspections */
UNWIND $rows AS row
MATCH (s:Organisation {id: row.subject})
MATCH (i:Organisation {id: row.inspectorate})
CREATE (s)<-[:INSPECTED]-(n:Inspection)-[:CONDUCTED_BY]->(i)
SET n = row.props`,
  directions: `/* bench:load:directions */
UNWIND $rows AS row
MATCH (c:Organisation {id: row.council})
MATCH (b:Organisation {id: row.issuedBy})
CREATE (c)<-[:DIRECTED]-(n:Direction)-[:ISSUED_BY]->(b)
SET n = row.props
WITH n, row
CALL (n, row) { UNWIND row.arrangement AS aid MATCH (a:ServiceArrangement {id: aid}) CREATE (n)-[:MANDATED]->(a) }`,
  events: `/* bench:load:events */
UNWIND $rows AS row
CREATE (n:Event) SET n = row.props
WITH n, row
CALL (n, row) { UNWIND row.people AS pid MATCH (x:Person {id: pid}) CREATE (n)-[:INVOLVED]->(x) }
CALL (n, row) { UNWIND row.orgs AS oid MATCH (x:Organisation {id: oid}) CREATE (n)-[:INVOLVED]->(x) }`,
  statements: `/* bench:load:statements */
UNWIND $rows AS row
CREATE (n:Statement) SET n = row.props
WITH n, row
CALL (n, row) { UNWIND row.speakerPeople AS pid MATCH (x:Person {id: pid}) CREATE (n)-[:SAID_BY]->(x) }
CALL (n, row) { UNWIND row.speakerOrgs AS oid MATCH (x:Organisation {id: oid}) CREATE (n)-[:SAID_BY]->(x) }
CALL (n, row) { UNWIND row.aboutPeople AS pid MATCH (x:Person {id: pid}) CREATE (n)-[:ABOUT]->(x) }
CALL (n, row) { UNWIND row.aboutOrgs AS oid MATCH (x:Organisation {id: oid}) CREATE (n)-[:ABOUT]->(x) }`,
  policies: `/* bench:load:policies */
UNWIND $rows AS row
CREATE (n:Policy) SET n = row.props
WITH n, row
CALL (n, row) { UNWIND row.issuedBy AS oid MATCH (x:Organisation {id: oid}) CREATE (n)-[:ISSUED_BY]->(x) }`,
  documents: `/* bench:load:documents */
UNWIND $rows AS row
CREATE (d:Document) SET d = row.props
WITH d, row
${evidenceSubqueries}
CALL (d, row) { UNWIND row.reportedIn AS sid MATCH (s:Statement {id: sid}) CREATE (s)-[:REPORTED_IN]->(d) }
CALL (d, row) { UNWIND row.mentionsPeople AS pid MATCH (x:Person {id: pid}) CREATE (d)-[:MENTIONS]->(x) }
CALL (d, row) { UNWIND row.mentionsOrgs AS oid MATCH (x:Organisation {id: oid}) CREATE (d)-[:MENTIONS]->(x) }
CALL (d, row) { UNWIND row.authors AS pid MATCH (x:Person {id: pid}) CREATE (d)-[:WRITTEN_BY]->(x) }
CALL (d, row) { UNWIND row.outlet AS oid MATCH (x:Organisation {id: oid}) CREATE (d)-[:PUBLISHED_BY]->(x) }`,
};

// Organisation kind labels are a fixed set (KIND_LABELS): each is set when the row lists it,
// so that all organisations of a batch go in one statement and one transaction.
const ORGANISATIONS = `/* bench:load:organisations */
UNWIND $rows AS row
CREATE (n:Organisation) SET n = row.props
${Object.values(KIND_LABELS).map((label) => `FOREACH (_ IN CASE WHEN '${label}' IN row.labels THEN [1] ELSE [] END | SET n:${label})`).join('\n')}`;

export interface LoadReport {
  seconds: number;
  batches: number;
  /** Per kind of row: rows written and seconds spent writing them. */
  perKind: Record<string, { rows: number; seconds: number }>;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  entitiesPerSecond: number;
  summary: GenerationSummary;
}

class BatchWriter {
  private readonly buffers = new Map<Kind, unknown[]>(ORDER.map((k) => [k, []]));
  /** The write in flight: generation of the next rows overlaps with it. */
  private inflight: Promise<void> = Promise.resolve();
  batches = 0;
  /** Seconds spent in each kind's statements (the load rate per kind, for the report). */
  readonly seconds: Partial<Record<Kind, number>> = {};
  readonly rows: Partial<Record<Kind, number>> = {};

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly log: (line: string) => void,
  ) {}

  async add(graph: RegionGraph): Promise<void> {
    for (const kind of ORDER) {
      const buffer = this.buffers.get(kind) as unknown[];
      for (const row of graph[kind]) buffer.push(row);
      if (buffer.length >= BATCH_ROWS) await this.flushThrough(kind, false);
    }
  }

  /** Sends every buffer up to and including `kind`, in order, so dependencies land first. */
  async flushThrough(kind: Kind, partial: boolean): Promise<void> {
    for (const k of ORDER.slice(0, ORDER.indexOf(kind) + 1)) {
      const buffer = this.buffers.get(k) as unknown[];
      while (buffer.length >= (partial || k !== kind ? 1 : BATCH_ROWS)) {
        const rows = buffer.splice(0, BATCH_ROWS);
        await this.send(k, rows);
      }
    }
  }

  private async send(kind: Kind, rows: unknown[]): Promise<void> {
    // At most one batch in flight: wait for the previous one (it may be a dependency).
    await this.inflight;
    this.batches += 1;
    const write = async () => {
      const t0 = process.hrtime.bigint();
      await this.run(kind, rows);
      this.seconds[kind] = (this.seconds[kind] ?? 0) + Number(process.hrtime.bigint() - t0) / 1e9;
      this.rows[kind] = (this.rows[kind] ?? 0) + rows.length;
      this.log(`  ${kind}: ${rows.length} rows in ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)}s`);
    };
    this.inflight = write();
  }

  private async run(kind: Kind, rows: unknown[]): Promise<void> {
    const statement = kind === 'organisations' ? ORGANISATIONS : STATEMENTS[kind];
    await this.driver.executeQuery(statement, { rows }, { database: this.database, routing: neo4j.routing.WRITE });
  }

  async finish(): Promise<void> {
    await this.flushThrough('documents', true);
    await this.inflight;
  }
}

/** Generates the graph at `scale` from `seed` and loads it into an empty, migrated database. */
export async function loadSyntheticGraph(
  driver: Driver,
  database: string,
  scale: number,
  seed: string,
  log: (line: string) => void,
  verbose = false,
): Promise<LoadReport> {
  const writer = new BatchWriter(driver, database, verbose ? log : () => {});
  const started = process.hrtime.bigint();
  let lastLog = Date.now();
  const summary = await generateGraph({
    scale,
    seed,
    onRegion: async (graph, index) => {
      await writer.add(graph);
      if (Date.now() - lastLog > 10_000 || index === scale - 1) {
        lastLog = Date.now();
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        log(`  region ${index + 1}/${scale} generated, ${writer.batches} batches sent, ${seconds.toFixed(0)}s`);
      }
    },
  });
  await writer.finish();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return {
    seconds,
    batches: writer.batches,
    perKind: Object.fromEntries(ORDER.map((k) => [k, { rows: writer.rows[k] ?? 0, seconds: writer.seconds[k] ?? 0 }])),
    nodesPerSecond: summary.nodes / seconds,
    relationshipsPerSecond: summary.relationships / seconds,
    entitiesPerSecond: (summary.nodes + summary.relationships) / seconds,
    summary,
  };
}

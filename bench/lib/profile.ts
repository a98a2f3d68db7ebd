import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';

/** One operator of a PROFILE plan, flattened depth-first (the order Neo4j Browser prints). */
export interface PlanLine {
  depth: number;
  operator: string;
  details: string;
  rows: number;
  dbHits: number;
}

export interface Profile {
  dbHits: number;
  rows: number;
  plan: PlanLine[];
}

const num = (value: unknown): number => (neo4j.isInt(value) ? value.toNumber() : typeof value === 'number' ? value : 0);

function flatten(plan: ProfiledPlan, depth: number, lines: PlanLine[]): number {
  const details = plan.arguments?.Details;
  lines.push({
    depth,
    operator: plan.operatorType.replace(/@.*$/, ''),
    details: typeof details === 'string' ? details.slice(0, 160) : '',
    rows: num(plan.rows),
    dbHits: num(plan.dbHits),
  });
  let hits = num(plan.dbHits);
  for (const child of plan.children) hits += flatten(child, depth + 1, lines);
  return hits;
}

/** PROFILEs one query (read transaction) and sums the db hits of every operator. */
export async function profileQuery(driver: Driver, database: string, cypher: string, params: Record<string, unknown>): Promise<Profile> {
  // Query options (`CYPHER runtime=...`) must stay first; PROFILE goes right after them.
  const match = /^(\s*CYPHER\b[^\n]*\n)/.exec(cypher);
  const text = match ? `${match[1]}PROFILE ${cypher.slice(match[1]!.length)}` : `PROFILE ${cypher}`;
  const result = await driver.executeQuery(text, params, { database, routing: neo4j.routing.READ });
  const plan = result.summary.profile;
  if (!plan) return { dbHits: 0, rows: 0, plan: [] };
  const lines: PlanLine[] = [];
  const dbHits = flatten(plan, 0, lines);
  return { dbHits, rows: num(plan.rows), plan: lines };
}

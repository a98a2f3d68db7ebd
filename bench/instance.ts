import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { Database } from '../src/neo4j/database.js';
import { createDriver, type Neo4jConnection } from '../src/neo4j/driver.js';
import { freePort, ManagedNeo4j, PROJECT_ROOT } from '../src/neo4j/managed.js';
import { migrate } from '../src/neo4j/migrations.js';
import { GENERATOR_VERSION, type BenchParams } from './generator/generate.js';
import { loadSyntheticGraph, type LoadReport } from './generator/load.js';

/**
 * A dedicated Neo4j per scale factor, in .neo4j/bench-<scale> (git-ignored), on free ports
 * and with its own password: the benchmark never touches the developer's .neo4j/local.
 * Once loaded, a marker file records what was loaded; a later run that finds the marker and
 * the same node and relationship counts in the database reuses the data.
 */

export interface Marker {
  generatorVersion: number;
  scale: number;
  seed: string;
  nodes: number;
  relationships: number;
  byLabel: Record<string, number>;
  byType: Record<string, number>;
  params: BenchParams;
  load: Omit<LoadReport, 'summary'>;
  loadedAt: string;
}

interface State {
  boltPort: number;
  httpPort: number;
  password: string;
}

export interface BenchInstance {
  neo4j: ManagedNeo4j;
  connection: Neo4jConnection;
  /** Whether this run started the server (and so should stop it). */
  started: boolean;
  marker: Marker;
  /** Whether this run loaded the data (false: reused). */
  loadedNow: boolean;
  settings: { heap: string; pagecache: string };
}

/**
 * `writes`: the write benchmark's own copy (bench-<scale>-writes). Its writes change the
 * counts, so the next run finds them unequal to the marker's and loads it fresh; the read
 * benchmark's instance is never written to.
 */
export function instanceDir(scale: number, writes = false): string {
  return join(PROJECT_ROOT, '.neo4j', `bench-${scale}${writes ? '-writes' : ''}`);
}

/** Bigger scales get more heap and page cache (the machine has RAM to spare, and 2 cores). */
export function memorySettings(scale: number): { heap: string; pagecache: string } {
  if (scale >= 100) return { heap: '2g', pagecache: '3g' };
  if (scale >= 10) return { heap: '1g', pagecache: '1g' };
  return { heap: '1g', pagecache: '512m' };
}

function readJson<T>(path: string): T | null {
  try {
    return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : null;
  } catch {
    return null;
  }
}

async function counts(connection: Neo4jConnection): Promise<{ nodes: number; relationships: number }> {
  const driver = createDriver(connection);
  try {
    const { records } = await driver.executeQuery(
      'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
      {},
      { database: connection.database, routing: neo4j.routing.READ },
    );
    const row = records[0];
    return { nodes: neo4j.integer.toNumber(row?.get('nodes') ?? 0), relationships: neo4j.integer.toNumber(row?.get('relationships') ?? 0) };
  } finally {
    await driver.close();
  }
}

function managed(dir: string, state: State, scale: number, log: (line: string) => void): ManagedNeo4j {
  return new ManagedNeo4j({
    instanceDir: dir,
    boltPort: state.boltPort,
    httpPort: state.httpPort,
    password: state.password,
    ...memorySettings(scale),
    log,
  });
}

/** Starts (or reuses) the instance for `scale` and makes sure the synthetic graph is loaded. */
export async function prepareInstance(options: {
  scale: number;
  seed: string;
  reload: boolean;
  log: (line: string) => void;
  verbose?: boolean;
  /** The write benchmark's instance (see instanceDir). */
  writes?: boolean;
  /** Told as soon as this call has started a server, so that an interrupted run can stop it. */
  onStarted?: (server: ManagedNeo4j) => void;
}): Promise<BenchInstance> {
  const { scale, seed, log } = options;
  const dir = instanceDir(scale, options.writes ?? false);
  const statePath = join(dir, 'bench-state.json');
  const markerPath = join(dir, 'bench-marker.json');

  const saved = readJson<State>(statePath);
  let state: State;
  let server: ManagedNeo4j;
  if (saved && managed(dir, saved, scale, log).status().running) {
    state = saved; // still running from an earlier run (--keep): reuse its ports
  } else {
    // Fresh ports every start: whatever was free last time may not be now.
    state = { boltPort: await freePort(), httpPort: await freePort(), password: saved?.password ?? randomBytes(12).toString('hex') };
  }
  server = managed(dir, state, scale, log);
  const start = async (): Promise<boolean> => {
    writeFileSync(statePath, JSON.stringify(state, null, 2));
    const { started } = await server.start(300_000);
    if (started) options.onStarted?.(server);
    return started;
  };
  mkdirSync(dir, { recursive: true });
  let started = await start();
  let connection = server.connection;

  const marker = readJson<Marker>(markerPath);
  if (marker && !options.reload && marker.generatorVersion === GENERATOR_VERSION && marker.seed === seed && marker.scale === scale) {
    const found = await counts(connection);
    if (found.nodes === marker.nodes && found.relationships === marker.relationships) {
      log(`Reusing the SF${scale} graph in ${dir} (${marker.nodes} nodes, ${marker.relationships} relationships, loaded ${marker.loadedAt}).`);
      return { neo4j: server, connection, started, marker, loadedNow: false, settings: memorySettings(scale) };
    }
    log(`The SF${scale} instance holds ${found.nodes} nodes, not the ${marker.nodes} its marker records: rebuilding it.`);
  }

  const found = await counts(connection);
  if (found.nodes > 0 || found.relationships > 0) {
    // Community edition cannot drop and recreate a database: start from an empty folder.
    log(`Emptying the SF${scale} instance (${found.nodes} nodes of an older or partial load)...`);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    state = { boltPort: await freePort(), httpPort: await freePort(), password: randomBytes(12).toString('hex') };
    server = managed(dir, state, scale, log);
    started = await start();
    connection = server.connection;
  }
  rmSync(markerPath, { force: true });

  const driver = createDriver(connection);
  try {
    const db = new Database(driver, connection.database);
    log('Applying migrations (constraints, indexes, full-text indexes)...');
    await migrate(db);
    log(`Generating and loading the SF${scale} graph (seed "${seed}") in batches of UNWIND...`);
    const report = await loadSyntheticGraph(driver, connection.database, scale, seed, log, options.verbose ?? false);
    log('Waiting for indexes to come online...');
    await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database: connection.database });
    const found2 = await counts(connection);
    if (found2.nodes !== report.summary.nodes || found2.relationships !== report.summary.relationships) {
      throw new Error(
        `Loaded graph does not match the generator: ${found2.nodes}/${report.summary.nodes} nodes, ` +
          `${found2.relationships}/${report.summary.relationships} relationships`,
      );
    }
    const { summary, ...load } = report;
    const written: Marker = {
      generatorVersion: GENERATOR_VERSION,
      scale,
      seed,
      nodes: summary.nodes,
      relationships: summary.relationships,
      byLabel: summary.byLabel,
      byType: summary.byType,
      params: summary.params,
      load,
      loadedAt: new Date().toISOString(),
    };
    writeFileSync(markerPath, JSON.stringify(written, null, 2));
    log(
      `Loaded ${summary.nodes} nodes and ${summary.relationships} relationships in ${load.seconds.toFixed(1)}s: ` +
        `${Math.round(load.nodesPerSecond)} nodes/s, ${Math.round(load.relationshipsPerSecond)} relationships/s (${load.batches} batches).`,
    );
    return { neo4j: server, connection, started, marker: written, loadedNow: true, settings: memorySettings(scale) };
  } finally {
    await driver.close();
  }
}

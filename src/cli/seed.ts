import { EnvError, loadEnv } from '../env.js';
import { ManagedNeo4jError } from '../neo4j/managed.js';
import { migrate } from '../neo4j/migrations.js';
import { countGraph, DEFAULT_CORPUS_DIR, DEFAULT_SEEDS_DIR, loadSeedGraph } from '../seeds/loader.js';
import { readSeeds, SeedValidationError } from '../seeds/validate.js';
import { connect } from '../neo4j/connect.js';

/**
 * `npm run seed`: validates seeds/ and loads it (idempotently) into the configured Neo4j.
 * `npm run seed -- --check`: validates only, with no database (for data editors and CI).
 * `npm run seed -- --dir <folder>`: loads another folder of seed files (e.g. an export).
 * `npm run seed -- --force`: also overwrites entries edited through the API since (reported otherwise).
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const dirArg = process.argv.indexOf('--dir');
  const seedsDir = dirArg > 0 ? process.argv[dirArg + 1] : (env.SEEDS_DIR ?? DEFAULT_SEEDS_DIR);
  if (!seedsDir) throw new EnvError('--dir needs a folder');
  const corpusDir = env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR;
  if (process.argv.includes('--check')) {
    const graph = readSeeds(seedsDir, corpusDir);
    console.log(`Seed files are valid: ${graph.nodes.length} nodes, ${graph.relationships.length} relationships; every quote is verbatim.`);
    return;
  }
  const { db, close } = await connect(env, 10 * 60_000);
  try {
    await migrate(db);
    await loadSeedGraph(db, { seedsDir, corpusDir, force: process.argv.includes('--force'), log: console.log });
    const totals = await countGraph(db);
    console.log(`The database now holds ${totals.nodes} nodes and ${totals.relationships} relationships.`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof SeedValidationError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});

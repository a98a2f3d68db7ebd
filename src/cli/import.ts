import { resolve } from 'node:path';
import { EnvError, loadEnv } from '../env.js';
import { ManagedNeo4jError } from '../neo4j/managed.js';
import { migrate } from '../neo4j/migrations.js';
import { connect } from '../neo4j/connect.js';
import { ImportError, importGraph } from '../seeds/import.js';
import { DEFAULT_CORPUS_DIR } from '../seeds/loader.js';
import { RecordsError } from '../seeds/records-file.js';
import { SeedValidationError } from '../seeds/validate.js';

/**
 * `npm run import -- [--dir <folder>]` (default `export/`): restores an export (`npm run export`)
 * into an empty database, records and audit trail included, in one transaction. Run again, it
 * finds the export already there and changes nothing.
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const dirArg = process.argv.indexOf('--dir');
  if (dirArg > 0 && !process.argv[dirArg + 1]) throw new EnvError('--dir needs a folder');
  const dir = resolve(dirArg > 0 ? process.argv[dirArg + 1]! : 'export');
  const { db, close } = await connect(env, 10 * 60_000);
  try {
    await migrate(db);
    const summary = await importGraph(db, { dir, corpusDir: env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR, log: console.log });
    console.log(
      `${summary.alreadyThere ? 'Unchanged' : 'Imported'}: ${summary.nodes} nodes, ${summary.relationships} relationships (${summary.unseeded} made through the API), ` +
        `records of ${summary.recordedNodes} nodes, ${summary.changes} changes with ${summary.changeLinks} links.`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof SeedValidationError || error instanceof ImportError || error instanceof RecordsError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});

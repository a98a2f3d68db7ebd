import { resolve } from 'node:path';
import { EnvError, loadEnv } from '../env.js';
import { ManagedNeo4jError } from '../neo4j/managed.js';
import { ExportError, exportSeeds } from '../seeds/export.js';
import { connect } from '../neo4j/connect.js';

/** `npm run export -- [--out <folder>]`: the whole graph, written back in the seed format. */
async function main(): Promise<void> {
  const env = loadEnv();
  const outArg = process.argv.indexOf('--out');
  const outDir = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'export') : 'export');
  const { db, close } = await connect(env, 10 * 60_000);
  try {
    const counts = await exportSeeds(db, outDir);
    console.log(`Exported to ${outDir}: ${Object.entries(counts).map(([file, n]) => `${file} ${n}`).join(', ')}.`);
    console.log(`Load it into another database with: npm run seed -- --dir ${outDir}`);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof ExportError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});

import { resolve } from 'node:path';
import { EnvError, loadEnv } from '../env.js';
import { ManagedNeo4jError } from '../neo4j/managed.js';
import { ExportError, writeGraphExport } from '../seeds/export.js';
import { DEFAULT_CORPUS_DIR } from '../seeds/loader.js';
import { connect } from '../neo4j/connect.js';

/**
 * `npm run export -- [--out <folder>]`: the whole graph (API tokens aside), written back in the
 * seed format, with records.json beside it when the graph holds more than seed files can say
 * (API edits, bookkeeping, retractions, merges, the audit trail).
 */
async function main(): Promise<void> {
  const env = loadEnv();
  const outArg = process.argv.indexOf('--out');
  const outDir = resolve(outArg > 0 ? (process.argv[outArg + 1] ?? 'export') : 'export');
  const { db, close } = await connect(env, 10 * 60_000);
  try {
    const summary = await writeGraphExport(db, outDir, { corpusDir: env.CORPUS_DIR ?? DEFAULT_CORPUS_DIR });
    console.log(`Exported to ${outDir}: ${Object.entries(summary.files).map(([file, n]) => `${file} ${n}`).join(', ')}.`);
    const r = summary.records;
    if (r) {
      console.log(`records.json: records of ${r.nodes} nodes, ${r.texts} document texts, ${r.unseeded} relationships made through the API, ${r.changes} changes (${r.changeLinks} links).`);
      console.log(`Restore it into an empty database with: npm run import -- --dir ${outDir}`);
    } else {
      console.log(`Restore it into an empty database with: npm run import -- --dir ${outDir} (or load it as seed files: npm run seed -- --dir ${outDir})`);
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  const known = error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof ExportError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});

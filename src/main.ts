import { EnvError, loadEnv } from './env.js';
import { jsonLogger } from './logger.js';
import { connect, type Connected } from './neo4j/connect.js';
import { ManagedNeo4jError } from './neo4j/managed.js';
import { migrate } from './neo4j/migrations.js';
import { isDatabaseEmpty, loadSeedGraph } from './seeds/loader.js';
import { SeedValidationError } from './seeds/validate.js';
import { createApp } from './server.js';

// Set once Neo4j is connected, so that a later start-up failure closes it again.
let connected: Connected | null = null;

/** `npm start`: Neo4j (managed unless NEO4J_URI is set), migrations, seed graph, API. */
async function main(): Promise<void> {
  const env = loadEnv();
  connected = await connect(env);
  const { db, managed, close } = connected;
  await migrate(db);
  if (env.SEED_ON_START && (await isDatabaseEmpty(db))) {
    const summary = await loadSeedGraph(db, { seedsDir: env.SEEDS_DIR, corpusDir: env.CORPUS_DIR, log: console.log });
    console.log(`Loaded the seed graph: ${summary.nodes} nodes, ${summary.relationships} relationships.`);
  }

  const flag = (value: 'true' | 'false' | undefined) => (value ? value === 'true' : env.NODE_ENV !== 'production');
  const ide = flag(env.GRAPHQL_IDE);
  const app = createApp({
    db,
    migrated: true,
    introspection: flag(env.GRAPHQL_INTROSPECTION),
    ide,
    corsOrigins: env.CORS_ORIGINS,
    compile: env.GRAPHQL_COMPILE,
    limits: {
      maxDepth: env.MAX_QUERY_DEPTH,
      maxCost: env.MAX_QUERY_COST,
      maxAliases: env.MAX_ALIASES,
      maxQueryLength: env.MAX_QUERY_LENGTH,
    },
    log: jsonLogger(env.LOG_LEVEL),
    writeRateLimit: env.WRITE_RATE_LIMIT,
    auth: {
      readAccess: env.READ_ACCESS,
      jwt:
        env.JWT_SECRET || env.JWT_JWKS_URL
          ? {
              secret: env.JWT_SECRET,
              jwksUrl: env.JWT_JWKS_URL,
              issuer: env.JWT_ISSUER,
              audience: env.JWT_AUDIENCE,
              rolesClaim: env.JWT_ROLES_CLAIM,
              nameClaim: env.JWT_NAME_CLAIM,
            }
          : undefined,
    },
  });
  const port = await app.listen(env.PORT, env.HOST);
  console.log(`GraphQL API      http://${env.HOST}:${port}/graphql${ide ? '  (GraphiQL in a browser)' : ''}`);
  console.log(`Health           http://${env.HOST}:${port}/health  (ready: /ready)`);
  if (managed) {
    console.log(`Neo4j Browser    ${managed.browserUrl}  (user neo4j, password from NEO4J_PASSWORD)`);
    console.log(`Bolt             ${managed.boltUri}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: draining requests and shutting down...`);
    try {
      await app.stop();
      await close();
      process.exit(0);
    } catch (error) {
      console.error('Shutdown failed:', error);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch(async (error: unknown) => {
  if (error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof SeedValidationError) {
    console.error(error.message);
  } else {
    console.error('Start-up failed:', error instanceof Error ? error.message : error);
  }
  await connected?.close().catch(() => {});
  process.exit(1);
});

import { EnvError, loadEnv } from '../env.js';
import { localNeo4j } from '../neo4j/local.js';
import { ManagedNeo4jError } from '../neo4j/managed.js';

/** `npm run db:start|db:stop|db:status`: the managed local Neo4j, by hand. */
async function main(command: string | undefined): Promise<number> {
  const env = loadEnv();
  if (env.NEO4J_URI) {
    console.error(`NEO4J_URI is set (${env.NEO4J_URI}): that server is not managed by this project.`);
    return 1;
  }
  const neo4j = localNeo4j(env);
  switch (command) {
    case 'start': {
      const { started } = await neo4j.start();
      console.log(`${started ? 'Started' : 'Already running'}: Bolt ${neo4j.boltUri}, Neo4j Browser ${neo4j.browserUrl}`);
      console.log(`Log in as neo4j with NEO4J_PASSWORD (default childrens-services).`);
      return 0;
    }
    case 'stop': {
      const stopped = await neo4j.stop();
      console.log(stopped ? 'Stopped the managed Neo4j.' : 'The managed Neo4j was not running.');
      return 0;
    }
    case 'status': {
      const status = neo4j.status();
      console.log(
        status.running
          ? `Running (pid ${status.pid}): Bolt ${status.boltUri}, Neo4j Browser ${status.browserUrl}`
          : 'Not running. Start it with `npm run db:start` (or `npm start`).',
      );
      return status.running ? 0 : 3;
    }
    default:
      console.error('Usage: tsx src/cli/db.ts start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof EnvError || error instanceof ManagedNeo4jError) console.error(error.message);
    else console.error(error);
    process.exit(1);
  },
);

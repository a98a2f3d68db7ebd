import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { EnvError, loadEnv } from '../env.js';
import { ROLES, type Role } from '../modules/auth/roles.js';
import { checkTokenName, parseRole, TokenStore, type TokenInfo } from '../modules/auth/tokens.js';
import { connect } from '../neo4j/connect.js';
import { ManagedNeo4jError } from '../neo4j/managed.js';
import { migrate } from '../neo4j/migrations.js';

const USAGE = `Usage:
  npm run token -- create --name <who> --role <${ROLES.map((r) => r.toLowerCase()).join('|')}>
  npm run token -- list
  npm run token -- revoke <name>`;

class UsageError extends Error {
  override readonly name = 'UsageError';
}

type Command = { command: 'create'; name: string; role: Role } | { command: 'list' } | { command: 'revoke'; name: string } | { command: 'help' };

/** The command line, checked before any connection to Neo4j. */
function parseCommand(argv: string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { name: { type: 'string' }, role: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === 'help') return { command: 'help' };
  const noneOf = (...names: ('name' | 'role')[]) => {
    for (const name of names) if (values[name] !== undefined) throw new UsageError(`\`${command}\` takes no --${name}.`);
  };
  // Coded errors of the token module (a bad role or name) become usage errors here.
  const checked = <T>(check: () => T): T => {
    try {
      return check();
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
  };
  switch (command) {
    case 'create': {
      if (rest.length) throw new UsageError(`\`create\` takes --name and --role, not "${rest.join(' ')}".`);
      if (!values.name) throw new UsageError('`create` needs --name <who>: the holder, as the audit trail will name them.');
      if (!values.role) throw new UsageError(`\`create\` needs --role <${ROLES.map((r) => r.toLowerCase()).join('|')}>.`);
      const name = values.name;
      const role = values.role;
      return { command, name: checked(() => checkTokenName(name)), role: checked(() => parseRole(role)) };
    }
    case 'list':
      noneOf('name', 'role');
      if (rest.length) throw new UsageError('`list` takes no arguments.');
      return { command };
    case 'revoke': {
      noneOf('role');
      const name = rest.length ? rest : values.name ? [values.name] : [];
      if (name.length !== 1) throw new UsageError('`revoke` needs exactly one token name: npm run token -- revoke <name>.');
      return { command, name: name[0]! };
    }
    case undefined:
      throw new UsageError('Say what to do: create, list or revoke.');
    default:
      throw new UsageError(`Unknown command "${command}"; the commands are create, list and revoke.`);
  }
}

const when = (iso: string | null) => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '-');

function table(tokens: TokenInfo[]): string {
  const rows = [
    ['NAME', 'ROLE', 'CREATED', 'LAST USED', 'REVOKED'],
    ...tokens.map((t) => [t.name, t.role.toLowerCase(), when(t.createdAt), when(t.lastUsedAt), when(t.revokedAt)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  return rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n');
}

/**
 * `npm run token -- create --name <who> --role <role>`: makes an API token and prints it once.
 * `npm run token -- list`: every token, without its hash. `npm run token -- revoke <name>`.
 * Against the managed Neo4j, or NEO4J_URI; migrates first.
 */
async function main(): Promise<void> {
  const command = parseCommand(process.argv.slice(2));
  if (command.command === 'help') {
    console.log(USAGE);
    return;
  }
  const env = loadEnv();
  const { db, close } = await connect(env);
  try {
    await migrate(db);
    const tokens = new TokenStore(db);
    if (command.command === 'create') {
      const { token, info } = await tokens.create(command.name, command.role);
      console.log(`Created the API token "${info.name}" with the role ${info.role.toLowerCase()}:\n\n  ${token}\n`);
      console.log('Copy it now: it is stored only as a hash and will not be shown again.');
      console.log('Send it as the header  Authorization: Bearer <token>');
    } else if (command.command === 'list') {
      const all = await tokens.list();
      console.log(all.length ? table(all) : 'No API tokens yet: npm run token -- create --name <who> --role <role>');
    } else {
      const revoked = await tokens.revoke(command.name);
      console.log(
        revoked.alreadyRevoked
          ? `The API token "${revoked.name}" was already revoked (at ${when(revoked.revokedAt)}).`
          : `Revoked the API token "${revoked.name}": it is refused from now on.`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
  else if (error instanceof EnvError || error instanceof ManagedNeo4jError || error instanceof GraphQLError) console.error(error.message);
  else console.error(`The token command failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

import { z } from 'zod';
import { READ_ACCESS } from './modules/auth/auth.js';
import { MIN_SECRET_LENGTH } from './modules/auth/jwt.js';
import { DEFAULT_WRITES_PER_MINUTE } from './modules/write/write.ratelimit.js';

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  /** When set, the service uses this server and manages no Neo4j of its own. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'must be at least 8 characters (Neo4j requires it)').default('childrens-services'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HTTP_PORT: port.default(7474),
  NEO4J_HEAP: z.string().regex(/^\d+[mMgG]$/, 'must look like 512m or 1g').default('512m'),
  NEO4J_PAGECACHE: z.string().regex(/^\d+[mMgG]$/, 'must look like 256m or 1g').default('256m'),
  /** Where the managed instance keeps its download, configuration and data. */
  NEO4J_HOME_DIR: z.string().min(1).optional(),
  /** GraphiQL on GET /graphql; on unless NODE_ENV is production. */
  GRAPHQL_IDE: z.enum(['true', 'false']).optional(),
  /** Schema introspection; on unless NODE_ENV is production. */
  GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Answer read operations with one compiled Cypher query where possible (src/modules/compiler). */
  GRAPHQL_COMPILE: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  /** Origins allowed to call the API from a browser (comma-separated; empty: same origin only). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(\*|https?:\/\/[^/\s]+)$/, 'must be * or origins like http://localhost:3000'))),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(50_000),
  MAX_ALIASES: z.coerce.number().int().min(0).default(30),
  MAX_QUERY_LENGTH: z.coerce.number().int().min(100).default(20_000),
  /** Writes per minute one credential may make (src/modules/write/write.ratelimit.ts); 0: no limit. */
  WRITE_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(DEFAULT_WRITES_PER_MINUTE),
  /** Neo4j stops any one transaction of the API after this long (TIMEOUT error). */
  CYPHER_TIMEOUT_MS: z.coerce.number().int().min(10).default(5_000),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Load the seed graph at start when the database is empty. */
  SEED_ON_START: z.enum(['true', 'false']).default('true').transform((v) => v === 'true'),
  SEEDS_DIR: z.string().min(1).optional(),
  CORPUS_DIR: z.string().min(1).optional(),
  /** `authenticated`: reading /graphql and /export needs a credential (src/modules/auth). */
  READ_ACCESS: z.enum(READ_ACCESS).default('public'),
  /** JWTs signed with this HS256 shared secret are accepted. */
  JWT_SECRET: z.string().min(MIN_SECRET_LENGTH, `must be at least ${MIN_SECRET_LENGTH} characters (an HS256 shared secret)`).optional(),
  /** JWTs signed (RS256, ES256) with a key of this JSON Web Key Set are accepted. */
  JWT_JWKS_URL: z
    .string()
    .refine(isJwksUrl, 'must be an https:// URL (http:// only on localhost or 127.0.0.1)')
    .optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  /** Default `roles` (src/modules/auth/jwt.ts). */
  JWT_ROLES_CLAIM: z.string().min(1).optional(),
  /** Default `sub`. */
  JWT_NAME_CLAIM: z.string().min(1).optional(),
});

function isJwksUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
  } catch {
    return false;
  }
}

const JWT_SETTINGS = ['JWT_ISSUER', 'JWT_AUDIENCE', 'JWT_ROLES_CLAIM', 'JWT_NAME_CLAIM'] as const;

/** JWTs need one key source; the other JWT settings mean nothing without one. */
const checked = schema.superRefine((env, ctx) => {
  if (env.JWT_SECRET && env.JWT_JWKS_URL) {
    ctx.addIssue({ code: 'custom', path: ['JWT_JWKS_URL'], message: 'set JWT_SECRET (HS256) or JWT_JWKS_URL (RS256, ES256), not both' });
  }
  if (!env.JWT_SECRET && !env.JWT_JWKS_URL) {
    for (const key of JWT_SETTINGS) {
      if (env[key] !== undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'has no effect without JWT_SECRET or JWT_JWKS_URL' });
    }
  }
});

export type Env = z.infer<typeof schema>;

/** Every variable the service reads (the README and docker-compose.yml name only these). */
export const ENV_VARIABLES = Object.keys(schema.shape) as (keyof Env)[];

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

/** Validates the environment once; a bad value names the variable and what is wrong. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = checked.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new EnvError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Neo4jError } from 'neo4j-driver';
import { codedError, notFoundError, userInputError } from '../../errors.js';
import type { Database } from '../../neo4j/database.js';
import { ROLES, type Role, type Viewer } from './roles.js';
import { API_TOKEN_LABEL } from '../../model/records.js';

/**
 * API tokens, kept in Neo4j so that every replica of the API shares them, and only as the
 * SHA-256 of the token: `(:ApiToken {name, role, hash, createdAt, revokedAt?, lastUsedAt?})`.
 * The clear token is returned once, by `create`, and never stored, listed or logged.
 *
 * ApiToken is not part of the graph model (src/model): nothing that reads the model's labels
 * (the API, search, exports, Browser's style) sees it; the seed export skips it by name.
 */
export { API_TOKEN_LABEL };

/** Every token starts with this, so it is recognisable (in a leaked file, in a header) and told apart from a JWT. */
export const TOKEN_PREFIX = 'csg_';
const TOKEN_BYTES = 32;
/** The prefix, then 32 random bytes in base64url (43 characters, no padding). */
const TOKEN_PATTERN = new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`);

/** A token's name: what the audit trail records as `by`. */
export const TOKEN_NAME_PATTERN = /^[A-Za-z0-9][\w.@+-]{0,99}$/;

/** Its schema: one token per name, and the look-up by hash goes through a unique index. */
export const API_TOKEN_MIGRATIONS: readonly string[] = [
  `CREATE CONSTRAINT apitoken_name IF NOT EXISTS FOR (t:${API_TOKEN_LABEL}) REQUIRE t.name IS UNIQUE`,
  `CREATE CONSTRAINT apitoken_hash IF NOT EXISTS FOR (t:${API_TOKEN_LABEL}) REQUIRE t.hash IS UNIQUE`,
];

/** `lastUsedAt` is written at most this often per token, so that reads do not each cost a write. */
const LAST_USED_RESOLUTION_MS = 60_000;

export function isApiToken(value: string): boolean {
  return value.startsWith(TOKEN_PREFIX);
}

/** The SHA-256 of a token, hex: all that is stored. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(TOKEN_BYTES).toString('base64url')}`;
}

/** A role named in any case (`editor`, `EDITOR`); BAD_USER_INPUT naming the roles otherwise. */
export function parseRole(value: string): Role {
  const role = value.trim().toUpperCase();
  if (!(ROLES as readonly string[]).includes(role)) {
    throw userInputError(`Unknown role "${value.slice(0, 40)}"; the roles are ${ROLES.map((r) => r.toLowerCase()).join(', ')}.`, 'role');
  }
  return role as Role;
}

export function checkTokenName(name: string): string {
  if (!TOKEN_NAME_PATTERN.test(name)) {
    throw userInputError(
      `A token name is 1 to 100 letters, digits and . _ @ + -, starting with a letter or digit (it names the holder in the audit trail); got "${name.slice(0, 40)}".`,
      'name',
    );
  }
  return name;
}

/** What `list` shows of a token: never its hash. Times are ISO 8601. */
export interface TokenInfo {
  name: string;
  role: Role;
  createdAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
}

const iso = (value: unknown): string | null => (value === null || value === undefined ? null : new Date(String(value)).toISOString());

const CREATE = `/* createApiToken */
MERGE (t:${API_TOKEN_LABEL} {name: $name})
WITH t, t.hash IS NOT NULL AND t.revokedAt IS NULL AS active
SET t += CASE WHEN active THEN {} ELSE {role: $role, hash: $hash, createdAt: datetime(), revokedAt: null, lastUsedAt: null} END
RETURN active, toString(t.createdAt) AS createdAt`;

const LIST = `/* listApiTokens */
MATCH (t:${API_TOKEN_LABEL})
RETURN t.name AS name, t.role AS role, toString(t.createdAt) AS createdAt, toString(t.revokedAt) AS revokedAt, toString(t.lastUsedAt) AS lastUsedAt
ORDER BY t.name`;

const REVOKE = `/* revokeApiToken */
MATCH (t:${API_TOKEN_LABEL} {name: $name})
WITH t, t.revokedAt IS NOT NULL AS already
SET t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN already, toString(t.revokedAt) AS revokedAt`;

/** What a token check reads of the ApiToken node in `v` (a map, or null when no token has the hash). */
export const tokenRowOf = (v: string) => `${v} {.name, .role, .hash, revoked: ${v}.revokedAt IS NOT NULL, lastUsedAt: toString(${v}.lastUsedAt)}`;

/** The ApiToken node a token's hash finds, as tokenRowOf reads it. */
export interface TokenRow {
  name: string;
  role: Role;
  hash: string;
  revoked: boolean;
  lastUsedAt: string | null;
}

/**
 * An API token sent with a mutation, not yet looked up: the write transaction's first
 * statement reads its row (`tokenRowOf`) along with what the write needs, and `accept`
 * turns that row into the viewer (null: unknown or revoked), so a write costs no transaction
 * of its own for its credential and is checked against the token as it is when it commits.
 * `viewer` holds the outcome once accepted.
 */
export interface DeferredToken {
  readonly hash: string;
  viewer: Viewer | null;
  accept(row: TokenRow | null): Promise<Viewer | null>;
}

const BY_HASH = `/* apiTokenByHash */
MATCH (t:${API_TOKEN_LABEL} {hash: $hash})
RETURN ${tokenRowOf('t')} AS row`;

const TOUCH = `/* touchApiToken */
MATCH (t:${API_TOKEN_LABEL} {hash: $hash})
SET t.lastUsedAt = datetime()`;

export class TokenStore {
  /** When this process last noted each token's use (by hash), so that concurrent requests write it once. */
  private readonly touched = new Map<string, number>();

  constructor(private readonly db: Database) {}

  /**
   * Creates a token and returns it in clear, the only time it exists outside its holder's
   * hands. A name in use by a token not revoked is a CONFLICT; a revoked one's name is reused
   * (the old token stays invalid: its hash is replaced).
   */
  async create(name: string, role: Role): Promise<{ token: string; info: TokenInfo }> {
    checkTokenName(name);
    const token = generateToken();
    let rows: { active: boolean; createdAt: string }[];
    try {
      rows = await this.db.write(CREATE, { name, role, hash: hashToken(token) });
    } catch (error) {
      // Two creates of one name at once: MERGE on the unique name lets one through.
      if (error instanceof Neo4jError && /ConstraintValidationFailed/.test(error.code)) throw conflict(name);
      throw error;
    }
    const row = rows[0]!;
    if (row.active) throw conflict(name);
    return { token, info: { name, role, createdAt: iso(row.createdAt)!, revokedAt: null, lastUsedAt: null } };
  }

  async list(): Promise<TokenInfo[]> {
    const rows = await this.db.read<{ name: string; role: Role; createdAt: string; revokedAt: string | null; lastUsedAt: string | null }>(LIST);
    return rows.map((row) => ({ name: row.name, role: row.role, createdAt: iso(row.createdAt)!, revokedAt: iso(row.revokedAt), lastUsedAt: iso(row.lastUsedAt) }));
  }

  /** Revokes the token of that name (NOT_FOUND if none); revoking twice keeps the first time. */
  async revoke(name: string): Promise<{ name: string; revokedAt: string; alreadyRevoked: boolean }> {
    const rows = await this.db.write<{ already: boolean; revokedAt: string }>(REVOKE, { name });
    const row = rows[0];
    if (!row) throw notFoundError(`No API token is named "${name.slice(0, 100)}".`, name.slice(0, 100));
    return { name, revokedAt: iso(row.revokedAt)!, alreadyRevoked: row.already };
  }

  /**
   * The viewer a token stands for, or null when it is malformed, unknown or revoked. Looked up
   * by its hash through the unique index, then compared in constant time.
   */
  async verify(token: string): Promise<Viewer | null> {
    if (!TOKEN_PATTERN.test(token)) return null;
    const hash = hashToken(token);
    const [found] = await this.db.read<{ row: TokenRow }>(BY_HASH, { hash });
    return this.accept(hash, found?.row ?? null);
  }

  /** The token for a check in the write transaction (DeferredToken), or null when it is malformed. */
  defer(token: string): DeferredToken | null {
    if (!TOKEN_PATTERN.test(token)) return null;
    const hash = hashToken(token);
    const deferred: DeferredToken = {
      hash,
      viewer: null,
      accept: async (row) => (deferred.viewer = await this.accept(hash, row)),
    };
    return deferred;
  }

  /** The viewer the row of a token's hash stands for (null: none, or revoked), compared in constant time; notes its use. */
  private async accept(hash: string, row: TokenRow | null): Promise<Viewer | null> {
    if (!row || row.revoked) return null;
    const stored = Buffer.from(row.hash, 'hex');
    const given = Buffer.from(hash, 'hex');
    if (stored.length !== given.length || !timingSafeEqual(stored, given)) return null;
    const now = Date.now();
    const stale = (at: number | undefined) => at === undefined || now - at >= LAST_USED_RESOLUTION_MS;
    if (stale(row.lastUsedAt ? Date.parse(row.lastUsedAt) : undefined) && stale(this.touched.get(hash))) {
      this.touched.set(hash, now);
      // Best effort: a token that verified is not refused because its last use could not be noted.
      await this.db.write(TOUCH, { hash }).catch(() => {});
    }
    return { via: 'token', name: row.name, role: row.role };
  }
}

function conflict(name: string) {
  return codedError('CONFLICT', `An API token named "${name}" already exists; revoke it first (npm run token -- revoke ${name}) or choose another name.`, { name });
}

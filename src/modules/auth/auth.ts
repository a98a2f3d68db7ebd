import { codedError } from '../../errors.js';
import type { Database } from '../../neo4j/database.js';
import { createJwtVerifier, type JwtOptions, type JwtVerifier } from './jwt.js';
import { ANONYMOUS, requireRole, type Viewer } from './roles.js';
import { isApiToken, TOKEN_PREFIX, TokenStore } from './tokens.js';

/**
 * Who is calling, from the `Authorization: Bearer <value>` header: an API token (it starts
 * with `csg_`, see tokens.ts), else a JWT when the API is configured for them (jwt.ts), else
 * nothing the API accepts. No header is the anonymous viewer; a bad credential is an
 * UNAUTHENTICATED error (HTTP 401), never silently anonymous.
 */

/** `public`: anyone may read; `authenticated`: reads need a credential (any role). */
export const READ_ACCESS = ['public', 'authenticated'] as const;
export type ReadAccess = (typeof READ_ACCESS)[number];

export interface AuthOptions {
  /** Default `public`. */
  readAccess?: ReadAccess | undefined;
  /** Accept JWTs from an identity provider (omit: API tokens only). */
  jwt?: JwtOptions | undefined;
}

export interface AuthDeps {
  tokens: Pick<TokenStore, 'verify'>;
  /** Null when the API accepts no JWTs. */
  jwt: JwtVerifier | null;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

export async function authenticate(authorization: string | undefined, deps: AuthDeps): Promise<Viewer> {
  if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
  const match = BEARER.exec(authorization);
  if (!match) throw codedError('UNAUTHENTICATED', 'Send the credential as `Authorization: Bearer <token>`; no other scheme is accepted.');
  const value = match[1]!;
  if (isApiToken(value)) {
    const viewer = await deps.tokens.verify(value);
    if (!viewer) throw codedError('UNAUTHENTICATED', 'The API token is unknown or has been revoked.');
    return viewer;
  }
  if (deps.jwt) return deps.jwt(value);
  throw codedError('UNAUTHENTICATED', `The bearer value is not an API token (those start with ${TOKEN_PREFIX}), and this API accepts no JWTs (JWT_SECRET or JWT_JWKS_URL is not set).`);
}

/** The read-access rule, for /graphql and /export alike: with `authenticated`, anonymous callers get UNAUTHENTICATED. */
export function checkReadAccess(viewer: Viewer, readAccess: ReadAccess): void {
  if (readAccess === 'authenticated') requireRole(viewer, 'READER');
}

/** Builds the authenticator an API instance uses (one JWKS cache per instance). */
export function createAuthenticator(db: Database, options: AuthOptions = {}): {
  readAccess: ReadAccess;
  authenticate: (authorization: string | undefined) => Promise<Viewer>;
} {
  const deps: AuthDeps = { tokens: new TokenStore(db), jwt: options.jwt ? createJwtVerifier(options.jwt) : null };
  return { readAccess: options.readAccess ?? 'public', authenticate: (authorization) => authenticate(authorization, deps) };
}

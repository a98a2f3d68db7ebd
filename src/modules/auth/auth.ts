import { codedError } from '../../errors.js';
import type { Database } from '../../neo4j/database.js';
import { createJwtVerifier, type JwtOptions, type JwtVerifier } from './jwt.js';
import { ANONYMOUS, requireRole, type Viewer } from './roles.js';
import { isApiToken, TOKEN_PREFIX, TokenStore, type DeferredToken } from './tokens.js';

export type { DeferredToken };

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
  tokens: Pick<TokenStore, 'verify' | 'defer'>;
  /** Null when the API accepts no JWTs. */
  jwt: JwtVerifier | null;
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** Who is calling: a viewer, or an API token its mutation's write transaction checks (DeferredToken). */
export type Credential = Viewer | DeferredToken;

export const isDeferred = (credential: Credential): credential is DeferredToken => 'accept' in credential;

/** The API token of a header (`Bearer csg_...`), without checking it: whether a request could defer its check. */
export function apiTokenOf(authorization: string | undefined): string | null {
  const value = BEARER.exec(authorization ?? '')?.[1];
  return value !== undefined && isApiToken(value) ? value : null;
}

/** The `WWW-Authenticate` challenge of a 401: RFC 6750's `invalid_token` when a credential was sent. */
export const challengeOf = (credentialSent: boolean): string => (credentialSent ? 'Bearer error="invalid_token"' : 'Bearer');

/** An unknown or revoked API token, as every check of one refuses it: 401 with `WWW-Authenticate`, whether before the operation or in its write. */
export function tokenRefused(): Error {
  return codedError('UNAUTHENTICATED', 'The API token is unknown or has been revoked.', {
    http: { status: 401, headers: new Map([['www-authenticate', challengeOf(true)]]) },
  });
}

/**
 * The credential of a request. With `deferToken` (a mutation), a well-formed API token is not
 * looked up here but by the write transaction (DeferredToken); anything else is checked now.
 */
export async function authenticate(authorization: string | undefined, deps: AuthDeps, deferToken = false): Promise<Credential> {
  if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
  const match = BEARER.exec(authorization);
  if (!match) throw codedError('UNAUTHENTICATED', 'Send the credential as `Authorization: Bearer <token>`; no other scheme is accepted.');
  const value = match[1]!;
  if (isApiToken(value)) {
    const credential = deferToken ? deps.tokens.defer(value) : await deps.tokens.verify(value);
    if (!credential) throw tokenRefused();
    return credential;
  }
  if (deps.jwt) return deps.jwt(value);
  throw codedError('UNAUTHENTICATED', `The bearer value is not an API token (those start with ${TOKEN_PREFIX}), and this API accepts no JWTs (JWT_SECRET or JWT_JWKS_URL is not set).`);
}

/**
 * The read-access rule, for /graphql and /export alike: with `authenticated`, anonymous callers
 * get UNAUTHENTICATED. A deferred token passes: it is sent with a mutation, which needs EDITOR.
 */
export function checkReadAccess(credential: Credential, readAccess: ReadAccess): void {
  if (readAccess === 'authenticated' && !isDeferred(credential)) requireRole(credential, 'READER');
}

/** Builds the authenticator an API instance uses (one JWKS cache per instance). */
export function createAuthenticator(db: Database, options: AuthOptions = {}): {
  readAccess: ReadAccess;
  authenticate: (authorization: string | undefined, deferToken?: boolean) => Promise<Credential>;
} {
  const deps: AuthDeps = { tokens: new TokenStore(db), jwt: options.jwt ? createJwtVerifier(options.jwt) : null };
  return { readAccess: options.readAccess ?? 'public', authenticate: (authorization, deferToken) => authenticate(authorization, deps, deferToken) };
}

import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { codedError } from '../../errors.js';
import { ROLES, type Role, type Viewer } from './roles.js';

/**
 * JWTs from a newsroom's identity provider, verified with `jose`: an HS256 shared secret, or
 * the provider's public keys (RS256, ES256) fetched from its JWKS URL (jose caches them, for
 * ten minutes, and fetches again at most every 30 s when a key id is unknown).
 */
export interface JwtOptions {
  /** HS256 shared secret, at least 32 characters. Give it or `jwksUrl`, not both. */
  secret?: string | undefined;
  /** The provider's JSON Web Key Set (RS256 / ES256). */
  jwksUrl?: string | undefined;
  /** When set, `iss` must equal it. */
  issuer?: string | undefined;
  /** When set, `aud` must be (or include) it. */
  audience?: string | undefined;
  /** The claim holding the role(s); default `roles`. */
  rolesClaim?: string | undefined;
  /** The claim naming the holder for the audit trail; default `sub`. */
  nameClaim?: string | undefined;
}

export const DEFAULT_ROLES_CLAIM = 'roles';
export const DEFAULT_NAME_CLAIM = 'sub';
export const MIN_SECRET_LENGTH = 32;
/** Seconds of clock difference allowed on `exp` and `nbf`. */
const CLOCK_TOLERANCE_S = 30;

export type JwtVerifier = (jwt: string) => Promise<Viewer>;

/** Does this look like a JWS in compact form (three base64url parts)? */
export function looksLikeJwt(value: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value);
}

/**
 * A claim by name; a name with dots that is not itself a claim is read as a path
 * (`realm_access.roles`), so that namespaced claims (`https://newsroom.example/roles`) work too.
 */
export function claimOf(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  if (!name.includes('.')) return undefined;
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (!value || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * The role a JWT carries: its roles claim, a string or an array of strings, matched to
 * reader / editor / admin in any case; the highest one wins, other values are ignored. A JWT
 * with no known role is a READER: it proves who the holder is, which reading needs, and
 * nothing more.
 */
export function roleFromClaim(value: unknown): Role {
  const values = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  let best = 0;
  for (const candidate of values) best = Math.max(best, (ROLES as readonly string[]).indexOf(candidate.trim().toUpperCase()));
  return ROLES[best]!;
}

const unauthenticated = (message: string) => codedError('UNAUTHENTICATED', message);

/** Why a JWT failed, in words that name the check but never repeat the token or its claims. */
function explain(error: unknown, options: JwtOptions): Error {
  if (error instanceof errors.JWTExpired) return unauthenticated('The JWT has expired (its `exp` is past); get a new one from the identity provider.');
  if (error instanceof errors.JWTClaimValidationFailed) {
    const claim = error.claim;
    if (error.reason === 'missing') return unauthenticated(`The JWT has no \`${claim}\` claim, which this API requires.`);
    if (claim === 'iss') return unauthenticated('The JWT was issued by another issuer than JWT_ISSUER (its `iss` does not match).');
    if (claim === 'aud') return unauthenticated('The JWT is meant for another audience than JWT_AUDIENCE (its `aud` does not match).');
    if (claim === 'nbf') return unauthenticated('The JWT is not valid yet (its `nbf` is in the future).');
    return unauthenticated(`The JWT's \`${claim}\` claim is not valid.`);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated(`The JWT's signature does not verify with ${options.secret ? 'JWT_SECRET' : 'the keys of JWT_JWKS_URL'}.`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed || error instanceof errors.JOSENotSupported) {
    return unauthenticated(`The JWT is signed with an algorithm this API does not accept (it accepts ${algorithms(options).join(', ')}).`);
  }
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return unauthenticated('No single key of JWT_JWKS_URL matches the JWT (its `kid` and algorithm).');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid) return unauthenticated('The bearer value is not a well-formed JWT.');
  // The key set could not be fetched or read: the provider's side, not the caller's.
  if (options.jwksUrl) {
    return codedError('SERVICE_UNAVAILABLE', 'The identity provider\'s keys (JWT_JWKS_URL) could not be fetched; try again shortly.');
  }
  return error instanceof Error ? error : new Error(String(error));
}

const algorithms = (options: JwtOptions) => (options.secret ? ['HS256'] : ['RS256', 'ES256']);

/** Throws when neither or both of `secret` and `jwksUrl` are given, or the secret is short. */
export function createJwtVerifier(options: JwtOptions): JwtVerifier {
  if (!options.secret === !options.jwksUrl) throw new Error('JWT verification needs exactly one of a secret (JWT_SECRET) or a JWKS URL (JWT_JWKS_URL)');
  if (options.secret && options.secret.length < MIN_SECRET_LENGTH) throw new Error(`JWT_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
  const key: Uint8Array | JWTVerifyGetKey = options.secret ? new TextEncoder().encode(options.secret) : createRemoteJWKSet(new URL(options.jwksUrl!));
  const rolesClaim = options.rolesClaim ?? DEFAULT_ROLES_CLAIM;
  const nameClaim = options.nameClaim ?? DEFAULT_NAME_CLAIM;
  const verifyOptions = {
    algorithms: algorithms(options),
    clockTolerance: CLOCK_TOLERANCE_S,
    // A JWT without an expiry would be valid for ever.
    requiredClaims: ['exp'],
    ...(options.issuer ? { issuer: options.issuer } : {}),
    ...(options.audience ? { audience: options.audience } : {}),
  };
  return async (jwt) => {
    let payload: JWTPayload;
    try {
      // Two overloads (a key, or a function giving one): the call is the same either way.
      payload = (typeof key === 'function' ? await jwtVerify(jwt, key, verifyOptions) : await jwtVerify(jwt, key, verifyOptions)).payload;
    } catch (error) {
      throw explain(error, options);
    }
    const name = claimOf(payload, nameClaim);
    if (typeof name !== 'string' || name.trim() === '') {
      throw unauthenticated(`The JWT has no \`${nameClaim}\` claim naming its holder (JWT_NAME_CLAIM), which the audit trail needs.`);
    }
    return { via: 'jwt', name: name.slice(0, 200), role: roleFromClaim(claimOf(payload, rolesClaim)) };
  };
}

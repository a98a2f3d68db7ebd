import { codedError } from '../../errors.js';

/** The roles a credential can carry, lowest first: each includes what the ones before it may do. */
export const ROLES = ['READER', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling: anonymous (no credential), or the holder of an API token or a JWT with its
 * role. `name` is the token's name or the JWT's subject: what the audit trail records as `by`.
 */
export type Viewer = { via: 'anonymous'; name: null; role: null } | { via: 'token' | 'jwt'; name: string; role: Role };

export const ANONYMOUS: Viewer = { via: 'anonymous', name: null, role: null };

/** The roles that include `role`: it and those after it. */
export function rolesAtLeast(role: Role): Role[] {
  return ROLES.slice(ROLES.indexOf(role));
}

/** Whether the viewer has at least `role`. */
export function hasRole(viewer: Viewer, role: Role): boolean {
  return viewer.role !== null && rolesAtLeast(role).includes(viewer.role);
}

/**
 * Throws UNAUTHENTICATED for an anonymous viewer and FORBIDDEN for one whose role is below
 * `role`; returns the (authenticated) viewer otherwise.
 */
export function requireRole(viewer: Viewer, role: Role): Extract<Viewer, { via: 'token' | 'jwt' }> {
  if (viewer.via === 'anonymous') {
    throw codedError('UNAUTHENTICATED', `This needs the ${role} role: send a credential as Authorization: Bearer <token>.`, { requiredRole: role });
  }
  if (!hasRole(viewer, role)) {
    throw codedError('FORBIDDEN', `This needs the ${role} role; ${viewer.name} has ${viewer.role}.`, { requiredRole: role, role: viewer.role });
  }
  return viewer;
}

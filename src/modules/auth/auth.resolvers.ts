import type { CredentialKind, Resolvers } from '../../__generated__/resolvers-types.js';

const KIND: Record<'token' | 'jwt', CredentialKind> = { token: 'TOKEN', jwt: 'JWT' };

export const authResolvers: Resolvers = {
  Query: {
    // Never compiled (modules/compiler): an operation selecting it is answered by the resolvers.
    viewer: (_, __, { viewer }) => (viewer.via === 'anonymous' ? null : { name: viewer.name, role: viewer.role, via: KIND[viewer.via] }),
  },
};

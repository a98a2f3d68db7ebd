import type { MutationResolvers, Resolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import { NODE_LABELS, type NodeLabel } from '../../model/model.js';
import { listChanges } from './write.history.js';
import type { WriteResult } from './write.service.js';

/** The upsert mutation of each label: `upsert<Label>`. */
const UPSERTS = ['Person', 'Organisation', 'Policy', 'Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Affiliation'] as const satisfies readonly NodeLabel[];

type UpsertArgs = { input: Record<string, unknown>; expectedVersion?: number | null; reason?: string | null };

/** Keeps the bookmark for the response (extension and header), then hands the result to GraphQL. */
function payload(result: WriteResult, context: { recordBookmark(bookmark: string | null): void }) {
  context.recordBookmark(result.bookmark);
  return result;
}

export const writeResolvers: Resolvers = {
  Mutation: {
    ...(Object.fromEntries(
      UPSERTS.map((label) => [
        `upsert${label}`,
        async (_: unknown, args: UpsertArgs, context: Context) =>
          payload(await context.writes.upsert(context.credential, label, args.input, { expectedVersion: args.expectedVersion, reason: args.reason }), context),
      ]),
    ) as MutationResolvers),
    createDocument: async (_, { input, reason }, context) => {
      const result = await context.writes.createDocument(context.credential, input as Record<string, unknown>, reason ?? null);
      payload(result, context);
      return { document: result.node, created: result.created, change: result.change } as never;
    },
    addEvidence: async (_, args, context) => payload(await context.writes.evidence(context.credential, args, false), context),
    removeEvidence: async (_, args, context) => payload(await context.writes.evidence(context.credential, args, true), context),
    retract: async (_, args, context) => payload(await context.writes.retraction(context.credential, args, false), context),
    restore: async (_, args, context) => payload(await context.writes.retraction(context.credential, args, true), context),
    purge: async (_, args, context) => {
      const result = await context.writes.purge(context.credential, args);
      context.recordBookmark(result.bookmark);
      return result;
    },
    mergeEntities: async (_, args, context) => payload(await context.writes.merge(context.credential, args), context),
  },
  Query: {
    changes: (_, { since, by, operation, first, after }, { db }) => listChanges(db, { since, by, operation }, first, after),
  },
  // Node.history on every type of the model.
  ...Object.fromEntries(
    NODE_LABELS.map((label) => [label, { history: (parent: { id: string }, args: { first?: number | null; after?: string | null }, { db }: Context) => listChanges(db, { nodeId: parent.id }, args.first, args.after) }]),
  ),
};

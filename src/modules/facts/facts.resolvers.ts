import type { Resolvers } from '../../__generated__/resolvers-types.js';
import type { Context } from '../../context.js';
import type { FactModel } from '../graph/graph.mappers.js';
import { loadMany, loadRequired } from '../graph/graph.load.js';

/** Evidence rows come with their documents, which the node loader then serves from cache. */
const evidence = async (fact: FactModel, _: unknown, { loaders }: Context) =>
  (await loaders.evidence.load(fact.id)).map((row) => ({ documentId: row.node.id, quote: row.quote ?? '' }));

export const factsResolvers: Resolvers = {
  Fact: { __resolveType: (fact) => fact.__typename },
  Actor: { __resolveType: (actor) => actor.__typename },
  Evidence: {
    document: (ev, _, context) => loadRequired(context, ev.documentId, 'Document'),
  },
  PartialDate: {
    resolvedFrom: (date, _, context) => (date.resolvedFromId ? loadRequired(context, date.resolvedFromId, 'Document') : null),
  },
  Tenure: {
    person: (t, _, context) => loadRequired(context, t.personId, 'Person'),
    organisation: (t, _, context) => loadRequired(context, t.organisationId, 'Organisation'),
    evidence,
  },
  ServiceArrangement: {
    council: (a, _, context) => loadRequired(context, a.councilId, 'Organisation'),
    provider: (a, _, context) => loadRequired(context, a.providerId, 'Organisation'),
    evidence,
  },
  Inspection: {
    subject: (i, _, context) => loadRequired(context, i.subjectId, 'Organisation'),
    inspectorate: (i, _, context) => loadRequired(context, i.inspectorateId, 'Organisation'),
    evidence,
  },
  Direction: {
    council: (d, _, context) => loadRequired(context, d.councilId, 'Organisation'),
    issuedBy: (d, _, context) => loadRequired(context, d.issuedById, 'Organisation'),
    arrangement: (d, _, context) => (d.arrangementId ? loadRequired(context, d.arrangementId, 'ServiceArrangement') : null),
    evidence,
  },
  Event: {
    involves: (e, _, context) => loadMany(context, e.involvesIds),
    evidence,
  },
  Statement: {
    speaker: (s, _, context) => loadRequired(context, s.speakerId, ['Person', 'Organisation']),
    document: (s, _, context) => loadRequired(context, s.documentId, 'Document'),
    about: (s, _, context) => loadMany(context, s.aboutIds),
    evidence,
  },
  Policy: {
    issuedBy: (p, _, context) => (p.issuedById ? loadRequired(context, p.issuedById, 'Organisation') : null),
    evidence,
  },
  TimelineConnection: { totalCount: (connection) => connection.totalCount() },
};

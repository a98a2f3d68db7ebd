import neo4j from 'neo4j-driver';
import type { Database } from '../../neo4j/database.js';
import { KIND_LABELS, kindsFromLabels, type OrganisationKindValue, type OrganisationModel, type PersonModel } from './entities.mappers.js';

interface PersonRow {
  person: { id: string; name: string; aliases: string[] | null; description: string | null };
}
interface OrganisationRow {
  organisation: { id: string; name: string; aliases: string[] | null; description: string | null; labels: string[] };
}

const GET_PEOPLE_BY_IDS = `/* getPeopleByIds */
UNWIND $ids AS id
MATCH (p:Person {id: id})
RETURN p {.id, .name, .aliases, .description} AS person`;

const GET_ORGANISATIONS_BY_IDS = `/* getOrganisationsByIds */
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o {.id, .name, .aliases, .description, labels: labels(o)} AS organisation`;

// Shared WHERE clause of the list and count queries: name or alias substring, kinds, keyset.
const NAME_FILTER = `($nameContains IS NULL
    OR toLower(n.name) CONTAINS $nameContains
    OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $nameContains))`;
const KIND_FILTER = `($kindLabels IS NULL OR any(label IN labels(n) WHERE label IN $kindLabels))`;
const AFTER = `($afterName IS NULL OR n.name > $afterName OR (n.name = $afterName AND n.id > $afterId))`;

const LIST_PEOPLE = `/* listPeople */
MATCH (n:Person)
WHERE ${NAME_FILTER} AND ${AFTER}
RETURN n {.id, .name, .aliases, .description} AS person
ORDER BY n.name, n.id
LIMIT $limit`;

const COUNT_PEOPLE = `/* countPeople */
MATCH (n:Person)
WHERE ${NAME_FILTER}
RETURN count(n) AS total`;

const LIST_ORGANISATIONS = `/* listOrganisations */
MATCH (n:Organisation)
WHERE ${NAME_FILTER} AND ${KIND_FILTER} AND ${AFTER}
RETURN n {.id, .name, .aliases, .description, labels: labels(n)} AS organisation
ORDER BY n.name, n.id
LIMIT $limit`;

const COUNT_ORGANISATIONS = `/* countOrganisations */
MATCH (n:Organisation)
WHERE ${NAME_FILTER} AND ${KIND_FILTER}
RETURN count(n) AS total`;

export interface ListArgs {
  limit: number;
  after: { name: string; id: string } | null;
  nameContains: string | null;
}

function toPerson(row: PersonRow): PersonModel {
  const p = row.person;
  return { __typename: 'Person', id: p.id, name: p.name, aliases: p.aliases ?? [], description: p.description ?? null };
}

function toOrganisation(row: OrganisationRow): OrganisationModel {
  const o = row.organisation;
  return {
    __typename: 'Organisation',
    id: o.id,
    name: o.name,
    aliases: o.aliases ?? [],
    kinds: kindsFromLabels(o.labels),
    description: o.description ?? null,
  };
}

function listParams(args: ListArgs) {
  return {
    limit: neo4j.int(args.limit),
    afterName: args.after?.name ?? null,
    afterId: args.after?.id ?? null,
    nameContains: args.nameContains ? args.nameContains.toLowerCase() : null,
  };
}

/** All Cypher about people and organisations. */
export class EntitiesRepository {
  constructor(private readonly db: Database) {}

  async peopleByIds(ids: readonly string[]): Promise<PersonModel[]> {
    const rows = await this.db.read<PersonRow>(GET_PEOPLE_BY_IDS, { ids });
    return rows.map(toPerson);
  }

  async organisationsByIds(ids: readonly string[]): Promise<OrganisationModel[]> {
    const rows = await this.db.read<OrganisationRow>(GET_ORGANISATIONS_BY_IDS, { ids });
    return rows.map(toOrganisation);
  }

  async listPeople(args: ListArgs): Promise<PersonModel[]> {
    const rows = await this.db.read<PersonRow>(LIST_PEOPLE, listParams(args));
    return rows.map(toPerson);
  }

  async countPeople(nameContains: string | null): Promise<number> {
    const [row] = await this.db.read<{ total: { toNumber(): number } }>(COUNT_PEOPLE, {
      nameContains: nameContains?.toLowerCase() ?? null,
    });
    return row ? row.total.toNumber() : 0;
  }

  async listOrganisations(args: ListArgs & { kinds: OrganisationKindValue[] | null }): Promise<OrganisationModel[]> {
    const rows = await this.db.read<OrganisationRow>(LIST_ORGANISATIONS, {
      ...listParams(args),
      kindLabels: kindLabels(args.kinds),
    });
    return rows.map(toOrganisation);
  }

  async countOrganisations(nameContains: string | null, kinds: OrganisationKindValue[] | null): Promise<number> {
    const [row] = await this.db.read<{ total: { toNumber(): number } }>(COUNT_ORGANISATIONS, {
      nameContains: nameContains?.toLowerCase() ?? null,
      kindLabels: kindLabels(kinds),
    });
    return row ? row.total.toNumber() : 0;
  }
}

function kindLabels(kinds: OrganisationKindValue[] | null): string[] | null {
  return kinds && kinds.length > 0 ? kinds.map((kind) => KIND_LABELS[kind]) : null;
}

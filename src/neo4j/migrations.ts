import type { Database } from './database.js';

/** Labels whose nodes carry a stable, unique `id`. */
export const ID_LABELS = [
  'Person',
  'Organisation',
  'Document',
  'Policy',
  'Tenure',
  'ServiceArrangement',
  'Inspection',
  'Direction',
  'Event',
  'Statement',
] as const;

/**
 * Schema statements, each idempotent (IF NOT EXISTS), applied at every start.
 * Community edition has no property-existence constraints: required properties are
 * validated by the application (see src/seeds/schema.ts).
 */
export const MIGRATIONS: readonly string[] = [
  ...ID_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name)',
  'CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name)',
];

export async function migrate(db: Database): Promise<void> {
  for (const statement of MIGRATIONS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}

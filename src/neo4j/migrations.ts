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
 * validated by the application (see src/seeds/validate.ts).
 */
export const MIGRATIONS: readonly string[] = [
  ...ID_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  'CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name)',
  'CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name)',
  'CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name)',
  'DROP INDEX document_text IF EXISTS', // an early full-text index over article text that nothing queried
  'CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.publishedEarliest)',
  'CREATE INDEX tenure_role_kind IF NOT EXISTS FOR (n:Tenure) ON (n.roleKind)',
  'CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance)',
  'CREATE INDEX inspection_grade IF NOT EXISTS FOR (n:Inspection) ON (n.grade)',
  // Search: names, aliases (joined into aliasText) and document titles, with typo tolerance
  // from Lucene fuzzy terms. The analyzer keeps stop words so that names like "The" survive.
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Person|Organisation|Policy|Document) ON EACH [n.name, n.aliasText]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false}}`,
];

export async function migrate(db: Database): Promise<void> {
  for (const statement of MIGRATIONS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}

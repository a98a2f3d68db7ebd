import { NODE_LABELS, propertyEntries, SEARCH_LABELS } from '../model/model.js';
import { ALIAS_TEXT } from '../seeds/validate.js';
import type { Database } from './database.js';

const snakeCase = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/**
 * A range index per property the model marks `index: true`, named `<label>_<property>`; a
 * partial date is indexed on its earliest day.
 */
const RANGE_INDEXES = NODE_LABELS.flatMap((label) =>
  propertyEntries(label)
    .filter(([, p]) => p.index)
    .map(([key, p]) => `CREATE INDEX ${label.toLowerCase()}_${snakeCase(key)} IF NOT EXISTS FOR (n:${label}) ON (n.${p.kind === 'date' ? `${key}Earliest` : key})`),
);

/**
 * Schema statements, each idempotent (IF NOT EXISTS), applied at every start; all derived
 * from the graph model (src/model/graph.model.ts).
 * Community edition has no property-existence constraints: required properties are
 * validated by the application (see src/seeds/validate.ts).
 */
export const MIGRATIONS: readonly string[] = [
  // Every node of the model carries a stable, unique `id`.
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  ...RANGE_INDEXES,
  'DROP INDEX document_text IF EXISTS', // an early full-text index over article text that nothing queried
  // Search: names (a document's is its title) and aliases (joined into ALIAS_TEXT) of the
  // searchable labels, with typo tolerance from Lucene fuzzy terms. The analyzer keeps stop
  // words so that names like "The" survive.
  `CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:${SEARCH_LABELS.join('|')}) ON EACH [n.name, n.${ALIAS_TEXT}]
   OPTIONS {indexConfig: {\`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false}}`,
];

export async function migrate(db: Database): Promise<void> {
  for (const statement of MIGRATIONS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}

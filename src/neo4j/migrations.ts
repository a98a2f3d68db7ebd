import { FACT_LABELS, NODE_LABELS, propertyEntries, relationOf, SEARCH_LABELS, typeDecl } from '../model/model.js';
import { ALIAS_TEXT } from '../seeds/validate.js';
import { API_TOKEN_MIGRATIONS } from '../modules/auth/tokens.js';
import type { Database } from './database.js';
import { CHANGE, RECORD } from '../model/records.js';

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
 * The full-text indexes search reads (src/modules/search), derived from the graph model. One
 * analyzer for all, so that a word is the same token in every index; it keeps stop words so
 * that names like "The" survive.
 */
const FULLTEXT_OPTIONS = "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-no-stop-words', `fulltext.eventually_consistent`: false}}";

/** A fact's own words, besides its name, that search reads: whichever of these the fact labels declare. */
export const FACT_TEXT_PROPERTIES = ['summary', 'description', 'quote'].filter((key) => FACT_LABELS.some((label) => key in typeDecl(label).properties));

const evidence = relationOf(FACT_LABELS[0]!, 'evidence');
if (!evidence) throw new Error('The graph model declares no evidence relation on facts');

export const SEARCH_INDEXES = {
  /** Names (a document's is its title) and aliases (joined into ALIAS_TEXT) of the searchable labels. */
  entities: { name: 'entity_search', labels: SEARCH_LABELS, aliasText: ALIAS_TEXT },
  /** Facts by their name (a readable caption) and their own words. */
  facts: { name: 'fact_search', labels: FACT_LABELS, properties: ['name', ...FACT_TEXT_PROPERTIES] },
  /** The verbatim quotes of the evidence relationships (fact)-[:EVIDENCED_BY {quote}]->(document). */
  evidence: { name: 'evidence_search', type: evidence.rel.type },
  /** Documents' full text. */
  documents: { name: 'document_search', label: 'Document', property: 'text' },
} as const;

/**
 * Schema statements, each idempotent (IF NOT EXISTS), applied at every start; all derived
 * from the graph model (src/model/graph.model.ts), but for the API tokens' own constraints.
 * Community edition has no property-existence constraints: required properties are
 * validated by the application (see src/seeds/validate.ts).
 */
export const MIGRATIONS: readonly string[] = [
  // Every node of the model carries a stable, unique `id`.
  ...NODE_LABELS.map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  ),
  ...RANGE_INDEXES,
  // The write path (src/modules/write): one document per text; the audit trail by id and time.
  `CREATE CONSTRAINT document_content_hash IF NOT EXISTS FOR (n:Document) REQUIRE n.${RECORD.contentHash} IS UNIQUE`,
  `CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:${CHANGE.label}) REQUIRE n.id IS UNIQUE`,
  `CREATE INDEX change_at IF NOT EXISTS FOR (n:${CHANGE.label}) ON (n.at)`,
  // An early full-text index over article text that nothing queried; dropped before
  // document_search, which covers the same property (Neo4j would take it as equivalent).
  'DROP INDEX document_text IF EXISTS',
  // Search: typo tolerance comes from Lucene fuzzy terms (search.lucene.ts).
  `CREATE FULLTEXT INDEX ${SEARCH_INDEXES.entities.name} IF NOT EXISTS FOR (n:${SEARCH_INDEXES.entities.labels.join('|')}) ON EACH [n.name, n.${ALIAS_TEXT}]
   ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${SEARCH_INDEXES.facts.name} IF NOT EXISTS FOR (n:${SEARCH_INDEXES.facts.labels.join('|')}) ON EACH [${SEARCH_INDEXES.facts.properties.map((key) => `n.${key}`).join(', ')}]
   ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${SEARCH_INDEXES.evidence.name} IF NOT EXISTS FOR ()-[r:${SEARCH_INDEXES.evidence.type}]-() ON EACH [r.quote]
   ${FULLTEXT_OPTIONS}`,
  `CREATE FULLTEXT INDEX ${SEARCH_INDEXES.documents.name} IF NOT EXISTS FOR (n:${SEARCH_INDEXES.documents.label}) ON EACH [n.${SEARCH_INDEXES.documents.property}]
   ${FULLTEXT_OPTIONS}`,
  // API tokens (src/modules/auth/tokens.ts), outside the graph model: unique names and hashes.
  ...API_TOKEN_MIGRATIONS,
];

export async function migrate(db: Database): Promise<void> {
  for (const statement of MIGRATIONS) await db.write(statement);
  await db.write('CALL db.awaitIndexes(60)');
}

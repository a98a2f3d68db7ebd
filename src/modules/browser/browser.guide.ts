import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PROJECT_ROOT } from '../../neo4j/managed.js';

const BROWSER_DIR = join(PROJECT_ROOT, 'browser');

const queriesSchema = z.array(z.object({ title: z.string().min(1), question: z.string().min(1), cypher: z.string().min(1) }));
export type GuideQuery = z.infer<typeof queriesSchema>[number];

/** The journalists' Cypher queries of browser/queries.yaml. */
export function loadGuideQueries(): GuideQuery[] {
  return queriesSchema.parse(parse(readFileSync(join(BROWSER_DIR, 'queries.yaml'), 'utf8')));
}

/** The GraSS style of browser/style.grass (colours per label, `name` captions). */
export function loadGraphStyle(): string {
  return readFileSync(join(BROWSER_DIR, 'style.grass'), 'utf8');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A Neo4j Browser guide (`:play <url>`): one slide per query, each runnable with a click. */
export function renderGuide(queries: GuideQuery[]): string {
  const slides = queries
    .map(
      (q) => `  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>${escapeHtml(q.title)}</h3>
      <p class="lead">${escapeHtml(q.question)}</p>
      <pre class="pre-scrollable code runnable">${escapeHtml(q.cypher.trimEnd())}</pre>
    </div>
  </slide>`,
    )
    .join('\n');
  return `<style type="text/css" media="screen">.guide pre { white-space: pre; }</style>
<article class="guide">
<carousel class="deck container-fluid">
  <slide class="row-fluid">
    <div class="col-sm-12">
      <h3>Children's services governance graph</h3>
      <p class="lead">People, councils, children's trusts, inspections and directions, every fact linked to its source
      with a verbatim quote: follow <code>EVIDENCED_BY</code> to the <code>Document</code> and read the
      <code>quote</code> property of the relationship.</p>
      <p>Facts are nodes: <code>(:Person)-[:HELD]-&gt;(:Tenure)-[:AT]-&gt;(:Organisation)</code>,
      <code>(:ServiceArrangement)-[:FOR_COUNCIL|PROVIDED_BY]-&gt;</code>, <code>(:Inspection)-[:INSPECTED]-&gt;</code>,
      <code>(:Direction)-[:DIRECTED]-&gt;</code>, <code>(:Event)-[:INVOLVED]-&gt;</code>,
      <code>(:Statement)-[:SAID_BY|ABOUT]-&gt;</code>, <code>(:Affiliation)-[:AFFILIATION_OF|WITH_PARTY]-&gt;</code>.
      Dates keep their precision (<code>start</code>, <code>startPrecision</code>, <code>startEarliest</code>,
      <code>startLatest</code>); a date worked out rather than stated says how (<code>startRelative</code>,
      <code>startAnchor</code>, <code>startResolvedFrom</code>) and is marked <code>startInferred: true</code>
      when it rests on a document's inferred publication window. A disputed fact has a <code>dispute</code> and
      <code>CONTRADICTED_BY</code> quotes.</p>
    </div>
  </slide>
${slides}
</carousel>
</article>
`;
}

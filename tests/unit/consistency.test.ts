import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkConsistency, CONSISTENCY_RULES, normaliseName, type RuleName } from '../../src/seeds/consistency.js';
import { DEFAULT_CORPUS_DIR, DEFAULT_SEEDS_DIR } from '../../src/seeds/loader.js';
import { readSeeds, SeedValidationError, type SeedEntry } from '../../src/seeds/validate.js';

/**
 * The consistency suite over the seed graph: the real seeds pass every rule, and each rule
 * catches the finding it was written for when that finding is planted back into a copy.
 */

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'seeds-consistency-'));
  cpSync(DEFAULT_SEEDS_DIR, dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function edit(file: string, change: (entries: SeedEntry[]) => void): void {
  const path = join(dir, file);
  const entries = parse(readFileSync(path, 'utf8')) as SeedEntry[];
  change(entries);
  writeFileSync(path, stringify(entries));
}
const entry = (entries: SeedEntry[], id: string) => {
  const found = entries.find((e) => e.id === id);
  if (!found) throw new Error(`no seed entry ${id}`);
  return found;
};

function problems(): string[] {
  try {
    readSeeds(dir, DEFAULT_CORPUS_DIR);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  return [];
}
const findings = (rule: RuleName) => problems().filter((p) => p.startsWith(`consistency (${rule})`));

describe('the consistency suite', () => {
  it('passes on the seed graph', () => {
    const graph = readSeeds(DEFAULT_SEEDS_DIR, DEFAULT_CORPUS_DIR);
    expect(checkConsistency(graph)).toEqual([]);
    expect(CONSISTENCY_RULES.length).toBe(9);
  });

  it('refuses two concurrent providers of one council unless the fact is disputed', () => {
    edit('arrangements.yaml', (entries) => {
      // The original finding: Achieving for Children beside Together for Children in Sunderland.
      delete entry(entries, 'arrangement:sunderland-together-for-children').dispute;
      entries.push({
        id: 'arrangement:sunderland-achieving-for-children',
        council: 'council:sunderland',
        provider: 'trust:achieving-for-children',
        origin: 'VOLUNTARY',
        evidence: [{ doc: 'doc:slough-rocky-road-childrens-trust-model', quote: 'Achieving for Children in Sunderland is still facing challenges' }],
      });
    });
    expect(findings('one-provider-at-a-time')).toEqual([expect.stringMatching(/council:sunderland has two providers at once/)]);
    edit('arrangements.yaml', (entries) => {
      entry(entries, 'arrangement:sunderland-together-for-children').dispute = 'Provider named differently by two articles';
    });
    expect(findings('one-provider-at-a-time')).toEqual([]);
  });

  it('refuses a date worked out from relative wording that is recorded as stated', () => {
    edit('events.yaml', (entries) => {
      entry(entries, 'event:ofsted-slough-2011-shortcomings').date = '2011';
      entry(entries, 'event:slough-trust-directors-tell-lgc-2016-12').date = '2016-12';
    });
    edit('statements.yaml', (entries) => {
      entry(entries, 'statement:david-cameron-immediate-capacity').date = '2015';
    });
    const found = findings('dates-show-their-workings');
    expect(found).toHaveLength(3);
    expect(found.join('\n')).toMatch(/event:ofsted-slough-2011-shortcomings: date 2011 is stated in none of its evidence quotes/);
    expect(found.join('\n')).toMatch(/event:slough-trust-directors-tell-lgc-2016-12: date 2016-12/);
  });

  it('checks relative wording against its evidence and resolves it from its anchor', () => {
    edit('events.yaml', (entries) => {
      entry(entries, 'event:ofsted-slough-2011-shortcomings').date = { relative: 'last year', anchor: 'Ofsted had said in 2010', from: '2010' };
    });
    expect(problems().join('\n')).toMatch(/ofsted-slough-2011-shortcomings\): date.relative “last year” is in none of its evidence quotes/);
    edit('events.yaml', (entries) => {
      entry(entries, 'event:ofsted-slough-2011-shortcomings').date = { relative: 'by the following year', anchor: 'Ofsted had said in 2010', from: '2010' };
      entry(entries, 'event:slough-trust-directors-tell-lgc-2016-12').date = { date: '2016-11', relative: 'In the following December', anchor: 'In February 2016', from: '2016-02' };
    });
    expect(problems()).toEqual([expect.stringMatching(/“In the following December” from 2016-02 is 2016-12, not 2016-11/)]);
  });

  it('puts every inspection on its council’s trajectory, under that council’s arrangement', () => {
    edit('inspections.yaml', (entries) => {
      entry(entries, 'inspection:birmingham-requires-improvement').subject = 'trust:birmingham-childrens-trust';
      entry(entries, 'inspection:doncaster-good').arrangement = 'arrangement:slough-slough-childrens-services-trust';
    });
    const all = problems().join('\n');
    // The subject of an inspection is a council by the model (the id must be a council's) ...
    expect(all).toMatch(/inspection:birmingham-requires-improvement\): subject: must start with council:/);
    edit('inspections.yaml', (entries) => {
      entry(entries, 'inspection:birmingham-requires-improvement').subject = 'council:birmingham';
    });
    // ... and the arrangement it names is for that council.
    expect(findings('inspections-on-the-council-trajectory')).toEqual([
      expect.stringMatching(/inspection:doncaster-good: its arrangement arrangement:slough-slough-childrens-services-trust is for council:slough/),
    ]);
  });

  it('refuses one judgment recorded twice', () => {
    edit('inspections.yaml', (entries) => {
      const merged = entry(entries, 'inspection:sunderland-2018');
      entries.push({
        ...merged,
        id: 'inspection:sunderland-last-inspection-may',
        date: { relative: 'in May last year', resolvedFrom: 'doc:slough-rocky-road-childrens-trust-model' },
        evidence: [(merged.evidence as unknown[])[1]],
      });
      merged.date = '2018';
      merged.evidence = [(merged.evidence as unknown[])[0]];
    });
    expect(findings('one-judgment-one-fact')).toEqual([expect.stringMatching(/inspection:sunderland-2018 and inspection:sunderland-last-inspection-may judge one subject/)]);
  });

  it('refuses two entities whose names or aliases normalise to one string', () => {
    expect(normaliseName('The Children’s Commissioner')).toBe(normaliseName("Children's  Commissioner"));
    expect(normaliseName('Doncaster MBC')).not.toBe(normaliseName('Doncaster'));
    edit('people.yaml', (entries) => {
      entries.push({ id: 'person:a-couldrick', name: 'A. Couldrick', aliases: ['couldrick'] });
    });
    expect(findings('one-entity-one-name')).toEqual([expect.stringMatching(/person:andy-couldrick and person:a-couldrick share the name “couldrick”/)]);
  });

  it('holds appointed commissioners at their councils and parties as affiliations', () => {
    edit('tenures.yaml', (entries) => {
      entry(entries, 'tenure:nick-whitfield-sunderland-commissioner').organisation = 'org:uk-government';
      entry(entries, 'tenure:khalid-mahmood-parliament-mp').organisation = 'org:labour-party';
    });
    expect(findings('commissioners-at-councils')).toEqual([expect.stringMatching(/tenure:nick-whitfield-sunderland-commissioner: a COMMISSIONER is appointed to a council/)]);
    expect(findings('parties-are-affiliations')).toEqual([expect.stringMatching(/tenure:khalid-mahmood-parliament-mp: held at the party org:labour-party/)]);
  });

  it('lists shared wording once per pair', () => {
    edit('statements.yaml', (entries) => {
      entry(entries, 'statement:alison-michalska-little-evidence').sharedWording = ['statement:james-blewett-little-evidence-for-trust-model'];
    });
    expect(findings('shared-wording-once')).toHaveLength(1);
  });
});

describe('dates counted from a document', () => {
  it('count from the document whose quote holds the wording', () => {
    edit('inspections.yaml', (entries) => {
      entry(entries, 'inspection:medway-good').date = { relative: 'from Ofsted last year', resolvedFrom: 'doc:jones-six-reasons-to-rethink-trusts' };
    });
    expect(problems()).toEqual([expect.stringMatching(/inspection:medway-good\): date: “from Ofsted last year” is in no evidence quote from doc:jones-six-reasons-to-rethink-trusts/)]);
  });

  it('give no date rather than crash when the anchor is after the publication window', () => {
    edit('documents.yaml', (entries) => {
      const published = entry(entries, 'doc:blewett-are-independent-childrens-trusts-the-answer').published as Record<string, unknown>;
      published.date = '2016-04';
    });
    expect(problems().join('\n')).toMatch(/event:today-programme-julian-le-grand-interview\): date: “In a subsequent interview” from 2016-05-24 gives no date/);
  });

  it('override a rule only with a basis, and are then inferred', () => {
    edit('events.yaml', (entries) => {
      entry(entries, 'event:ofsted-slough-2011-shortcomings').date = { date: '2011', relative: 'by the following year', anchor: 'Ofsted had said in 2010', from: '2010' };
    });
    expect(problems()).toEqual([expect.stringMatching(/is 2010\/2011, not 2011 \(give a basis to override the rule\)/)]);
    edit('events.yaml', (entries) => {
      Object.assign(entry(entries, 'event:ofsted-slough-2011-shortcomings').date as object, { basis: 'Read as within the following year', quotes: ['by the following year'] });
    });
    const graph = readSeeds(dir, DEFAULT_CORPUS_DIR);
    expect(graph.nodes.find((n) => n.id === 'event:ofsted-slough-2011-shortcomings')!.props).toMatchObject({ date: '2011', dateInferred: true, dateRelative: 'by the following year' });
  });

  it('need a dispute and contradicting quotes together', () => {
    edit('arrangements.yaml', (entries) => {
      delete entry(entries, 'arrangement:sunderland-together-for-children').contradictedBy;
    });
    expect(findings('disputes-have-both-sides')).toEqual([expect.stringMatching(/arrangement:sunderland-together-for-children: disputed, but no quote contradicts it/)]);
  });
});

import { GraphQLError } from 'graphql';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearch, searchLabels, searchTerms, toLuceneQuery, wordSpans } from '../../src/modules/search/search.lucene.js';
import { describeHit, editDistance, highlights, matchOf, matchQuality, passage, SNIPPET_LENGTH, type HitData } from '../../src/modules/search/search.snippet.js';

const terms = (query: string) => searchTerms(query);
const words = (text: string) => wordSpans(text).map((span) => text.slice(span.start, span.end));
/** The text with its highlighted ranges in brackets. */
const marked = (text: string, ranges: { start: number; end: number }[]) =>
  [...ranges].reverse().reduce((out, r) => `${out.slice(0, r.start)}[${out.slice(r.start, r.end)}]${out.slice(r.end)}`, text);

const hit = (extra: Partial<HitData>): HitData => ({ kind: 'ENTITY', isDocument: false, name: '', aliases: [], texts: [], quote: null, ...extra });

const ARTICLE = [
  'Children’s services in Bradford were handed to a trust in 2023 after years of decline.',
  '',
  'Meanwhile, Bradford Children and Families Trust (BCFT) overspent its budget by £42.3m in its first year, 2023-24, driven chiefly by the widespread issues of placements costs for children in care and high agency staff costs.',
  '',
  'In a statement, the trust said it was working with the council. Le Grand argued that “children services are in a culture of a decline”. '.repeat(3),
].join('\n');

describe('query words, split as the index analyzer splits text', () => {
  it('keeps numbers and sums whole, splits ranges, joins apostrophes', () => {
    expect(words('BCFT overspent £42.3m in 2023-24; £42,000; U.K. children’s 3m')).toEqual(['BCFT', 'overspent', '42.3m', 'in', '2023', '24', '42,000', 'U.K', 'children’s', '3m']);
    expect(terms('£42.3m').map((t) => t.text)).toEqual(['42.3m']);
    expect(terms('2023-24').map((t) => t.text)).toEqual(['2023', '24']);
    expect(terms("Children's Children’s").map((t) => t.text)).toEqual(['childrens']);
    expect(terms('Ångström  ÉCOLE').map((t) => t.text)).toEqual(['angstrom', 'ecole']);
  });

  it('tolerates typos in words, not in numbers or short words', () => {
    expect(terms('Couldrik BCFT of 42.3m 2023').map((t) => [t.text, t.edits])).toEqual([
      ['couldrik', 2],
      ['bcft', 1],
      ['of', 0],
      ['42.3m', 0],
      ['2023', 0],
    ]);
  });

  it('builds a Lucene query of required terms and a sloppy phrase, with no syntax of the input', () => {
    expect(toLuceneQuery('Couldrik')).toBe('+(couldrik^4 couldrik*^2 couldrik~2)');
    expect(toLuceneQuery('culture of decline')).toBe('+(culture^4 culture*^2 culture~2) +(of^4 of*) +(decline^4 decline*^2 decline~2) "culture of decline"~2');
    expect(toLuceneQuery('£42.3m')).toBe('+(42.3m^4 42.3m*^2)');
    expect(toLuceneQuery('") OR *:*')).toBe('+(or^4 or*)');
    expect(toLuceneQuery('AND')).toBe('+(and^4 and*^2 and~1)');
    for (const empty of ['', '   ', '*:*', '") (', '~~ ^^ !!', '\u0000']) expect(toLuceneQuery(empty)).toBeNull();
  });

  it('never lets query syntax through, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (input) => {
        const lucene = toLuceneQuery(input);
        if (lucene === null) return;
        // Only the syntax the builder writes: +( ) ^ * ~ " and spaces; terms are lower case.
        const stripped = lucene.replace(/"[^"]*"~2$/u, '').replace(/[+()^*~\d ]/gu, '');
        expect(stripped).not.toMatch(/[-&|!{}[\]"\\:/?]/u);
        expect(lucene).not.toMatch(/\b(AND|OR|NOT|TO)\b/u);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses, with BAD_USER_INPUT, queries with no letter or digit and overlong ones', () => {
    for (const bad of ['', '  ', ') OR *:*'.replace(/OR/, ''), '!!!', 'x'.repeat(201)]) {
      try {
        parseSearch(bad);
        expect.unreachable(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      }
    }
    expect(parseSearch('x'.repeat(200)).terms).toHaveLength(1);
    expect(parseSearch(Array.from({ length: 20 }, (_, i) => `w${i}`).join(' ')).terms).toHaveLength(10);
  });

  it('narrows FACT to the facts without a kind of their own', () => {
    expect(searchLabels(['FACT'])).toEqual(['Tenure', 'ServiceArrangement', 'Inspection', 'Direction', 'Event', 'Statement', 'Affiliation']);
    expect(searchLabels(['DOCUMENT', 'POLICY'])).toEqual(['Document', 'Policy']);
    expect(searchLabels([])).toBeNull();
  });
});

describe('matching words', () => {
  it('counts a transposition as one edit', () => {
    expect(editDistance('couldrick', 'couldrik', 2)).toBe(1);
    expect(editDistance('overspend', 'overspent', 2)).toBe(1);
    expect(editDistance('tmaeside', 'tameside', 2)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });

  it('matches exactly, as a prefix, or within the typos allowed, ignoring case, diacritics and apostrophes', () => {
    const [couldrik] = terms('Couldrik');
    expect(matchQuality('Couldrik', couldrik!)).toBe(3);
    expect(matchQuality('COULDRIKS', couldrik!)).toBe(2);
    expect(matchQuality('Couldrick', couldrik!)).toBe(1);
    expect(matchQuality('Cold', couldrik!)).toBe(0);
    expect(matchQuality('Ångström', terms('angstrom')[0]!)).toBe(3);
    expect(matchQuality('children’s', terms('childrens')[0]!)).toBe(3);
    expect(matchQuality('42.5m', terms('42.3m')[0]!)).toBe(0);
  });

  it('highlights whole words, prefix and fuzzy matches included', () => {
    const text = 'Tameside’s commissioner, Andy Couldrick, overspent: OVERSPEND';
    expect(marked(text, highlights(text, terms('tameside overspent couldrik')))).toBe('[Tameside’s] commissioner, Andy [Couldrick], [overspent]: [OVERSPEND]');
    expect(marked('£42.3m in 2023-24', highlights('£42.3m in 2023-24', terms('42.3m 2023')))).toBe('£[42.3m] in [2023]-24');
  });
});

describe('passages', () => {
  const invariants = (text: string, range: { start: number; end: number }, max = SNIPPET_LENGTH) => {
    const isWord = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
    expect(range.start).toBeGreaterThanOrEqual(0);
    expect(range.end).toBeLessThanOrEqual(text.length);
    expect(range.start).toBeLessThanOrEqual(range.end);
    // Never inside a word.
    expect(isWord(text[range.start - 1]) && isWord(text[range.start])).toBe(false);
    expect(isWord(text[range.end - 1]) && isWord(text[range.end])).toBe(false);
    const body = text.slice(range.start, range.end);
    const longest = Math.max(0, ...wordSpans(body).map((s) => s.end - s.start));
    expect(body.length).toBeLessThanOrEqual(Math.max(max, longest));
  };

  it('is the whole text when it is short', () => {
    expect(passage('Andy Couldrick', terms('couldrick'))).toEqual({ start: 0, end: 14 });
  });

  it('is the stretch holding the most terms, from the start of its sentence, cut at words', () => {
    const range = passage(ARTICLE, terms('culture decline'));
    invariants(ARTICLE, range);
    const body = ARTICLE.slice(range.start, range.end);
    expect(body).toContain('culture of a decline');
    expect(body.startsWith('Le Grand argued') || body.startsWith('In a statement')).toBe(true);
    const overspent = ARTICLE.slice(...Object.values(passage(ARTICLE, terms('overspent £42.3m'))));
    expect(overspent.startsWith('Meanwhile, Bradford')).toBe(true);
    expect(overspent).toContain('overspent its budget by £42.3m');
  });

  it('starts at the beginning when nothing matches', () => {
    const range = passage(ARTICLE, terms('zzzzzz'));
    invariants(ARTICLE, range);
    expect(range.start).toBe(0);
  });

  it('keeps its promises on any text', () => {
    const word = fc.stringMatching(/^[A-Za-zé’.,0-9]{1,12}$/u);
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', '  ', '\n', '. ', ', ', '“', '”', '😀')), { maxLength: 200 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(word, { minLength: 1, maxLength: 3 }), (body, query) => {
        const found = terms(query.join(' '));
        if (found.length === 0) return;
        invariants(body, passage(body, found));
      }),
      { numRuns: 500 },
    );
  });
});

describe('a hit’s field, match and snippet', () => {
  it('finds a quote in its document: the snippet slices the text exactly, the first occurrence when it occurs twice', () => {
    const quote = 'children services are in a culture of a decline';
    const described = describeHit(hit({ kind: 'QUOTE', name: 'Julian Le Grand: …', quote }), terms('culture of decline'), ARTICLE);
    expect(described.field).toBe('QUOTE');
    expect(described.matched).toBe(quote);
    const { snippet } = described;
    expect(snippet.text).toBe(quote);
    expect(ARTICLE.slice(snippet.start!, snippet.end!)).toBe(snippet.text);
    expect(snippet.start).toBe(ARTICLE.indexOf(quote));
    expect(marked(snippet.text, snippet.highlights)).toBe('children services are in a [culture] [of] a [decline]');
  });

  it('places a long quote’s passage inside the quote', () => {
    const quote = ARTICLE.slice(ARTICLE.indexOf('In a statement'));
    const { snippet } = describeHit(hit({ kind: 'QUOTE', quote }), terms('council'), ARTICLE);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH);
    expect(ARTICLE.slice(snippet.start!, snippet.end!)).toBe(snippet.text);
    expect(snippet.start).toBeGreaterThanOrEqual(ARTICLE.indexOf(quote));
    expect(snippet.text).toContain('council');
  });

  it('gives a quote missing from the text unplaced', () => {
    const { snippet } = describeHit(hit({ kind: 'QUOTE', quote: 'not in the article' }), terms('article'), ARTICLE);
    expect(snippet).toMatchObject({ text: 'not in the article', start: null, end: null, highlights: [{ start: 11, end: 18 }] });
  });

  it('gives a document text match its passage, as the match too', () => {
    const described = describeHit(hit({ kind: 'TEXT', isDocument: true, name: 'DfE article' }), terms('overspent'), ARTICLE);
    expect(described.field).toBe('TEXT');
    expect(described.matched).toBe(described.snippet.text);
    expect(ARTICLE.slice(described.snippet.start!, described.snippet.end!)).toBe(described.snippet.text);
    expect(described.snippet.highlights.map((h) => described.snippet.text.slice(h.start, h.end))).toEqual(['overspent']);
  });

  it('tells a name from an alias, a title, a fact’s name from its summary', () => {
    const adcs = hit({ name: 'Association of Directors of Children’s Services', aliases: ['ADCS'] });
    expect(matchOf(adcs, terms('ADCS'))).toEqual({ field: 'ALIAS', matched: 'ADCS' });
    expect(matchOf(adcs, terms('directors'))).toEqual({ field: 'NAME', matched: adcs.name });
    expect(matchOf(hit({ name: 'ADCS vice chair warns', isDocument: true }), terms('adcs'))).toEqual({ field: 'TITLE', matched: 'ADCS vice chair warns' });
    const statement = hit({ kind: 'FACT', name: 'Julian Le Grand: “children services…”', texts: ['Supported the move to a trust; a culture of decline', null, 'children services are in a culture of a decline'] });
    expect(matchOf(statement, terms('culture decline'))).toEqual({ field: 'SUMMARY', matched: 'Supported the move to a trust; a culture of decline' });
    expect(matchOf(statement, terms('grand'))).toMatchObject({ field: 'NAME' });
    const described = describeHit(statement, terms('culture decline'), null);
    expect(described.snippet).toMatchObject({ text: 'Supported the move to a trust; a culture of decline', start: null, end: null });
    expect(marked(described.snippet.text, described.snippet.highlights)).toBe('Supported the move to a trust; a [culture] of [decline]');
  });
});

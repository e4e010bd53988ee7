import { toCsv } from './csv.js';

describe(toCsv.name, () => {
  it('writes a header and rows with CRLF endings', () => {
    expect(toCsv(['Name', 'Count'], [['Institution One', 17], ['Two', 0]])).toBe('Name,Count\r\nInstitution One,17\r\nTwo,0\r\n');
  });

  it('quotes fields holding commas, quotes or line breaks, doubling the quotes', () => {
    expect(toCsv(['a', 'b', 'c'], [['Smith, Jones', 'say "hi"', 'two\nlines']])).toBe('a,b,c\r\n"Smith, Jones","say ""hi""","two\nlines"\r\n');
  });

  it('leaves empty cells for null and non-finite numbers and keeps negative numbers', () => {
    expect(toCsv(['a', 'b', 'c', 'd'], [[null, undefined, Number.NaN, -1.5]])).toBe('a,b,c,d\r\n,,,-1.5\r\n');
  });

  it('defuses text a spreadsheet would evaluate as a formula', () => {
    expect(toCsv(['a', 'b'], [['=SUM(A1:A2)', '@cmd']])).toBe("a,b\r\n'=SUM(A1:A2),'@cmd\r\n");
    expect(toCsv(['a'], [['=1,2']])).toBe(`a\r\n"'=1,2"\r\n`);
  });
});

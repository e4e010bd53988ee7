import { ALL_INSTITUTIONS, onlyInstitution } from '../access/institution-scope.js';
import { whereInScope } from '../persistence/institution-scope.sql.js';
import { selectCounter } from './counter-count.js';
import { parseListQuery, type RawQuery } from './list-query.js';
import { describeScope, scopeDescription } from './list-scope.js';
import { defineListSpec, type FieldConfig } from './list-spec.js';

const fields = {
  id: { column: 'pe.id', type: 'integer', sortable: true },
  institution_id: { column: 'pe.institution_id', type: 'integer', filters: ['eq', 'in'] },
  event_type: { column: 'pe.event_type', type: 'string', filters: ['eq', 'in', 'starts_with'] },
  outcome: { column: 'pe.outcome', type: 'string', filters: ['eq', 'ne'] },
  generic_file_id: { column: 'pe.generic_file_id', type: 'integer', filters: ['eq', 'is_null'] },
  retry: { column: 'pe.retry', type: 'boolean', filters: ['eq'] },
  date_time: { column: 'pe.date_time', type: 'timestamp', filters: ['gteq'], sortable: true },
} satisfies Record<string, FieldConfig>;

const spec = defineListSpec({
  fields,
  defaultSort: 'date_time__desc',
  counter: { name: 'premis_events', institution_id: 'institution_id', dim_a: 'event_type', dim_b: 'outcome' },
});

const select = (raw: RawQuery, scope = whereInScope('pe.institution_id', ALL_INSTITUTIONS)) => selectCounter(parseListQuery(raw, spec), spec, scope);

describe('selectCounter', () => {
  it('selects the whole counter for an unscoped, unfiltered list', () => {
    expect(select({})).toEqual({ counter: 'premis_events', conditions: [] });
    expect(selectCounter(parseListQuery({}, spec), spec)).toEqual({ counter: 'premis_events', conditions: [] });
  });

  it('turns the institution scope and eq filters on dimensions into conditions', () => {
    expect(select({ outcome: 'Failure', event_type: 'fixity check' }, whereInScope('pe.institution_id', onlyInstitution(2)))).toEqual({
      counter: 'premis_events',
      conditions: [
        { dimension: 'institution_id', value: 2 },
        { dimension: 'dim_b', value: 'Failure' },
        { dimension: 'dim_a', value: 'fixity check' },
      ],
    });
    expect(select({ institution_id: '3' })).toEqual({ counter: 'premis_events', conditions: [{ dimension: 'institution_id', value: 3 }] });
  });

  it.each<[string, RawQuery]>([
    ['in on a dimension', { event_type__in: ['ingestion'] }],
    ['in on the institution', { institution_id__in: ['2'] }],
    ['ne on a dimension', { outcome__ne: 'Success' }],
    ['starts_with on a dimension', { event_type__starts_with: 'fix' }],
    ['eq on a field that is no dimension', { generic_file_id: '5' }],
    ['is_null on a field that is no dimension', { generic_file_id__is_null: 'true' }],
    ['a range', { date_time__gteq: '2024-01-01' }],
    ['a dimension together with another filter', { event_type: 'ingestion', retry: 'true' }],
  ])('needs COUNT(*) for %s', (_, raw) => {
    expect(select(raw)).toBeUndefined();
  });

  it('needs COUNT(*) for a scope it cannot read', () => {
    expect(select({}, (where) => where.andWhere('pe.institution_id = 2'))).toBeUndefined();
    expect(select({}, whereInScope('pe.other_institution_id', onlyInstitution(2)))).toBeUndefined();
    // Sys admins apply no condition, whatever the column.
    expect(select({}, whereInScope('pe.other_institution_id', ALL_INSTITUTIONS))).toEqual({ counter: 'premis_events', conditions: [] });
  });

  it('needs COUNT(*) when the spec has no counter', () => {
    const plain = defineListSpec({ fields });
    expect(selectCounter(parseListQuery({}, plain), plain)).toBeUndefined();
  });

  it('keeps booleans and integers of dimension fields as the text the triggers write', () => {
    const flags = defineListSpec({ fields, counter: { name: 'flags', institution_id: 'institution_id', dim_a: 'retry', dim_b: 'generic_file_id' } });
    expect(selectCounter(parseListQuery({ retry: 'true', generic_file_id: '007' }, flags), flags)?.conditions).toEqual([
      { dimension: 'dim_a', value: 'true' },
      { dimension: 'dim_b', value: '7' },
    ]);
  });
});

describe('whereInScope descriptions', () => {
  it('describe exactly the condition added', () => {
    expect(scopeDescription(whereInScope('x.institution_id', onlyInstitution(4)))).toEqual({ kind: 'equals', column: 'x.institution_id', value: 4 });
    expect(scopeDescription(whereInScope('x.institution_id', ALL_INSTITUTIONS))).toEqual({ kind: 'unrestricted' });
    expect(scopeDescription(() => undefined)).toBeUndefined();
  });

  it('still apply their condition', () => {
    const added: string[] = [];
    const where = { andWhere: (condition: string) => added.push(condition) };
    describeScope((w) => w.andWhere('a = 1'), { kind: 'unrestricted' })(where as never);
    whereInScope('x.institution_id', onlyInstitution(4))(where as never);
    expect(added).toEqual(['a = 1', expect.stringMatching(/^x\.institution_id = :scope_institution_\d+$/)]);
  });
});

describe('defineListSpec counter', () => {
  it('maps fields to counter dimensions', () => {
    expect(spec.counter?.name).toBe('premis_events');
    expect([...(spec.counter?.dimensions ?? [])]).toEqual([
      ['institution_id', 'institution_id'],
      ['event_type', 'dim_a'],
      ['outcome', 'dim_b'],
    ]);
    expect(defineListSpec({ fields }).counter).toBeUndefined();
  });

  it.each<[string, Parameters<typeof defineListSpec<keyof typeof fields>>[0]['counter'], string]>([
    ['an unknown field', { name: 'c', institution_id: 'institution_id', dim_a: 'nope' as never }, 'List spec: counter dimension dim_a names unknown field "nope"'],
    ['a timestamp dimension', { name: 'c', institution_id: 'institution_id', dim_a: 'date_time' }, 'List spec: counter dimension dim_a cannot be the timestamp field "date_time"'],
    ['a string institution', { name: 'c', institution_id: 'event_type' }, 'List spec: counter dimension institution_id cannot be the string field "event_type"'],
    ['a field mapped twice', { name: 'c', institution_id: 'institution_id', dim_a: 'outcome', dim_b: 'outcome' }, 'List spec: field "outcome" is mapped to two counter dimensions'],
    ['a bad counter name', { name: "x'; --", institution_id: 'institution_id' }, `List spec: invalid counter name "x'; --"`],
  ])('rejects %s', (_, counter, message) => {
    expect(() => defineListSpec({ fields, counter })).toThrow(message);
  });
});

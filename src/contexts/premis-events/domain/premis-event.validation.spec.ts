import { REJECTED_EVENT_TYPES, type PremisEventFields } from './premis-event.js';
import { validatePremisEvent, validateStandalonePremisEvent } from './premis-event.validation.js';

const valid: PremisEventFields = {
  identifier: '3f2b9a52-8c1e-4d4e-9b3a-0c6f1e2d3a4b',
  eventType: 'fixity check',
  dateTime: '2024-01-01T00:00:00Z',
  outcomeDetail: 'sha256:abc',
  detail: 'Fixity check against registered hash',
  outcomeInformation: 'Fixity matches',
  object: 'Go language crypto/sha256',
  agent: 'http://golang.org/pkg/crypto/sha256/',
  intellectualObjectId: 10,
  genericFileId: 20,
  outcome: 'Success',
  institutionId: 2,
};

const messagesFor = (changes: Partial<PremisEventFields>) => validatePremisEvent({ ...valid, ...changes }).map((e) => `${e.field}: ${e.message}`);

describe(validatePremisEvent.name, () => {
  it('accepts a valid file-level event', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it('accepts an object-level event without a file id', () => {
    expect(messagesFor({ genericFileId: null })).toEqual([]);
  });

  it.each([
    [{ agent: '' }, 'Agent: Event Agent cannot be empty'],
    [{ dateTime: null }, 'DateTime: Event DateTime is required'],
    [{ detail: ' ' }, 'Detail: Event Detail cannot be empty'],
    [{ eventType: 'ingest' }, 'EventType: Event requires a valid EventType'],
    [{ identifier: 'abc' }, 'Identifier: Event identifier should be a UUID'],
    [{ institutionId: 0 }, 'InstitutionID: Event requires a valid institution id'],
    [{ intellectualObjectId: null }, 'IntellectualObjectID: Event requires a valid intellectual object id'],
    [{ object: null }, 'Object: Event Object cannot be empty'],
    [{ outcome: 'success' }, 'Outcome: Event requires a valid Outcome value'],
    [{ outcomeDetail: '' }, 'OutcomeDetail: Event OutcomeDetail cannot be empty'],
    [{ outcomeInformation: '\n' }, 'OutcomeInformation: Event OutcomeInformation cannot be empty'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  it.each(['access assignment', 'creation', 'deletion', 'message digest calculation', 'fixity check', 'identifier assignment', 'ingestion', 'replication', 'validation'])(
    'accepts event type %s',
    (eventType) => {
      expect(messagesFor({ eventType })).toEqual([]);
    },
  );

  it.each([...REJECTED_EVENT_TYPES])('rejects the defined-but-unsupported type %s', (eventType) => {
    expect(messagesFor({ eventType })).toEqual(['EventType: Event requires a valid EventType']);
  });

  it('accepts Failure and rejects Preserv\'s "Failed" in nested events', () => {
    expect(messagesFor({ outcome: 'Failure' })).toEqual([]);
    expect(messagesFor({ outcome: 'Failed' })).toEqual(['Outcome: Event requires a valid Outcome value']);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validatePremisEvent({
      identifier: null, eventType: null, dateTime: null, outcomeDetail: null, detail: null, outcomeInformation: null,
      object: null, agent: null, intellectualObjectId: null, genericFileId: null, outcome: null, institutionId: null,
    });
    expect(errors.map((e) => e.jsonField)).toEqual([
      'agent', 'date_time', 'detail', 'event_type', 'identifier', 'institution_id', 'intellectual_object_id',
      'object', 'outcome', 'outcome_detail', 'outcome_information',
    ]);
  });
});

describe(validateStandalonePremisEvent.name, () => {
  it('accepts the fixity outcome "Failed" that Preserv sends', () => {
    expect(validateStandalonePremisEvent({ ...valid, outcome: 'Failed' })).toEqual([]);
  });

  it('accepts Success and Failure', () => {
    expect(validateStandalonePremisEvent({ ...valid, outcome: 'Success' })).toEqual([]);
    expect(validateStandalonePremisEvent({ ...valid, outcome: 'Failure' })).toEqual([]);
  });

  it('still rejects other outcomes and the other invalid fields', () => {
    expect(validateStandalonePremisEvent({ ...valid, outcome: 'Unknown', identifier: 'x' }).map((e) => e.field)).toEqual(['Identifier', 'Outcome']);
  });
});

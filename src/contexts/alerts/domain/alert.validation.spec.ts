import { ALERT_TYPES, type AlertFields } from './alert.js';
import { validateAlert } from './alert.validation.js';

const valid: AlertFields = { institutionId: 2, type: 'Deletion Requested', subject: 'Deletion Requested', content: 'Please review.' };
const messagesFor = (changes: Partial<AlertFields>) => validateAlert({ ...valid, ...changes }).map((e) => `${e.field}: ${e.message}`);

describe(validateAlert.name, () => {
  it('accepts a valid alert without checking the subject', () => {
    expect(messagesFor({})).toEqual([]);
    expect(messagesFor({ subject: '' })).toEqual([]);
  });

  it.each([...ALERT_TYPES])('accepts type %s', (type) => {
    expect(messagesFor({ type })).toEqual([]);
  });

  it.each([
    [{ institutionId: 0 }, 'InstitutionID: InstitutionID is required.'],
    [{ type: 'Restoration Spot Test Completed' }, 'Type: Alert type is missing or invalid.'],
    [{ type: null }, 'Type: Alert type is missing or invalid.'],
    [{ content: '  ' }, 'Content: Alert content cannot be empty.'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    expect(validateAlert({ institutionId: null, type: '', subject: null, content: null }).map((e) => e.jsonField)).toEqual(['institution_id', 'type', 'content']);
  });
});

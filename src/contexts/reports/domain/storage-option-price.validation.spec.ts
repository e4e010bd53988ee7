import { validateStorageOption, type StorageOptionPriceFields } from './storage-option-price.validation.js';

const valid: StorageOptionPriceFields = { provider: 'AWS', service: 'Glacier', region: 'OH', name: 'Glacier-OH', costGbPerMonth: 0.05859, comment: 'Glacier Ohio' };
const messagesFor = (changes: Partial<StorageOptionPriceFields>) =>
  validateStorageOption({ ...valid, ...changes }).map((e) => `${e.field}: ${e.message}`);

describe(validateStorageOption.name, () => {
  it('accepts a valid price row', () => {
    expect(messagesFor({})).toEqual([]);
  });

  it.each([
    [{ provider: '' }, 'Provider: Provider is required.'],
    [{ service: ' ' }, 'Service: Service is required.'],
    [{ region: null }, 'Region: Region is required.'],
    [{ name: '' }, 'Name: Name is required.'],
    [{ comment: '' }, 'Comment: Comment is required.'],
    [{ costGbPerMonth: 0 }, 'CostGBPerMonth: Cost is required.'],
    [{ costGbPerMonth: -0.01 }, 'CostGBPerMonth: Cost is required.'],
    [{ costGbPerMonth: null }, 'CostGBPerMonth: Cost is required.'],
    [{ costGbPerMonth: Number.NaN }, 'CostGBPerMonth: Cost is required.'],
  ])('reports %p as %p', (change, message) => {
    expect(messagesFor(change)).toEqual([message]);
  });

  it('reports errors in the documented field order with JSON keys', () => {
    const errors = validateStorageOption({ provider: null, service: null, region: null, name: null, costGbPerMonth: null, comment: null });
    expect(errors.map((e) => e.jsonField)).toEqual(['provider', 'service', 'region', 'name', 'comment', 'cost_gb_per_month']);
  });
});

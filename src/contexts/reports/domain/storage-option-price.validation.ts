import { collectErrors, failIf, fieldRef, isBlank, type ValidationError } from '../../../shared/domain/validation.js';

/** A row of the `storage_options` pricing table (not to be confused with an object's storage option value). */
export interface StorageOptionPriceFields {
  readonly provider: string | null;
  readonly service: string | null;
  readonly region: string | null;
  readonly name: string | null;
  readonly costGbPerMonth: number | null;
  readonly comment: string | null;
}

const FIELDS = {
  provider: fieldRef('Provider', 'provider'),
  service: fieldRef('Service', 'service'),
  region: fieldRef('Region', 'region'),
  name: fieldRef('Name', 'name'),
  comment: fieldRef('Comment', 'comment'),
  costGbPerMonth: fieldRef('CostGBPerMonth', 'cost_gb_per_month'),
};

export function validateStorageOption(option: StorageOptionPriceFields): ValidationError[] {
  return collectErrors(
    failIf(isBlank(option.provider), FIELDS.provider, 'Provider is required.'),
    failIf(isBlank(option.service), FIELDS.service, 'Service is required.'),
    failIf(isBlank(option.region), FIELDS.region, 'Region is required.'),
    failIf(isBlank(option.name), FIELDS.name, 'Name is required.'),
    failIf(isBlank(option.comment), FIELDS.comment, 'Comment is required.'),
    failIf(!((option.costGbPerMonth ?? 0) > 0), FIELDS.costGbPerMonth, 'Cost is required.'),
  );
}

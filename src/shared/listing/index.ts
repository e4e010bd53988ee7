export {
  defineListSpec,
  filterKey,
  FIELD_TYPES,
  FILTER_OPERATORS,
  RESERVED_PARAMETERS,
  type CounterDimension,
  type FieldConfig,
  type FieldDefinition,
  type FieldType,
  type FilterOperator,
  type ListCounter,
  type ListCounterConfig,
  type ListSort,
  type ListSpec,
  type ListSpecConfig,
  type SortDirection,
} from './list-spec.js';
export {
  DEFAULT_PER_PAGE,
  MAX_PER_PAGE,
  parseListQuery,
  toQueryParams,
  type FilterValue,
  type ListFilter,
  type ListQuery,
  type ParseListQueryOptions,
  type QueryParams,
  type RawQuery,
} from './list-query.js';
export { ListQueryError, type ListQueryProblem, type ListQueryProblemKind } from './list-query.error.js';
export {
  applyListFilters,
  applyListPage,
  applyListQuery,
  applyListSort,
  type ApplyListQueryOptions,
} from './apply-list-query.js';
export { describeScope, scopeDescription, type ListScope, type ScopeDescription } from './list-scope.js';
export {
  countFromCounter,
  isPlainListSource,
  selectCounter,
  type CounterCondition,
  type CounterSelection,
} from './counter-count.js';
export { countRows, mapPage, runListQuery, type Page } from './page.js';
export { encodeQuery, toListEnvelope, type ListEnvelope } from './list-envelope.js';

/** The kinds of records a route can address by id (or identifier), for the ownership lookup. */
export const RESOURCE_TYPES = [
  'Alert', 'Checksum', 'DeletionRequest', 'GenericFile', 'Institution', 'IntellectualObject', 'PremisEvent', 'StorageRecord', 'User', 'WorkItem',
] as const;

export type ResourceType = (typeof RESOURCE_TYPES)[number];

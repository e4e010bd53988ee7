/** `state` of institutions, objects and files: A = active, D = deleted. */
export const OBJECT_STATES = ['A', 'D'] as const;
export type ObjectState = (typeof OBJECT_STATES)[number];

export const STATE_ACTIVE: ObjectState = 'A';
export const STATE_DELETED: ObjectState = 'D';

export const INVALID_STATE_MESSAGE = "State must be 'A' or 'D'.";

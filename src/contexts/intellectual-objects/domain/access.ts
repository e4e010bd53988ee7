/** `intellectual_objects.access`. */
export const ACCESS_VALUES = ['consortia', 'institution', 'restricted'] as const;
export type Access = (typeof ACCESS_VALUES)[number];

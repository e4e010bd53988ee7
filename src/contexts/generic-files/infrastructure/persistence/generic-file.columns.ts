/**
 * The columns of a GenericFileRow. Statements name them rather than `*`, so that a column a later
 * migration adds changes neither their result nor a prepared statement's result type.
 */
export const GENERIC_FILE_COLUMNS = [
  'id', 'file_format', 'size', 'identifier', 'intellectual_object_id', 'created_at', 'updated_at', 'state', 'last_fixity_check',
  'institution_id', 'storage_option', 'uuid', 'mod_time',
] as const;

export const GENERIC_FILE_ROW = GENERIC_FILE_COLUMNS.join(', ');

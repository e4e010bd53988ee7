/** A row of the `storage_records` table: where one preservation copy of a file lives. */
export interface StorageRecordRow {
  readonly id: number;
  readonly generic_file_id: number | null;
  readonly url: string | null;
}

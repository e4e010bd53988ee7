import type { IntellectualObjectRow } from './intellectual-object.record.js';

/** A row of `intellectual_objects_view`: the object's columns plus its institution and active-file totals. */
export interface IntellectualObjectViewRow extends IntellectualObjectRow {
  readonly institution_name: string | null;
  readonly institution_identifier: string | null;
  readonly institution_type: string | null;
  readonly institution_parent_id: number | null;
  readonly file_count: number | null;
  readonly size: number | null;
  readonly payload_file_count: number | null;
  readonly payload_size: number | null;
}

/** One row of an object's format breakdown; the last row (`is_total`) is the total over all formats. */
export interface ObjectFormatStat {
  readonly file_format: string;
  readonly file_count: number;
  readonly total_bytes: number;
  readonly is_total: boolean;
}

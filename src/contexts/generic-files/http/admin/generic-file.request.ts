import { ApiPropertyOptional } from '@nestjs/swagger';
import { fromWire } from '../../../../shared/http/wire-input.js';
import { wireField, type WireBody, type WireSchema } from '../../../../shared/http/wire-schema.js';
import { premisEventBodySchema, PremisEventRequest, toNewPremisEvent } from '../../../premis-events/index.js';
import type { ChecksumWrite, FileSubmission, StorageRecordWrite, Submitted } from '../../application/generic-file.record.js';

/** A Checksum body (admin create) or a checksum nested in a file save. */
export const checksumBodySchema = {
  id: wireField.id,
  algorithm: wireField.string,
  datetime: wireField.time,
  digest: wireField.string,
  generic_file_id: wireField.id,
  created_at: wireField.time,
  updated_at: wireField.time,
} as const satisfies WireSchema;

/** A StorageRecord body (admin create) or a storage record nested in a file save. */
export const storageRecordBodySchema = {
  id: wireField.id,
  generic_file_id: wireField.id,
  url: wireField.string,
} as const satisfies WireSchema;

/**
 * The GenericFile body of the admin create, batch create and update routes. Fields the registry does
 * not store (file_modified) or computes (view fields) are ignored.
 */
export const genericFileBodySchema = {
  id: wireField.id,
  file_format: wireField.string,
  size: wireField.int64,
  identifier: wireField.string,
  intellectual_object_id: wireField.id,
  state: wireField.string,
  last_fixity_check: wireField.time,
  institution_id: wireField.id,
  storage_option: wireField.string,
  uuid: wireField.string,
  mtime: wireField.time,
  created_at: wireField.time,
  updated_at: wireField.time,
  checksums: wireField.arrayOf(checksumBodySchema),
  storage_records: wireField.arrayOf(storageRecordBodySchema),
  premis_events: wireField.arrayOf(premisEventBodySchema),
} as const satisfies WireSchema;

export type ChecksumBody = WireBody<typeof checksumBodySchema>;
export type StorageRecordBody = WireBody<typeof storageRecordBodySchema>;
export type GenericFileBody = WireBody<typeof genericFileBodySchema>;

/** The OpenAPI description of checksumBodySchema (the schema is what validates). */
export class ChecksumRequest {
  @ApiPropertyOptional({ format: 'int64', description: 'Must be 0 or absent on create: checksums are insert-only. Nested checksums with an id are skipped.' }) id?: number;
  @ApiPropertyOptional({ enum: ['md5', 'sha1', 'sha256', 'sha512'] }) algorithm?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the digest was calculated. The create response echoes it as sent.' }) datetime?: string;
  @ApiPropertyOptional() digest?: string;
  @ApiPropertyOptional({ format: 'int64', description: 'Forced to the file in nested checksums.' }) generic_file_id?: number;
  @ApiPropertyOptional({ format: 'date-time', description: 'Kept when set.' }) created_at?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ignored: the registry sets it.' }) updated_at?: string;
}

/** The OpenAPI description of storageRecordBodySchema. */
export class StorageRecordRequest {
  @ApiPropertyOptional({ format: 'int64', description: 'Must be 0 or absent on create. Nested records with an id are skipped.' }) id?: number;
  @ApiPropertyOptional({ format: 'int64', description: 'Forced to the file in nested records.' }) generic_file_id?: number;
  @ApiPropertyOptional({ description: 'Where the copy lives, e.g. https://host/preservation-va/<file uuid>.' }) url?: string;
}

/** The OpenAPI description of genericFileBodySchema. */
export class GenericFileRequest {
  @ApiPropertyOptional({ format: 'int64', description: '0 on create; the URL id on update.' }) id?: number;
  @ApiPropertyOptional() file_format?: string;
  @ApiPropertyOptional({ format: 'int64', description: 'Bytes; 0 is a size.' }) size?: number;
  @ApiPropertyOptional() identifier?: string;
  @ApiPropertyOptional({ format: 'int64' }) intellectual_object_id?: number;
  @ApiPropertyOptional({ enum: ['A', 'D'] }) state?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Zero or absent: 2000-01-01 on create ("never"), unchanged on update.' }) last_fixity_check?: string;
  @ApiPropertyOptional({ format: 'int64' }) institution_id?: number;
  @ApiPropertyOptional() storage_option?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The key of the file in preservation storage.' }) uuid?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'POSIX modification time of the file in the bag.' }) mtime?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Kept on create when set; ignored on update.' }) created_at?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'Ignored: the registry sets it.' }) updated_at?: string;
  @ApiPropertyOptional({ type: () => [ChecksumRequest], nullable: true }) checksums?: ChecksumRequest[];
  @ApiPropertyOptional({ type: () => [StorageRecordRequest], nullable: true }) storage_records?: StorageRecordRequest[];
  @ApiPropertyOptional({ type: () => [PremisEventRequest], nullable: true, description: 'Validated strictly (outcome Success or Failure); their owner ids come from the file.' })
  premis_events?: PremisEventRequest[];
}

export function toChecksumWrite(body: ChecksumBody): Submitted<ChecksumWrite> {
  return {
    id: body.id ?? null,
    algorithm: fromWire.str(body.algorithm),
    dateTime: fromWire.time(body.datetime),
    digest: fromWire.str(body.digest),
    genericFileId: fromWire.id(body.generic_file_id),
    createdAt: fromWire.time(body.created_at),
  };
}

export function toStorageRecordWrite(body: StorageRecordBody): Submitted<StorageRecordWrite> {
  return { id: body.id ?? null, genericFileId: fromWire.id(body.generic_file_id), url: fromWire.str(body.url) };
}

export function toFileSubmission(body: GenericFileBody): FileSubmission {
  return {
    id: body.id ?? 0,
    file: {
      fileFormat: fromWire.str(body.file_format),
      size: fromWire.num(body.size),
      identifier: fromWire.str(body.identifier),
      intellectualObjectId: fromWire.id(body.intellectual_object_id),
      state: fromWire.str(body.state),
      institutionId: fromWire.id(body.institution_id),
      storageOption: fromWire.str(body.storage_option),
      uuid: fromWire.str(body.uuid),
      lastFixityCheck: fromWire.time(body.last_fixity_check),
      modTime: fromWire.time(body.mtime),
      createdAt: fromWire.time(body.created_at),
    },
    checksums: (body.checksums ?? []).map(toChecksumWrite),
    storageRecords: (body.storage_records ?? []).map(toStorageRecordWrite),
    events: (body.premis_events ?? []).map((event) => ({ id: event.id ?? null, ...toNewPremisEvent(event) })),
  };
}

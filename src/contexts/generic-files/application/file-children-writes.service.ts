import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, NotSupportedError } from '../../../shared/errors/domain-error.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { validateChecksum } from '../domain/checksum.js';
import { validateStorageRecord } from '../domain/storage-record.js';
import { ChecksumRepository } from '../infrastructure/persistence/checksum.repository.js';
import { GenericFileRepository } from '../infrastructure/persistence/generic-file.repository.js';
import { StorageRecordRepository } from '../infrastructure/persistence/storage-record.repository.js';
import type { ChecksumRow } from './checksum.read-model.js';
import type { ChecksumWrite, StorageRecordWrite } from './generic-file.record.js';
import type { StorageRecordRow } from './storage-record.read-model.js';

/**
 * Standalone creates of checksums and storage records (admin API). Both are insert-only (a body with
 * an id is refused with 405) and must name a file of the URL's institution.
 */
@Injectable()
export class FileChildrenWritesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly files: GenericFileRepository,
    private readonly checksums: ChecksumRepository,
    private readonly storageRecords: StorageRecordRepository,
  ) {}

  async createChecksum(urlInstitutionId: number, submittedId: number, checksum: ChecksumWrite): Promise<ChecksumRow> {
    if (submittedId !== 0) throw new NotSupportedError();
    await this.assertFileOfInstitution(checksum.genericFileId ?? 0, urlInstitutionId, 'checksum');
    assertValid(validateChecksum(checksum));
    const [saved] = await this.checksums.insertMany(this.dataSource.manager, [checksum]);
    return saved;
  }

  async createStorageRecord(urlInstitutionId: number, submittedId: number, record: StorageRecordWrite): Promise<StorageRecordRow> {
    if (submittedId !== 0) throw new NotSupportedError();
    await this.assertFileOfInstitution(record.genericFileId ?? 0, urlInstitutionId, 'storage record');
    assertValid(validateStorageRecord(record));
    const [saved] = await this.storageRecords.insertMany(this.dataSource.manager, [record]);
    return saved;
  }

  /**
   * Checked before the body's own rules, in the reference's order. The reference answers both failures with 500. A missing file is a 404 here and another
   * institution's file a 400, with the reference's messages. (Files are never removed and never
   * change institution, so the check holds when the insert follows.)
   */
  private async assertFileOfInstitution(fileId: number, institutionId: number, what: string): Promise<void> {
    const file = await this.files.findById(this.dataSource.manager, fileId);
    if (!file) throw new DomainError('not_found', `Can't save ${what}. GenericFile ${fileId} does not exist`);
    if (file.institution_id !== institutionId) throw new DomainError('invalid', `Can't save ${what}. Institution ID mismatch`);
  }
}

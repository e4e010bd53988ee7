import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import type { ResourceIds } from '../../../shared/domain/record-update.rules.js';
import { applyObjectDefaults, validateIntellectualObject } from '../domain/intellectual-object.validation.js';
import { applyStoredObjectValuesOnUpdate, objectCreateViolation, objectUpdateViolation } from '../domain/object-update.rules.js';
import { IntellectualObjectRepository } from '../infrastructure/persistence/intellectual-object.repository.js';
import type { IntellectualObjectRow, IntellectualObjectWrite } from './intellectual-object.record.js';

/** Creates and updates objects for the admin API (sys admins; the access guard has checked that). */
@Injectable()
export class IntellectualObjectWritesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly objects: IntellectualObjectRepository,
  ) {}

  async create(urlInstitutionId: number, submitted: ResourceIds, object: IntellectualObjectWrite): Promise<IntellectualObjectRow> {
    const mismatch = objectCreateViolation(urlInstitutionId, submitted);
    if (mismatch) throw new DomainError('invalid', mismatch);
    const prepared = applyObjectDefaults(object);
    assertValid(validateIntellectualObject(prepared));
    return this.objects.insert(prepared);
  }

  async update(id: number, submitted: ResourceIds, object: IntellectualObjectWrite): Promise<IntellectualObjectRow> {
    return this.dataSource.transaction(async (manager) => {
      const stored = (await this.objects.findById(id, manager, { lock: true })) ?? raise(new NotFoundError());
      const mismatch = objectUpdateViolation(id, toStored(stored), submitted);
      if (mismatch) throw new DomainError('invalid', mismatch);
      const prepared = applyObjectDefaults(applyStoredObjectValuesOnUpdate(toStored(stored), object));
      assertValid(validateIntellectualObject(prepared));
      return this.objects.update(id, prepared, manager);
    });
  }
}

const toStored = (row: IntellectualObjectRow) => ({
  id: row.id,
  institutionId: row.institution_id,
  identifier: row.identifier,
  state: row.state,
  storageOption: row.storage_option,
  createdAt: row.created_at,
});

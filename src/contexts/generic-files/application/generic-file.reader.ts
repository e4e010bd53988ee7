import { Injectable } from '@nestjs/common';
import type { InstitutionScope } from '../../../shared/access/institution-scope.js';
import { GenericFileReadQueries } from '../infrastructure/persistence/generic-file.read-queries.js';
import type { GenericFileWithRelations } from './generic-file.read-model.js';

/** What other contexts may read of generic files, within a scope they got from AccessPolicy. */
@Injectable()
export class GenericFileReader {
  constructor(private readonly reads: GenericFileReadQueries) {}

  /**
   * Full files with events, checksums and storage records, in the order of `ids` (missing or
   * out-of-scope ids are left out). Three queries however many ids: expand a page of ids with it.
   */
  findFullFiles(scope: InstitutionScope, ids: readonly number[]): Promise<GenericFileWithRelations[]> {
    return this.reads.findFullFiles(scope, ids);
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { InstitutionScope } from '../../../../shared/access/institution-scope.js';
import { runListQuery, type ListQuery, type Page } from '../../../../shared/listing/index.js';
import { whereInScope } from '../../../../shared/persistence/institution-scope.sql.js';
import type { IntellectualObjectViewRow, ObjectFormatStat } from '../../application/intellectual-object.read-model.js';
import { intellectualObjectListSpec } from '../../application/intellectual-object.list-spec.js';

/** Reads of `intellectual_objects_view`, always within an institution scope. */
@Injectable()
export class IntellectualObjectReadQueries {
  constructor(private readonly dataSource: DataSource) {}

  list(scope: InstitutionScope, query: ListQuery): Promise<Page<IntellectualObjectViewRow>> {
    return runListQuery<IntellectualObjectViewRow>(this.view(), query, intellectualObjectListSpec, { scope: whereInScope('io.institution_id', scope) });
  }

  async findView(scope: InstitutionScope, id: number): Promise<IntellectualObjectViewRow | null> {
    const qb = this.view().where('io.id = :id', { id });
    whereInScope('io.institution_id', scope)(qb);
    return (await qb.getRawOne<IntellectualObjectViewRow>()) ?? null;
  }

  /**
   * File count and bytes per file format over the object's active files, with a ROLLUP total row
   * named "Total" last (data-model.md §2.5, deposit format stats). Formats are sorted by name.
   */
  formatStats(objectId: number): Promise<ObjectFormatStat[]> {
    return this.dataSource.query(
      `SELECT CASE WHEN GROUPING(file_format) = 1 THEN 'Total' ELSE COALESCE(file_format, '') END AS file_format,
              count(*)::bigint AS file_count, COALESCE(sum(size), 0)::bigint AS total_bytes, GROUPING(file_format) = 1 AS is_total
       FROM generic_files
       WHERE intellectual_object_id = $1 AND state = 'A'
       GROUP BY ROLLUP (file_format)
       ORDER BY GROUPING(file_format), file_format`,
      [objectId],
    );
  }

  private view() {
    return this.dataSource.createQueryBuilder().select('io.*').from('intellectual_objects_view', 'io');
  }
}

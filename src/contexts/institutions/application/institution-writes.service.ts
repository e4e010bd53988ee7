import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { fieldRef, violation, type ValidationError } from '../../../shared/domain/validation.js';
import { NotFoundError } from '../../../shared/errors/domain-error.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { nowTimestamp } from '../../../shared/time/timestamp.js';
import { bucketQualifierForCookieDomain, newInstitutionDefaults } from '../domain/bucket-name.rules.js';
import { deactivateInstitution, reactivateInstitution } from '../domain/institution.js';
import { validateInstitution } from '../domain/institution.validation.js';
import { NOW_UTC } from '../../../shared/persistence/sql-time.js';

/** The institution form as posted (the reference's field names). */
export interface InstitutionForm {
  readonly Name?: string;
  readonly Identifier?: string;
  readonly Type?: string;
  readonly MemberInstitutionID?: string;
  readonly OTPEnabled?: string;
  readonly SpotRestoreFrequency?: string;
}

export const INSTITUTION_FORM_FIELDS = ['Name', 'Identifier', 'Type', 'MemberInstitutionID', 'OTPEnabled', 'SpotRestoreFrequency'];
const FIELDS = { identifier: fieldRef('Identifier', 'identifier'), frequency: fieldRef('SpotRestoreFrequency', 'spot_restore_frequency') };

interface InstitutionRow {
  id: number;
  name: string | null;
  identifier: string | null;
  state: string | null;
  type: string | null;
  member_institution_id: number | null;
  receiving_bucket: string | null;
  restore_bucket: string | null;
}

/**
 * Creating and editing institutions (sys admins), their preferences (their institutional admins
 * too: only the two-factor and spot-restore settings, whatever else is posted), deactivation and
 * reactivation. Every save is validated by the institution's domain rules.
 */
@Injectable()
export class InstitutionWritesService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(form: InstitutionForm): Promise<number> {
    const identifier = (form.Identifier ?? '').trim().toLowerCase();
    const fields = { ...this.editable(form), identifier, ...newInstitutionDefaults(identifier, this.qualifier()) };
    await this.check(fields, null);
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO institutions (name, identifier, state, type, member_institution_id, otp_enabled, spot_restore_frequency, receiving_bucket, restore_bucket, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, ${NOW_UTC}, ${NOW_UTC}) RETURNING id`,
      [fields.name, identifier, fields.state, fields.type, fields.memberInstitutionId, fields.otpEnabled, fields.spotRestoreFrequency, fields.receivingBucket, fields.restoreBucket],
    );
    return id as number;
  }

  /** Everything but the identifier, which never changes after creation. */
  async update(id: number, form: InstitutionForm): Promise<void> {
    const current = await this.row(id);
    const fields = { ...this.editable(form), identifier: current.identifier, state: current.state, receivingBucket: current.receiving_bucket, restoreBucket: current.restore_bucket };
    await this.check(fields, id);
    await this.dataSource.query(
      `UPDATE institutions SET name = $2, type = $3, member_institution_id = $4, otp_enabled = $5, spot_restore_frequency = $6, updated_at = ${NOW_UTC} WHERE id = $1`,
      [id, fields.name, fields.type, fields.memberInstitutionId, fields.otpEnabled, fields.spotRestoreFrequency],
    );
  }

  /** The preferences form: two-factor requirement and spot-restore frequency, nothing else. */
  async updatePreferences(id: number, form: InstitutionForm): Promise<void> {
    await this.row(id);
    const frequency = parseFrequency(form.SpotRestoreFrequency);
    if (frequency === null) throw new ValidationFailedError([violation(FIELDS.frequency, 'Enter a whole number of days (0 turns spot tests off).')]);
    await this.dataSource.query(`UPDATE institutions SET otp_enabled = $2, spot_restore_frequency = $3, updated_at = ${NOW_UTC} WHERE id = $1`, [id, isChecked(form.OTPEnabled), frequency]);
  }

  async deactivate(id: number): Promise<void> {
    await this.row(id);
    const change = deactivateInstitution(nowTimestamp());
    await this.dataSource.query(`UPDATE institutions SET state = $2, deactivated_at = ${NOW_UTC}, updated_at = ${NOW_UTC} WHERE id = $1`, [id, change.state]);
  }

  async reactivate(id: number): Promise<void> {
    await this.row(id);
    const change = reactivateInstitution();
    await this.dataSource.query(`UPDATE institutions SET state = $2, deactivated_at = NULL, updated_at = ${NOW_UTC} WHERE id = $1`, [id, change.state]);
  }

  private editable(form: InstitutionForm) {
    return {
      name: (form.Name ?? '').trim(),
      type: (form.Type ?? '').trim() || null,
      memberInstitutionId: /^\d{1,9}$/.test((form.MemberInstitutionID ?? '').trim()) ? Number(form.MemberInstitutionID!.trim()) || null : null,
      otpEnabled: isChecked(form.OTPEnabled),
      spotRestoreFrequency: parseFrequency(form.SpotRestoreFrequency),
    };
  }

  private async check(
    fields: ReturnType<InstitutionWritesService['editable']> & { identifier: string | null; state: string | null; receivingBucket: string | null; restoreBucket: string | null },
    id: number | null,
  ): Promise<void> {
    const problems: ValidationError[] = validateInstitution(fields, this.qualifier()).filter(
      // Bucket names follow from the identifier; their problems are the identifier's.
      (p) => p.field !== 'ReceivingBucket' && p.field !== 'RestoreBucket',
    );
    if (fields.spotRestoreFrequency === null) problems.push(violation(FIELDS.frequency, 'Enter a whole number of days (0 turns spot tests off).'));
    if (fields.identifier && id === null && (await this.dataSource.query(`SELECT 1 FROM institutions WHERE identifier = $1`, [fields.identifier])).length > 0) {
      problems.push(violation(FIELDS.identifier, 'Another institution already has this identifier.'));
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async row(id: number): Promise<InstitutionRow> {
    const rows: InstitutionRow[] = await this.dataSource.query(`SELECT * FROM institutions WHERE id = $1`, [id]);
    if (!rows[0]) throw new NotFoundError();
    return rows[0];
  }

  private qualifier() {
    return bucketQualifierForCookieDomain(this.config.cookies.domain);
  }
}

const isChecked = (value: string | undefined): boolean => value === 'true' || value === 'on';

function parseFrequency(value: string | undefined): number | null {
  const text = (value ?? '').trim();
  if (text === '') return 0;
  return /^\d{1,5}$/.test(text) ? Number(text) : null;
}

import { ApiProperty } from '@nestjs/swagger';
import { wire } from '../../../shared/http/wire.js';
import { GenericFileResponse, toGenericFileResponse } from '../../generic-files/index.js';
import { IntellectualObjectResponse, toIntellectualObjectResponse } from '../../intellectual-objects/index.js';
import { toWorkItemResponse, WorkItemResponse } from '../../work-items/index.js';
import type { DeletionRequestDetail, DeletionRequestUserRow } from '../application/deletion-request.record.js';

/** UserMin: who requested, confirmed or cancelled a deletion, as the admin show route names them. */
export class DeletionRequestUserMinResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'email' }) email: string;
}

/** User (api.md §6.17), nested in a DeletionRequest; `institution` is not loaded. */
export class DeletionRequestUserResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'date-time' }) created_at: string;
  @ApiProperty({ format: 'date-time' }) updated_at: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'email' }) email: string;
  @ApiProperty() phone_number: string;
  @ApiProperty({ format: 'date-time' }) reset_password_sent_at: string;
  @ApiProperty({ format: 'int64' }) sign_in_count: number;
  @ApiProperty({ format: 'date-time' }) current_sign_in_at: string;
  @ApiProperty({ format: 'date-time' }) last_sign_in_at: string;
  @ApiProperty() current_sign_in_ip: string;
  @ApiProperty() last_sign_in_ip: string;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty({ format: 'date-time' }) password_changed_at: string;
  @ApiProperty() otp_required_for_login: boolean;
  @ApiProperty({ format: 'date-time' }) deactivated_at: string;
  @ApiProperty() enabled_two_factor: boolean;
  @ApiProperty() confirmed_two_factor: boolean;
  @ApiProperty({ format: 'date-time' }) last_sign_in_with_authy: string;
  @ApiProperty() authy_status: string;
  @ApiProperty() email_verified: boolean;
  @ApiProperty() initial_password_updated: boolean;
  @ApiProperty() force_password_update: boolean;
  @ApiProperty({ format: 'date-time' }) grace_period: string;
  @ApiProperty({ enum: ['admin', 'institutional_admin', 'institutional_user', 'none'] }) role: string;
  @ApiProperty({ nullable: true, type: Object, description: 'Not loaded: null.' }) institution: object | null;
}

/** DeletionRequestMin (api.md §6.15): the admin API's show form. */
export class DeletionRequestMinResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty({ format: 'date-time' }) requested_at: string;
  @ApiProperty({ format: 'date-time', description: '0001-01-01T00:00:00Z if not approved.' }) confirmed_at: string;
  @ApiProperty({ format: 'date-time', description: '0001-01-01T00:00:00Z if not cancelled.' }) cancelled_at: string;
  @ApiProperty({ type: DeletionRequestUserMinResponse }) requested_by: DeletionRequestUserMinResponse | null;
  @ApiProperty({ type: DeletionRequestUserMinResponse, nullable: true }) confirmed_by: DeletionRequestUserMinResponse | null;
  @ApiProperty({ type: DeletionRequestUserMinResponse, nullable: true }) cancelled_by: DeletionRequestUserMinResponse | null;
  @ApiProperty({ type: [GenericFileResponse], description: 'The files to delete, without their relations.' }) generic_files: GenericFileResponse[];
  @ApiProperty({ type: [IntellectualObjectResponse], description: 'The objects to delete, without their relations.' }) intellectual_objects: IntellectualObjectResponse[];
}

/** DeletionRequest (api.md §6.16): what a batch deletion request answers. Token and user ids are never shown. */
export class DeletionRequestResponse {
  @ApiProperty({ format: 'int64' }) id: number;
  @ApiProperty({ format: 'int64' }) institution_id: number;
  @ApiProperty({ format: 'date-time' }) requested_at: string;
  @ApiProperty({ format: 'date-time' }) confirmed_at: string;
  @ApiProperty({ format: 'date-time' }) cancelled_at: string;
  @ApiProperty({ type: DeletionRequestUserResponse, nullable: true }) requested_by: DeletionRequestUserResponse | null;
  @ApiProperty({ type: DeletionRequestUserResponse, nullable: true }) confirmed_by: DeletionRequestUserResponse | null;
  @ApiProperty({ type: DeletionRequestUserResponse, nullable: true }) cancelled_by: DeletionRequestUserResponse | null;
  @ApiProperty({ type: [GenericFileResponse] }) generic_files: GenericFileResponse[];
  @ApiProperty({ type: [IntellectualObjectResponse] }) intellectual_objects: IntellectualObjectResponse[];
  @ApiProperty({ type: [WorkItemResponse], nullable: true, description: 'The Delete work items made at approval; null before approval.' })
  work_item: WorkItemResponse[] | null;
}

export const toUserMinResponse = (user: DeletionRequestUserRow | null): DeletionRequestUserMinResponse | null =>
  user && { id: user.id, name: wire.str(user.name), email: wire.str(user.email) };

export function toUserResponse(user: DeletionRequestUserRow | null): DeletionRequestUserResponse | null {
  if (!user) return null;
  return {
    id: user.id,
    created_at: wire.time(user.created_at),
    updated_at: wire.time(user.updated_at),
    name: wire.str(user.name),
    email: wire.str(user.email),
    phone_number: wire.str(user.phone_number),
    reset_password_sent_at: wire.time(user.reset_password_sent_at),
    sign_in_count: wire.int(user.sign_in_count),
    current_sign_in_at: wire.time(user.current_sign_in_at),
    last_sign_in_at: wire.time(user.last_sign_in_at),
    current_sign_in_ip: wire.str(user.current_sign_in_ip),
    last_sign_in_ip: wire.str(user.last_sign_in_ip),
    institution_id: wire.int(user.institution_id),
    password_changed_at: wire.time(user.password_changed_at),
    otp_required_for_login: wire.bool(user.otp_required_for_login),
    deactivated_at: wire.time(user.deactivated_at),
    enabled_two_factor: wire.bool(user.enabled_two_factor),
    confirmed_two_factor: wire.bool(user.confirmed_two_factor),
    last_sign_in_with_authy: wire.time(user.last_sign_in_with_authy),
    authy_status: wire.str(user.authy_status),
    email_verified: wire.bool(user.email_verified),
    initial_password_updated: wire.bool(user.initial_password_updated),
    force_password_update: wire.bool(user.force_password_update),
    grace_period: wire.time(user.grace_period),
    role: wire.str(user.role),
    institution: null,
  };
}

export function toDeletionRequestMinResponse(detail: DeletionRequestDetail): DeletionRequestMinResponse {
  const { request } = detail;
  return {
    id: request.id,
    institution_id: request.institution_id,
    requested_at: wire.time(request.requested_at),
    confirmed_at: wire.time(request.confirmed_at),
    cancelled_at: wire.time(request.cancelled_at),
    requested_by: toUserMinResponse(detail.requestedBy),
    confirmed_by: toUserMinResponse(detail.confirmedBy),
    cancelled_by: toUserMinResponse(detail.cancelledBy),
    generic_files: detail.files.map((file) => toGenericFileResponse(file)),
    intellectual_objects: detail.objects.map((object) => toIntellectualObjectResponse(object)),
  };
}

export function toDeletionRequestResponse(detail: DeletionRequestDetail): DeletionRequestResponse {
  const { request } = detail;
  return {
    id: request.id,
    institution_id: request.institution_id,
    requested_at: wire.time(request.requested_at),
    confirmed_at: wire.time(request.confirmed_at),
    cancelled_at: wire.time(request.cancelled_at),
    requested_by: toUserResponse(detail.requestedBy),
    confirmed_by: toUserResponse(detail.confirmedBy),
    cancelled_by: toUserResponse(detail.cancelledBy),
    generic_files: detail.files.map((file) => toGenericFileResponse(file)),
    intellectual_objects: detail.objects.map((object) => toIntellectualObjectResponse(object)),
    work_item: detail.workItems.length > 0 ? detail.workItems.map(toWorkItemResponse) : null,
  };
}

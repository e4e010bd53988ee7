import { randomBytes, randomUUID } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { AccessPolicy } from '../../../shared/access/access-policy.js';
import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import { BCRYPT_COST } from '../../../shared/domain/secret-token.js';
import { fieldRef, violation, type ValidationError } from '../../../shared/domain/validation.js';
import { DomainError, NotFoundError } from '../../../shared/errors/domain-error.js';
import { raise } from '../../../shared/errors/raise.js';
import { ValidationFailedError } from '../../../shared/errors/validation-failed.error.js';
import { parseListQuery, type Page, type RawQuery } from '../../../shared/listing/index.js';
import { parseClientTimestamp, toPgTimestamp, type Timestamp } from '../../../shared/time/timestamp.js';
import { meetsPasswordRequirements } from '../domain/password-policy.js';
import { normalizePhoneNumber } from '../domain/phone-number.js';
import { ROLE_INST_ADMIN, ROLE_INST_USER, ROLE_SYS_ADMIN, type Role } from '../domain/role.js';
import { validateUser } from '../domain/user.validation.js';
import { DB_NOW, UserRepository, type UserChanges } from '../infrastructure/persistence/user.repository.js';
import { UserReadQueries } from '../infrastructure/persistence/user.read-queries.js';
import { UserSessionRepository } from '../infrastructure/persistence/user-session.repository.js';
import { PasswordsService } from './passwords.service.js';
import type { InstitutionOption, UserViewRow } from './user.read-model.js';
import { userListSpec } from './user.list-spec.js';

/** The user form as posted (the reference's field names). */
export interface UserForm {
  readonly Name?: string;
  readonly Email?: string;
  readonly PhoneNumber?: string;
  readonly OTPRequiredForLogin?: string;
  readonly GracePeriod?: string;
  readonly InstitutionID?: string;
  readonly Role?: string;
}

export const USER_FORM_FIELDS = ['Name', 'Email', 'PhoneNumber', 'OTPRequiredForLogin', 'GracePeriod', 'InstitutionID', 'Role'];

/** The inline edit as posted (`PUT /users/edit_xhr/:id`): any of these; blank fields are left as they are. */
export interface InlineUserEdit {
  readonly Name?: string;
  readonly Email?: string;
  readonly PhoneNumber?: string;
  readonly Password?: string;
  readonly Role?: string;
  /** `inactive` deactivates; any other value reactivates. */
  readonly Status?: string;
  /** `true` requires two-factor sign-in, anything else does not; either way the grace period restarts (30 days). */
  readonly OTPRequiredForLogin?: string;
}

const INLINE_GRACE_DAYS = 30;
const SELF_DEACTIVATION_MESSAGE = 'You cannot deactivate your own account.';

/** The user form filled with the user's stored values (the edit form's starting point). */
export function userFormValues(user: UserViewRow): Record<string, string> {
  return {
    Name: user.name ?? '',
    Email: user.email ?? '',
    PhoneNumber: user.phone_number ?? '',
    OTPRequiredForLogin: user.otp_required_for_login ? 'true' : 'false',
    GracePeriod: user.grace_period ? user.grace_period.slice(0, 10) : '',
    InstitutionID: String(user.institution_id ?? ''),
    Role: user.role,
  };
}

const FIELDS = {
  email: fieldRef('Email', 'email'),
  role: fieldRef('Role', 'role'),
  gracePeriod: fieldRef('GracePeriod', 'grace_period'),
  status: fieldRef('Status', 'status'),
  password: fieldRef('Password', 'password'),
};

/**
 * The user pages' use cases. Institutional admins work only within their own institution (the
 * access guard checks the target's institution; new users are forced into the admin's), may give
 * only the institutional roles, and cannot change their own role or deactivate themselves (sys
 * admins can, as in the reference). Deactivation and a change of role or institution end all of
 * the user's sessions.
 */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UserRepository,
    private readonly reads: UserReadQueries,
    private readonly sessions: UserSessionRepository,
    private readonly passwords: PasswordsService,
  ) {}

  list(actor: Actor, rawQuery: RawQuery): Promise<Page<UserViewRow>> {
    return this.reads.list(AccessPolicy.scopeFor(actor), parseListQuery(rawQuery, userListSpec, { unknownParameters: 'ignore' }));
  }

  async get(actor: Actor, id: number): Promise<UserViewRow> {
    return (await this.reads.findView(AccessPolicy.scopeFor(actor), id)) ?? raise(new NotFoundError());
  }

  /** Your own account, whatever your role. */
  async myAccount(actor: Actor): Promise<UserViewRow> {
    return (await this.reads.findView({ kind: 'all' }, actor.userId)) ?? raise(new NotFoundError());
  }

  institutionOptions(actor: Actor): Promise<InstitutionOption[]> {
    return this.reads.institutionOptions(AccessPolicy.scopeFor(actor));
  }

  roleOptions(actor: Actor): readonly Role[] {
    return isSysAdmin(actor) ? [ROLE_INST_USER, ROLE_INST_ADMIN, ROLE_SYS_ADMIN] : [ROLE_INST_USER, ROLE_INST_ADMIN];
  }

  /** Creates the account with an unusable password and emails the new user a set-up link. */
  async create(actor: Actor, form: UserForm): Promise<number> {
    const changes = await this.checkedChanges(actor, form, null);
    const id = await this.dataSource.transaction(async (manager) => {
      const unusablePassword = await bcrypt.hash(randomUUID(), BCRYPT_COST);
      const newId = await this.users.insert({ ...changes, encrypted_password: unusablePassword, initial_password_updated: false, force_password_update: true }, manager);
      const created = (await this.users.findById(newId, manager))!;
      await this.passwords.issueToken(manager, created, 'welcome', { force: true, adminName: actor.name });
      return newId;
    });
    return id;
  }

  async update(actor: Actor, id: number, form: UserForm): Promise<void> {
    const before = (await this.users.findById(id)) ?? raise(new NotFoundError());
    const changes = await this.checkedChanges(actor, form, before);
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(id, changes, manager);
      if (changes.role !== before.role || changes.institution_id !== before.institutionId) await this.sessions.revokeAllForUser(id, manager);
    });
  }

  /**
   * The inline edit (workflows.md §5.7): the non-blank fields over the stored ones, checked as the
   * edit form is, plus the account's status and a new password, in one transaction. A new password
   * must meet the password rules, and your own is changed on the change-password page (it asks for
   * the current one).
   */
  async updateInline(actor: Actor, request: FastifyRequest, id: number, edit: InlineUserEdit): Promise<void> {
    const before = (await this.users.findById(id)) ?? raise(new NotFoundError());
    const given = (value: string | undefined): string | undefined => (value !== undefined && value.trim() !== '' ? value : undefined);
    const otpRequired = given(edit.OTPRequiredForLogin);
    const form: UserForm = {
      ...userFormValues(await this.get(actor, id)),
      ...Object.fromEntries((['Name', 'Email', 'PhoneNumber', 'Role'] as const).flatMap((field) => (given(edit[field]) === undefined ? [] : [[field, edit[field]]]))),
      ...(otpRequired === undefined
        ? {}
        : { OTPRequiredForLogin: otpRequired.trim() === 'true' ? 'true' : 'false', GracePeriod: new Date(Date.now() + INLINE_GRACE_DAYS * 86_400_000).toISOString().slice(0, 10) }),
    };
    const status = given(edit.Status);
    const deactivate = status?.trim() === 'inactive';
    const password = given(edit.Password);

    const problems: ValidationError[] = [];
    let changes: UserChanges = {};
    try {
      changes = await this.checkedChanges(actor, form, before);
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      problems.push(...(error.fields as ValidationError[]));
    }
    if (password !== undefined && id === actor.userId) problems.push(violation(FIELDS.password, 'Change your own password on the change password page.'));
    else if (password !== undefined && !meetsPasswordRequirements(password)) {
      problems.push(violation(FIELDS.password, 'Use at least 8 characters with a lowercase letter, an uppercase letter and a digit.'));
    }
    if (deactivate && !this.mayDeactivate(actor, id)) problems.push(violation(FIELDS.status, SELF_DEACTIVATION_MESSAGE));
    if (problems.length > 0) throw new ValidationFailedError(problems);

    await this.dataSource.transaction(async (manager) => {
      await this.users.update(id, { ...changes, ...(status === undefined ? {} : { deactivated_at: deactivate ? DB_NOW : null }) }, manager);
      if (deactivate || changes.role !== before.role || changes.institution_id !== before.institutionId) await this.sessions.revokeAllForUser(id, manager);
      if (password !== undefined) await this.passwords.storeNewPassword(manager, actor, request, before, password);
    });
  }

  async deactivate(actor: Actor, id: number): Promise<void> {
    if (!this.mayDeactivate(actor, id)) throw new DomainError('forbidden', SELF_DEACTIVATION_MESSAGE);
    await this.dataSource.transaction(async (manager) => {
      await this.users.update(id, { deactivated_at: DB_NOW }, manager);
      await this.sessions.revokeAllForUser(id, manager);
    });
  }

  async reactivate(_actor: Actor, id: number): Promise<void> {
    await this.users.update(id, { deactivated_at: null });
  }

  /** Whether `actor` may deactivate user `id`: anyone they manage, and themselves only as a sys admin. */
  mayDeactivate(actor: Actor, id: number): boolean {
    return id !== actor.userId || isSysAdmin(actor);
  }

  /** Whether `actor` may change the role of user `id` (within the roles they may give). */
  mayChangeRole(actor: Actor, id: number): boolean {
    return id !== actor.userId || isSysAdmin(actor);
  }

  /** A new API key for yourself only, shown once; the old one stops working at once. */
  async generateApiKey(actor: Actor, id: number): Promise<string> {
    if (id !== actor.userId) throw new DomainError('forbidden', 'You can only generate an API key for yourself.');
    const key = randomBytes(16).toString('hex');
    await this.users.update(id, { encrypted_api_secret_key: await bcrypt.hash(key, BCRYPT_COST) });
    return key;
  }

  /** Validates the form against the domain rules and the actor's limits; the user row changes to write. */
  private async checkedChanges(actor: Actor, form: UserForm, before: { id: number; role: string; encryptedPassword: string } | null): Promise<UserChanges> {
    const problems: ValidationError[] = [];
    const institutionId = isSysAdmin(actor) ? toId(form.InstitutionID) : actor.institutionId;
    const role = (form.Role ?? '').trim();
    const otpRequired = form.OTPRequiredForLogin === 'true' || form.OTPRequiredForLogin === 'on';
    let gracePeriod: Timestamp | null = null;
    if ((form.GracePeriod ?? '').trim() !== '') {
      try {
        gracePeriod = parseClientTimestamp(form.GracePeriod!.trim());
      } catch {
        problems.push(violation(FIELDS.gracePeriod, 'Enter the date as YYYY-MM-DD.'));
      }
    }
    const fields = {
      name: (form.Name ?? '').trim(),
      email: (form.Email ?? '').trim(),
      phoneNumber: normalizePhoneNumber(form.PhoneNumber),
      otpRequiredForLogin: otpRequired,
      gracePeriod,
      institutionId,
      role,
      encryptedPassword: before?.encryptedPassword ?? 'set on create',
    };
    problems.push(...validateUser(fields, { aptrustInstitutionId: await this.users.aptrustInstitutionId() }));
    // A stored role the actor may not give (`none`, the column default) stays valid while it is kept.
    const roleChanged = before === null || role !== before.role;
    if (roleChanged && role !== '' && !problems.some((p) => p.field === 'Role') && !this.roleOptions(actor).includes(role as Role)) {
      problems.push(violation(FIELDS.role, 'Please choose a role for this user.'));
    }
    if (before && roleChanged && !this.mayChangeRole(actor, before.id)) problems.push(violation(FIELDS.role, 'You cannot change your own role.'));
    if (fields.email !== '' && (await this.users.emailTaken(fields.email, before?.id ?? null))) {
      problems.push(violation(FIELDS.email, 'Another account already uses this email address.'));
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return {
      name: fields.name,
      email: fields.email,
      phone_number: fields.phoneNumber || null,
      otp_required_for_login: otpRequired,
      grace_period: gracePeriod && toPgTimestamp(gracePeriod),
      institution_id: institutionId,
      role,
    };
  }
}

const toId = (value: string | undefined): number | null => (value && /^\d{1,9}$/.test(value.trim()) ? Number(value.trim()) : null);

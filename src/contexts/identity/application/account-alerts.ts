import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../../config/app-config.js';
import { APP_CONFIG } from '../../../config/config.module.js';
import { AlertsFacade, alertTemplates } from '../../alerts/index.js';
import type { ClientInfo } from './web-sessions.js';

interface AlertUser {
  readonly id: number;
  readonly institutionId: number | null;
}

/**
 * The account alerts (workflows.md §7.3): Welcome New User, Password Reset and Password Changed,
 * each to the one user concerned and in the caller's transaction. Links that carry a token go
 * only into the email; the stored alert links to the page that asks for the token.
 */
@Injectable()
export class AccountAlerts {
  constructor(
    private readonly alerts: AlertsFacade,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  resetPageUrl(userId: number): string {
    return `${this.config.registryUrl}/users/complete_password_reset/${userId}`;
  }

  async welcome(manager: EntityManager, user: AlertUser, adminName: string, token: string): Promise<void> {
    const text = (url: string) => alertTemplates.welcome({ adminName, passwordResetUrl: url });
    await this.alerts.create(manager, {
      institutionId: user.institutionId!,
      type: 'Welcome New User',
      subject: 'Your New APTrust Registry Account',
      content: text(this.resetPageUrl(user.id)),
      emailBody: text(this.tokenLink(user.id, token)),
      recipientIds: [user.id],
    });
  }

  async passwordReset(manager: EntityManager, user: AlertUser, token: string): Promise<void> {
    const text = (url: string) => alertTemplates.passwordReset({ passwordResetUrl: url });
    await this.alerts.create(manager, {
      institutionId: user.institutionId!,
      type: 'Password Reset',
      subject: 'Reset your APTrust password',
      content: text(this.resetPageUrl(user.id)),
      emailBody: text(this.tokenLink(user.id, token)),
      recipientIds: [user.id],
    });
  }

  /** To the user whose password changed; `changedBy` is the person who changed it. */
  async passwordChanged(manager: EntityManager, user: AlertUser, changedBy: string, client: ClientInfo, changedAt: string): Promise<void> {
    await this.alerts.create(manager, {
      institutionId: user.institutionId!,
      type: 'Password Changed',
      subject: 'Your APTrust password has been changed',
      content: alertTemplates.passwordChanged({
        userName: changedBy,
        registryUrl: this.config.registryUrl,
        changeDate: changedAt,
        userAgent: client.userAgent || 'unknown browser',
        ipAddress: client.ip,
      }),
      recipientIds: [user.id],
    });
  }

  private tokenLink(userId: number, token: string): string {
    return `${this.resetPageUrl(userId)}?token=${token}`;
  }
}

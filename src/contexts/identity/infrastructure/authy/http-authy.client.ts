import { DomainError } from '../../../../shared/errors/domain-error.js';
import { AuthyClient, type ApprovalOutcome } from '../../application/authy-client.js';

export interface AuthySettings {
  readonly apiUrl: string;
  readonly apiKey: string;
  /** How long to wait for the user to answer a push (the reference waits 45 s). */
  readonly approvalTimeoutMs?: number;
  readonly pollIntervalMs?: number;
}

/** The Authy REST API (register user, OneTouch approval requests), authenticated by X-Authy-API-Key. */
export class HttpAuthyClient extends AuthyClient {
  readonly enabled = true;

  constructor(private readonly settings: AuthySettings) {
    super();
  }

  async registerUser(email: string, phoneNumber: string): Promise<string> {
    const digits = phoneNumber.replace(/\D/g, '');
    const body = new URLSearchParams({ 'user[email]': email, 'user[cellphone]': digits.slice(1), 'user[country_code]': digits.slice(0, 1) });
    const response = await this.call('POST', '/protected/json/users/new', body);
    const id = (response as { user?: { id?: unknown } }).user?.id;
    if (id === undefined || id === null) throw new Error('Authy did not return a user id');
    return String(id);
  }

  async requestApproval(authyId: string, message: string): Promise<ApprovalOutcome> {
    const timeoutMs = this.settings.approvalTimeoutMs ?? 45_000;
    const body = new URLSearchParams({ message, seconds_to_expire: String(Math.ceil(timeoutMs / 1000)) });
    const created = await this.call('POST', `/onetouch/json/users/${encodeURIComponent(authyId)}/approval_requests`, body);
    const uuid = (created as { approval_request?: { uuid?: string } }).approval_request?.uuid;
    if (!uuid) throw new Error('Authy did not return an approval request');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const status = await this.call('GET', `/onetouch/json/approval_requests/${encodeURIComponent(uuid)}`);
      const state = (status as { approval_request?: { status?: string } }).approval_request?.status;
      if (state === 'approved' || state === 'denied' || state === 'expired') return state;
      if (Date.now() >= deadline) return 'expired';
      await new Promise((resolve) => setTimeout(resolve, this.settings.pollIntervalMs ?? 1000));
    }
  }

  private async call(method: 'GET' | 'POST', path: string, body?: URLSearchParams): Promise<unknown> {
    const response = await fetch(`${this.settings.apiUrl.replace(/\/+$/, '')}${path}`, {
      method,
      headers: { 'X-Authy-API-Key': this.settings.apiKey, ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body: body?.toString(),
      signal: AbortSignal.timeout(15_000),
    });
    const json = (await response.json().catch(() => ({}))) as { success?: unknown; message?: unknown };
    if (!response.ok || json.success === false) throw new Error(`Authy ${method} ${path} failed (${response.status}): ${String(json.message ?? '')}`);
    return json;
  }
}

/** ENABLE_TWO_FACTOR_AUTHY=false (or no API key): push approval is not offered. */
export class DisabledAuthyClient extends AuthyClient {
  readonly enabled = false;

  registerUser(): Promise<string> {
    return Promise.reject(new DomainError('not_supported', 'authy is not enabled in this environment'));
  }

  requestApproval(): Promise<ApprovalOutcome> {
    return Promise.reject(new DomainError('not_supported', 'authy is not enabled in this environment'));
  }
}

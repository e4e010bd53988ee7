import { randomUUID } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { EmailTransport, type EmailMessage } from './email-transport.js';

export interface SmtpSettings {
  /** `host:port`, as SES_ENDPOINT gives it. */
  readonly endpoint: string;
  readonly user: string | undefined;
  readonly password: string | undefined;
  readonly fromAddress: string;
  /** Refuse to send without STARTTLS (production); development servers may be plain. */
  readonly requireTls: boolean;
}

/**
 * SMTP through nodemailer. Unlike the reference, every message carries From, Date and Message-ID
 * headers besides To and Subject. nodemailer is loaded with the first message, so a process that
 * sends none does not hold it.
 */
export class SmtpEmailTransport extends EmailTransport {
  private transporter: Promise<Transporter> | undefined;
  private readonly host: string;
  private readonly port: number;
  private readonly messageIdDomain: string;

  constructor(private readonly settings: SmtpSettings) {
    super();
    [this.host, this.port] = splitHostPort(settings.endpoint);
    this.messageIdDomain = settings.fromAddress.split('@')[1] || 'registry.local';
  }

  async send(message: EmailMessage): Promise<void> {
    const transporter = await (this.transporter ??= this.createTransporter());
    await transporter.sendMail({
      from: this.settings.fromAddress,
      to: message.to,
      subject: message.subject,
      text: message.text,
      date: new Date(),
      messageId: `<${randomUUID()}@${this.messageIdDomain}>`,
      envelope: { from: this.settings.fromAddress, to: message.to },
    });
  }

  close(): void {
    void this.transporter?.then((transporter) => transporter.close(), () => undefined);
    this.transporter = undefined;
  }

  private async createTransporter(): Promise<Transporter> {
    const { default: nodemailer } = await import('nodemailer');
    const { user, password, requireTls } = this.settings;
    return nodemailer.createTransport({
      host: this.host,
      port: this.port,
      secure: this.port === 465,
      requireTLS: requireTls,
      ...(user && password ? { auth: { user, pass: password } } : {}),
    });
  }
}

function splitHostPort(endpoint: string): [string, number] {
  const match = /^(.+):(\d{1,5})$/.exec(endpoint.replace(/^smtps?:\/\//, ''));
  if (!match) throw new Error(`SES_ENDPOINT must be host:port for SMTP (got "${endpoint}")`);
  return [match[1], Number(match[2])];
}

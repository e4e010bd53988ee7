import { randomUUID } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
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
 * headers besides To and Subject.
 */
export class SmtpEmailTransport extends EmailTransport {
  private readonly transporter: Transporter;
  private readonly messageIdDomain: string;

  constructor(private readonly settings: SmtpSettings) {
    super();
    const [host, port] = splitHostPort(settings.endpoint);
    this.transporter = nodemailer.createTransport({
      host,
      port,
      secure: port === 465,
      requireTLS: settings.requireTls,
      ...(settings.user && settings.password ? { auth: { user: settings.user, pass: settings.password } } : {}),
    });
    this.messageIdDomain = settings.fromAddress.split('@')[1] || 'registry.local';
  }

  async send(message: EmailMessage): Promise<void> {
    await this.transporter.sendMail({
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
    this.transporter.close();
  }
}

function splitHostPort(endpoint: string): [string, number] {
  const match = /^(.+):(\d{1,5})$/.exec(endpoint.replace(/^smtps?:\/\//, ''));
  if (!match) throw new Error(`SES_ENDPOINT must be host:port for SMTP (got "${endpoint}")`);
  return [match[1], Number(match[2])];
}

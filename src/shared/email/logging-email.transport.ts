import { Logger } from '@nestjs/common';
import { EmailTransport, type EmailMessage } from './email-transport.js';

/**
 * Used while EMAIL_ENABLED is false: logs each email instead of sending it (the body only in
 * development environments, where it may show a reset link) and keeps the last ones in memory so
 * a developer or a test can read them.
 */
export class LoggingEmailTransport extends EmailTransport {
  private readonly logger = new Logger('Email');
  readonly messages: EmailMessage[] = [];

  constructor(private readonly showBodies: boolean, private readonly keep = 200) {
    super();
  }

  async send(message: EmailMessage): Promise<void> {
    this.messages.push(message);
    if (this.messages.length > this.keep) this.messages.shift();
    this.logger.log(`Email not sent (EMAIL_ENABLED=false) to ${message.to}: ${message.subject}${this.showBodies ? `\n${message.text}` : ''}`);
  }
}

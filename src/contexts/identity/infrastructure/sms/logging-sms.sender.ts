import { Logger } from '@nestjs/common';
import { SmsSender } from '../../application/sms-sender.js';

export interface SentSms {
  readonly phoneNumber: string;
  readonly message: string;
}

/**
 * Used while ENABLE_TWO_FACTOR_SMS is false: logs instead of sending (the text, which holds a code,
 * only in development environments) and keeps the last messages in memory for developers and tests.
 */
export class LoggingSmsSender extends SmsSender {
  private readonly logger = new Logger('Sms');
  readonly messages: SentSms[] = [];

  constructor(private readonly showText: boolean, private readonly keep = 200) {
    super();
  }

  async send(phoneNumber: string, message: string): Promise<void> {
    this.messages.push({ phoneNumber, message });
    if (this.messages.length > this.keep) this.messages.shift();
    this.logger.log(`SMS not sent (ENABLE_TWO_FACTOR_SMS=false) to ${phoneNumber}${this.showText ? `: ${message}` : ''}`);
  }
}

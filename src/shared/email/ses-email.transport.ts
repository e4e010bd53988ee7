import type { SESClient } from '@aws-sdk/client-ses';
import { awsClientConfig, type AwsClientSettings } from '../aws/aws-client-settings.js';
import { EmailTransport, type EmailMessage } from './email-transport.js';

export interface SesSettings extends AwsClientSettings {
  readonly fromAddress: string;
}

type SesSender = Pick<SESClient, 'send'>;

/**
 * Amazon SES `SendEmail`, with the sender as Source and Return-Path (the reference's settings). The
 * SDK is loaded with the first message: most processes send none, and it holds megabytes of heap.
 */
export class SesEmailTransport extends EmailTransport {
  private client: Promise<SesSender> | undefined;

  constructor(
    private readonly settings: SesSettings,
    client?: SesSender,
  ) {
    super();
    if (client) this.client = Promise.resolve(client);
  }

  async send(message: EmailMessage): Promise<void> {
    const { SendEmailCommand } = await import('@aws-sdk/client-ses');
    const client = await (this.client ??= this.createClient());
    await client.send(
      new SendEmailCommand({
        Source: this.settings.fromAddress,
        ReturnPath: this.settings.fromAddress,
        Destination: { ToAddresses: [message.to] },
        Message: {
          Subject: { Data: message.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: message.text, Charset: 'UTF-8' } },
        },
      }),
    );
  }

  private async createClient(): Promise<SesSender> {
    const { SESClient } = await import('@aws-sdk/client-ses');
    return new SESClient(awsClientConfig(this.settings));
  }
}

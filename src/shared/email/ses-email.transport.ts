import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { EmailTransport, type EmailMessage } from './email-transport.js';

export interface SesSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly accessKeyId: string | undefined;
  readonly secretAccessKey: string | undefined;
  readonly fromAddress: string;
}

/** Amazon SES `SendEmail`, with the sender as Source and Return-Path (the reference's settings). */
export class SesEmailTransport extends EmailTransport {
  constructor(
    private readonly settings: SesSettings,
    private readonly client: Pick<SESClient, 'send'> = new SESClient({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
    }),
  ) {
    super();
  }

  async send(message: EmailMessage): Promise<void> {
    await this.client.send(
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
}

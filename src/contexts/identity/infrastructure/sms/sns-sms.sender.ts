import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { SmsSender } from '../../application/sms-sender.js';

export interface SnsSettings {
  readonly region: string;
  readonly endpoint: string | undefined;
  readonly accessKeyId: string | undefined;
  readonly secretAccessKey: string | undefined;
}

/** Text messages through Amazon SNS `Publish` (ENABLE_TWO_FACTOR_SMS=true). */
export class SnsSmsSender extends SmsSender {
  constructor(
    settings: SnsSettings,
    private readonly client: Pick<SNSClient, 'send'> = new SNSClient({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      ...(settings.accessKeyId && settings.secretAccessKey
        ? { credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } }
        : {}),
    }),
  ) {
    super();
  }

  async send(phoneNumber: string, message: string): Promise<void> {
    await this.client.send(new PublishCommand({ PhoneNumber: phoneNumber, Message: message }));
  }
}

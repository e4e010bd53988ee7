import { PublishCommand } from '@aws-sdk/client-sns';
import { loadAppConfig } from '../../../../config/app-config.js';
import { authyClientFor, smsSenderFor } from '../../identity.module.js';
import { DisabledAuthyClient, HttpAuthyClient } from '../authy/http-authy.client.js';
import { LoggingSmsSender } from './logging-sms.sender.js';
import { SnsSmsSender } from './sns-sms.sender.js';
import { startFakeAwsEndpoint } from '../../../../../test/support/fake-aws-endpoint.js';

describe('text messages', () => {
  it('are only logged (and kept) while ENABLE_TWO_FACTOR_SMS is false, and sent through SNS otherwise', async () => {
    const logging = smsSenderFor(loadAppConfig({ APT_ENV: 'test' }));
    expect(logging).toBeInstanceOf(LoggingSmsSender);
    await logging.send('+12125551212', 'Your Registry one time password is 123456');
    expect((logging as LoggingSmsSender).messages).toEqual([{ phoneNumber: '+12125551212', message: 'Your Registry one time password is 123456' }]);
    expect(smsSenderFor(loadAppConfig({ APT_ENV: 'test', ENABLE_TWO_FACTOR_SMS: 'true' }))).toBeInstanceOf(SnsSmsSender);
  });

  it('go to SNS Publish with the phone number and the message', async () => {
    const commands: PublishCommand[] = [];
    const sender = new SnsSmsSender({ region: 'us-east-1', endpoint: undefined, accessKeyId: undefined, secretAccessKey: undefined }, {
      send: async (command: PublishCommand) => void commands.push(command),
    } as never);
    await sender.send('+12125551212', 'hello');
    expect(commands[0].input).toEqual({ PhoneNumber: '+12125551212', Message: 'hello' });
  });

  it('load the SDK and build its client with the first message, with the configured endpoint and keys', async () => {
    const sns = await startFakeAwsEndpoint(
      () => '<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>m-1</MessageId></PublishResult></PublishResponse>',
    );
    try {
      const sender = new SnsSmsSender({ region: 'us-east-1', endpoint: sns.url, accessKeyId: 'AKIDTEST', secretAccessKey: 'secret' });
      await sender.send('+12125551212', 'Your code is 123456');
      expect(sns.calls.map((call) => call.params)).toEqual([expect.objectContaining({ Action: 'Publish', PhoneNumber: '+12125551212', Message: 'Your code is 123456' })]);
      expect(sns.calls[0].authorization).toContain('Credential=AKIDTEST/');
    } finally {
      await sns.close();
    }
  });
});

describe('Authy', () => {
  it('is used only when enabled with an API key', async () => {
    expect(authyClientFor(loadAppConfig({ APT_ENV: 'test', ENABLE_TWO_FACTOR_AUTHY: 'true' }))).toBeInstanceOf(DisabledAuthyClient);
    expect(authyClientFor(loadAppConfig({ APT_ENV: 'test', ENABLE_TWO_FACTOR_AUTHY: 'true', AUTHY_API_KEY: 'k' }))).toBeInstanceOf(HttpAuthyClient);
    await expect(new DisabledAuthyClient().requestApproval()).rejects.toThrow('authy is not enabled in this environment');
  });
});

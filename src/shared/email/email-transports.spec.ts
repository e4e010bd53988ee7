import { SendEmailCommand } from '@aws-sdk/client-ses';
import { loadAppConfig } from '../../config/app-config.js';
import { emailTransportFor } from './email.module.js';
import { LoggingEmailTransport } from './logging-email.transport.js';
import { SesEmailTransport } from './ses-email.transport.js';
import { SmtpEmailTransport } from './smtp-email.transport.js';
import { startFakeAwsEndpoint } from '../../../test/support/fake-aws-endpoint.js';

describe(emailTransportFor.name, () => {
  it('only logs (and keeps) emails while EMAIL_ENABLED is false', async () => {
    const transport = emailTransportFor(loadAppConfig({ APT_ENV: 'test', EMAIL_SERVICE_TYPE: 'SES' }));
    expect(transport).toBeInstanceOf(LoggingEmailTransport);
    await transport.send({ to: 'a@b.edu', subject: 's', text: 't' });
    expect((transport as LoggingEmailTransport).messages).toEqual([{ to: 'a@b.edu', subject: 's', text: 't' }]);
  });

  it('picks SES or SMTP by EMAIL_SERVICE_TYPE', () => {
    expect(emailTransportFor(loadAppConfig({ APT_ENV: 'test', EMAIL_ENABLED: 'true', EMAIL_SERVICE_TYPE: 'ses' }))).toBeInstanceOf(SesEmailTransport);
    const smtp = emailTransportFor(loadAppConfig({ APT_ENV: 'test', EMAIL_ENABLED: 'true', SES_ENDPOINT: 'localhost:2525' }));
    expect(smtp).toBeInstanceOf(SmtpEmailTransport);
    (smtp as SmtpEmailTransport).close();
    expect(() => emailTransportFor(loadAppConfig({ APT_ENV: 'test', EMAIL_ENABLED: 'true' }))).toThrow(/SES_ENDPOINT/);
  });
});

describe(SesEmailTransport.name, () => {
  it('sends SendEmail with the sender as Source and Return-Path and a UTF-8 text body', async () => {
    const commands: SendEmailCommand[] = [];
    const client = { send: async (command: SendEmailCommand) => void commands.push(command) };
    const transport = new SesEmailTransport(
      { region: 'us-east-1', endpoint: undefined, accessKeyId: undefined, secretAccessKey: undefined, fromAddress: 'help@aptrust.org' },
      client as never,
    );
    await transport.send({ to: 'user@inst1.edu', subject: 'Subject ü', text: 'Body ü' });
    expect(commands[0].input).toEqual({
      Source: 'help@aptrust.org',
      ReturnPath: 'help@aptrust.org',
      Destination: { ToAddresses: ['user@inst1.edu'] },
      Message: { Subject: { Data: 'Subject ü', Charset: 'UTF-8' }, Body: { Text: { Data: 'Body ü', Charset: 'UTF-8' } } },
    });
  });

  it('loads the SDK and builds its client with the first message, with the configured endpoint and keys', async () => {
    const ses = await startFakeAwsEndpoint(
      () => '<SendEmailResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><SendEmailResult><MessageId>m-1</MessageId></SendEmailResult></SendEmailResponse>',
    );
    try {
      const transport = new SesEmailTransport({ region: 'us-east-1', endpoint: ses.url, accessKeyId: 'AKIDTEST', secretAccessKey: 'secret', fromAddress: 'help@aptrust.org' });
      await transport.send({ to: 'user@inst1.edu', subject: 'Alert', text: 'Body' });
      await transport.send({ to: 'other@inst1.edu', subject: 'Alert', text: 'Body' });
      expect(ses.calls.map((call) => call.params)).toEqual([
        expect.objectContaining({ Action: 'SendEmail', Source: 'help@aptrust.org', 'Destination.ToAddresses.member.1': 'user@inst1.edu' }),
        expect.objectContaining({ Action: 'SendEmail', 'Destination.ToAddresses.member.1': 'other@inst1.edu' }),
      ]);
      expect(ses.calls[0].authorization).toContain('Credential=AKIDTEST/');
    } finally {
      await ses.close();
    }
  });
});

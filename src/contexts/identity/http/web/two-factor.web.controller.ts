import { Body, Controller, Get, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { AllowPendingStep, Authorize } from '../../../../shared/access/authorize.decorator.js';
import { CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import { ValidationFailedError } from '../../../../shared/errors/validation-failed.error.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { emptyForm, formFromError, type FormState } from '../../../../shared/web/form.js';
import { formFields, redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import { TwoFactorService, type SecondFactorMethod } from '../../application/two-factor.service.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const METHOD_LABELS: Readonly<Record<SecondFactorMethod, string>> = { sms: 'SMS Code', totp: 'Authenticator App Code', backup: 'Backup Code' };

/** `two_factor_method` as the reference's forms send it (`sms`, `Backup Code`) or ours (`totp`, `backup`). */
const methodOf = (value: string | undefined): SecondFactorMethod => (value === 'sms' ? 'sms' : value === 'totp' ? 'totp' : 'backup');

/**
 * The second step of sign-in, and setting up two-factor sign-in (workflows.md §6). As in the reference,
 * the second-step pages serve any signed-in session: one that owes no second factor can still send
 * itself a code or use (and so spend) a backup code.
 */
@WebPages()
@Controller('users')
export class TwoFactorWebController {
  constructor(private readonly twoFactor: TwoFactorService) {}

  @Get('2fa_choose')
  @Authorize('UserTwoFactorChoose', 'User')
  @AllowPendingStep('second-factor')
  async choose(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return renderPage(reply, 'identity/two-factor/choose', { pageTitle: 'Two-Factor Sign-In', options: await this.twoFactor.options(request) });
  }

  @Post('2fa_sms')
  @Authorize('UserTwoFactorGenerateSMS', 'User')
  @AllowPendingStep('second-factor')
  async sendSms(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    await this.twoFactor.sendSignInCode(request);
    return this.codePage(request, reply, 'sms', 200, undefined, 'We have sent a code to your phone.');
  }

  @Get('2fa_backup')
  @Authorize('UserTwoFactorBackup', 'User')
  @AllowPendingStep('second-factor')
  async backup(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.codePage(request, reply, 'backup');
  }

  @Get('2fa_app')
  @Authorize('UserTwoFactorVerify', 'User')
  @AllowPendingStep('second-factor')
  async app(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.codePage(request, reply, 'totp');
  }

  @Post('2fa_verify')
  @Authorize('UserTwoFactorVerify', 'User')
  @AllowPendingStep('second-factor')
  async verify(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const fields = formFields(body);
    const method = methodOf(fields.two_factor_method);
    const outcome = await this.twoFactor.verify(request, method, fields.otp ?? '');
    switch (outcome.kind) {
      case 'accepted':
        return redirectTo(reply, '/dashboard');
      case 'locked':
        addFlash(request, 'error', 'Too many wrong codes. Please sign in again.');
        return redirectTo(reply, '/users/sign_in');
      default:
        return this.codePage(request, reply, method, 400, outcome.message);
    }
  }

  @Post('2fa_push')
  @Authorize('UserTwoFactorPush', 'User')
  @AllowPendingStep('second-factor')
  async push(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    if (await this.twoFactor.push(request)) return redirectTo(reply, '/dashboard');
    addFlash(request, 'error', 'The sign-in was not approved in Authy.');
    return redirectTo(reply, '/users/sign_out');
  }

  @Get('2fa_setup')
  @Authorize('UserInit2FASetup', 'User')
  @AllowPendingStep('two-factor-setup')
  async setupForm(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.setupPage(actor, reply);
  }

  @Post('2fa_setup')
  @Authorize('UserComplete2FASetup', 'User')
  @AllowPendingStep('two-factor-setup')
  async setup(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const fields = formFields(body);
    try {
      const result = await this.twoFactor.beginSetup(request, actor, fields.AuthyStatus ?? '', fields.PhoneNumber ?? '');
      switch (result.kind) {
        case 'unchanged':
          addFlash(request, 'info', 'Your two-factor preferences remain unchanged.');
          return redirectTo(reply, '/users/my_account');
        case 'phone-updated':
          addFlash(request, 'success', 'Your phone number has been updated.');
          return redirectTo(reply, '/users/my_account');
        case 'disabled':
          addFlash(request, 'success', 'Two-factor authentication has been turned off for your account.');
          return redirectTo(reply, '/users/my_account');
        case 'authy-confirmed':
          addFlash(request, 'success', "Your two-factor setup is complete. Next time you log in, you'll receive a push notification from Authy to complete the sign-in process.");
          return redirectTo(reply, '/users/my_account');
        case 'authy-denied':
          // As the reference does (workflows.md §6.3 6b): an unapproved set-up signs out, like a denied sign-in push.
          addFlash(request, 'error', 'The two-factor set-up was not approved in Authy.');
          return redirectTo(reply, '/users/sign_out');
        case 'confirm-phone':
          return renderPage(reply, 'identity/two-factor/confirm-phone', { pageTitle: 'Confirm Your Phone Number', phoneNumber: result.phoneNumber });
        case 'enroll-totp':
          return renderPage(reply, 'identity/two-factor/enroll-app', { pageTitle: 'Set Up Authenticator App', secret: result.secret, qrSvg: result.qrSvg });
      }
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      return this.setupPage(actor, reply, formFromError(fields, error, ['AuthyStatus', 'PhoneNumber']), 400);
    }
  }

  @Post('confirm_phone')
  @Authorize('UserConfirmPhone', 'User')
  @AllowPendingStep('two-factor-setup')
  async confirmPhone(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const outcome = await this.twoFactor.confirmPhone(request, actor, formFields(body).otp ?? '');
    if (outcome.kind === 'accepted') {
      addFlash(request, 'success', "Thank you for confirming your phone number. Next time you log in, we'll send a one-time password to your phone to complete the login process.");
      return redirectTo(reply, '/users/my_account');
    }
    if (outcome.kind === 'locked') {
      addFlash(request, 'error', 'Too many wrong codes. Please sign in again.');
      return redirectTo(reply, '/users/sign_in');
    }
    return renderPage(reply, 'identity/two-factor/confirm-phone', { pageTitle: 'Confirm Your Phone Number', error: outcome.message, expired: outcome.kind === 'expired' }, 400);
  }

  @Post('2fa_totp_confirm')
  @Authorize('UserComplete2FASetup', 'User')
  @AllowPendingStep('two-factor-setup')
  async confirmApp(@CurrentActor() actor: Actor, @Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const result = await this.twoFactor.confirmTotp(request, actor, formFields(body).otp ?? '');
    if (result.accepted) {
      addFlash(request, 'success', 'Your two-factor setup is complete. Next time you log in, enter the code your authenticator app shows.');
      return redirectTo(reply, '/users/my_account');
    }
    if (!result.secret) return redirectTo(reply, '/users/2fa_setup');
    return renderPage(
      reply,
      'identity/two-factor/enroll-app',
      { pageTitle: 'Set Up Authenticator App', secret: result.secret, qrSvg: result.qrSvg, error: 'That code is not right. Check the time on your phone and try the current code.' },
      400,
    );
  }

  @Post('backup_codes')
  @Authorize('UserGenerateBackupCodes', 'User')
  async backupCodes(@CurrentActor() actor: Actor, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const codes = await this.twoFactor.newBackupCodes(actor);
    void reply.header('cache-control', 'no-store');
    return renderPage(reply, 'identity/two-factor/backup-codes', { pageTitle: 'Backup Codes', codes });
  }

  private async codePage(request: FastifyRequest, reply: FastifyReply, method: SecondFactorMethod, status = 200, error?: string, notice?: string): Promise<FastifyReply> {
    const options = await this.twoFactor.options(request);
    return renderPage(reply, 'identity/two-factor/enter-code', { pageTitle: 'Two-Factor Sign-In', method, methodLabel: METHOD_LABELS[method], options, error, notice }, status);
  }

  private async setupPage(actor: Actor, reply: FastifyReply, form?: FormState, status = 200): Promise<FastifyReply> {
    const view = await this.twoFactor.setupView(actor);
    const state = form ?? emptyForm({ AuthyStatus: view.method === 'none' ? 'sms' : view.method, PhoneNumber: view.phoneNumber });
    return renderPage(reply, 'identity/two-factor/setup', { pageTitle: 'Two-Factor Sign-In Set-Up', ...view, form: state }, status);
  }
}

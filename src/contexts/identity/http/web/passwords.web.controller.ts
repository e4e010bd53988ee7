import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../../../shared/access/actor.js';
import { AllowPendingStep, Authorize, Public } from '../../../../shared/access/authorize.decorator.js';
import { AuthorizedResource, CurrentActor } from '../../../../shared/access/current-actor.decorator.js';
import type { LocatedResource } from '../../../../shared/access/resource-ownership.js';
import { AccessPolicy } from '../../../../shared/access/access-policy.js';
import { ValidationFailedError } from '../../../../shared/errors/validation-failed.error.js';
import { ChangesState } from '../../../../shared/http/route-options.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { emptyForm, formFromError } from '../../../../shared/web/form.js';
import { formFields, pendingStepUrl, redirectTo, renderPage } from '../../../../shared/web/web-response.js';
import { PasswordsService } from '../../application/passwords.service.js';
import { INVALID_RESET_TOKEN_MESSAGE } from '../../domain/password-reset.rules.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

const CHANGE_FIELDS = ['OldPassword', 'NewPassword', 'ConfirmNewPassword'];

/** Forgot password, reset links, changing a password and admin-initiated resets. */
@WebPages()
@Controller('users')
export class PasswordsWebController {
  constructor(private readonly passwords: PasswordsService) {}

  @Get('forgot_password')
  @Public()
  forgotForm(@Res() reply: FastifyReply): Promise<FastifyReply> {
    return renderPage(reply, 'identity/passwords/forgot', { pageTitle: 'Forgot Password', form: emptyForm() });
  }

  @Post('forgot_password')
  @Public()
  async forgot(@Res() reply: FastifyReply, @Body() body: unknown): Promise<FastifyReply> {
    const email = formFields(body).email ?? '';
    await this.passwords.requestReset(email);
    return renderPage(reply, 'identity/passwords/forgot-sent', { pageTitle: 'Check Your Email' });
  }

  @Get('complete_password_reset/:id')
  @Public()
  resetForm(@Res() reply: FastifyReply, @Param('id') id: string, @Query('token') token?: string): Promise<FastifyReply> {
    void reply.header('referrer-policy', 'no-referrer');
    return renderPage(reply, 'identity/passwords/complete-reset', { pageTitle: 'Reset Password', userId: Number(id) || 0, token: token ?? '' });
  }

  @Post('complete_password_reset/:id')
  @Public()
  async completeReset(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Param('id') id: string, @Body() body: unknown): Promise<FastifyReply> {
    void reply.header('referrer-policy', 'no-referrer');
    const userId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
    const result = await this.passwords.completeReset(request, userId, formFields(body).token ?? '');
    if (!result) {
      return renderPage(reply, 'identity/passwords/complete-reset', { pageTitle: 'Reset Password', userId, token: '', error: INVALID_RESET_TOKEN_MESSAGE }, 400);
    }
    return redirectTo(reply, pendingStepUrl(result.secondFactorPending ? 'second-factor' : 'password-change', userId));
  }

  @Get('change_password/:id')
  @Authorize('UserUpdateSelf', 'User')
  @AllowPendingStep('password-change')
  async changeForm(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const target = await this.passwords.changeableUser(actor, resource.id);
    return renderPage(reply, 'identity/passwords/change', this.changeView(actor, target, emptyForm()));
  }

  @Post('change_password/:id')
  @Authorize('UserUpdateSelf', 'User')
  @AllowPendingStep('password-change')
  async change(
    @CurrentActor() actor: Actor,
    @AuthorizedResource() resource: LocatedResource,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ): Promise<FastifyReply> {
    const fields = formFields(body);
    try {
      const target = await this.passwords.change(actor, request, resource.id, {
        oldPassword: fields.OldPassword ?? '',
        newPassword: fields.NewPassword ?? '',
        confirmation: fields.ConfirmNewPassword ?? '',
      });
      // The reference's text (workflows.md §5.5), also when an admin changed someone else's password.
      addFlash(request, 'success', 'Your password has been changed.');
      const canRead = AccessPolicy.hasPermission(actor, 'UserRead', target.institutionId);
      return redirectTo(reply, canRead ? `/users/show/${target.id}` : '/users/my_account');
    } catch (error) {
      if (!(error instanceof ValidationFailedError)) throw error;
      const target = await this.passwords.changeableUser(actor, resource.id);
      return renderPage(reply, 'identity/passwords/change', this.changeView(actor, target, formFromError({}, error, CHANGE_FIELDS)), 400);
    }
  }

  /** The reference resets on GET (its "Reset password" link); the page's own button posts. */
  @Get('init_password_reset/:id')
  @ChangesState()
  @Authorize('UserUpdate', 'User')
  async resetByLink(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    return this.initiateReset(actor, resource, reply);
  }

  @Post('init_password_reset/:id')
  @Authorize('UserUpdate', 'User')
  async initiateReset(@CurrentActor() actor: Actor, @AuthorizedResource() resource: LocatedResource, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const target = await this.passwords.initiateReset(actor, resource.id);
    return renderPage(reply, 'identity/passwords/init-reset', { pageTitle: 'Reset Password', target });
  }

  private changeView(actor: Actor, target: { id: number; name: string | null; email: string }, form: ReturnType<typeof emptyForm>) {
    return {
      pageTitle: 'Change Password',
      target,
      self: target.id === actor.userId,
      forced: actor.pendingStep === 'password-change',
      needsOldPassword: target.id === actor.userId && actor.pendingStep !== 'password-change',
      form,
    };
  }
}

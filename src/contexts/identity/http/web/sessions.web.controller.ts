import { Body, Controller, Get, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../../../shared/access/authorize.decorator.js';
import { addFlash } from '../../../../shared/web/flash.js';
import { pendingStepUrl, redirectTo, renderPage, safeReturnPath } from '../../../../shared/web/web-response.js';
import { SessionAuthenticator } from '../../application/session-authenticator.js';
import { SignInService } from '../../application/sign-in.service.js';
import { WebPages } from '../../../../shared/web/web-pages.decorator.js';

interface SignInForm {
  readonly email?: string;
  readonly password?: string;
  readonly requrl?: string;
}

/** Sign-in (`/`, `/users/sign_in`) and sign-out. */
@WebPages()
@Controller()
export class SessionsWebController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionAuthenticator,
  ) {}

  @Get()
  @Public()
  root(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('requrl') requrl?: string): Promise<FastifyReply> {
    return this.showSignIn(request, reply, requrl);
  }

  @Get('users/sign_in')
  @Public()
  showSignIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('requrl') requrl?: string): Promise<FastifyReply> {
    return this.sessions.authenticate(request).then((actor) => {
      if (actor) return redirectTo(reply, actor.pendingStep ? pendingStepUrl(actor.pendingStep, actor.userId) : safeReturnPath(requrl));
      return renderPage(reply, 'identity/sign-in', { pageTitle: 'Sign In', email: '', requrl: safeReturnPath(requrl, '') });
    });
  }

  @Post('users/sign_in')
  @Public()
  async signIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Body() form: SignInForm): Promise<FastifyReply> {
    const email = typeof form.email === 'string' ? form.email : '';
    const password = typeof form.password === 'string' ? form.password : '';
    const requrl = safeReturnPath(form.requrl, '');
    const outcome = await this.signIns.signIn(request, email, password);
    if (outcome.kind === 'throttled') {
      void reply.header('retry-after', String(outcome.retryAfterSeconds));
      return renderPage(reply, 'identity/sign-in', { pageTitle: 'Sign In', email, requrl, error: outcome.message }, 429);
    }
    if (outcome.kind === 'refused') {
      return renderPage(reply, 'identity/sign-in', { pageTitle: 'Sign In', email, requrl, error: outcome.message }, outcome.status);
    }
    if (outcome.secondFactorPending) return redirectTo(reply, pendingStepUrl('second-factor', outcome.userId));
    return redirectTo(reply, requrl || '/dashboard');
  }

  @Get('users/sign_out')
  @Public()
  async signOut(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<FastifyReply> {
    const session = await this.sessions.activeSession(request);
    await this.signIns.signOut(request, session?.userId ?? null);
    // As the reference does: the sign-in page itself (200), with a token for the session that replaces the ended one.
    addFlash(request, 'info', 'You have been signed out.');
    return renderPage(reply, 'identity/sign-in', { pageTitle: 'Sign In', email: '', requrl: '' });
  }
}

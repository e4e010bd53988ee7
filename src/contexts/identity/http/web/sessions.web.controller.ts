import { Body, Controller, Get, Inject, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '../../../../config/app-config.js';
import { APP_CONFIG } from '../../../../config/config.module.js';
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

/** The fixture accounts the reference's sign-in page offers in test and integration (password "password"). */
export const FIXTURE_LOGINS: readonly { readonly email: string; readonly label: string }[] = [
  { email: 'system@aptrust.org', label: 'Sys Admin' },
  { email: 'admin@inst1.edu', label: 'Inst One Admin' },
  { email: 'user@inst1.edu', label: 'Inst One User' },
  { email: 'admin@inst2.edu', label: 'Inst Two Admin' },
  { email: 'admin@test.edu', label: 'Test.edu Admin' },
  { email: 'user@test.edu', label: 'Test.edu User' },
];

const FIXTURE_LOGIN_ENVIRONMENTS: readonly AppConfig['environment'][] = ['test', 'integration'];

/** Sign-in (`/`, `/users/sign_in`) and sign-out. */
@WebPages()
@Controller()
export class SessionsWebController {
  constructor(
    private readonly signIns: SignInService,
    private readonly sessions: SessionAuthenticator,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  root(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('requrl') requrl?: string): Promise<FastifyReply> {
    return this.showSignIn(request, reply, requrl);
  }

  @Get('users/sign_in')
  @Public()
  async showSignIn(@Req() request: FastifyRequest, @Res() reply: FastifyReply, @Query('requrl') requrl?: string): Promise<FastifyReply> {
    const actor = await this.sessions.authenticate(request);
    if (actor) return redirectTo(reply, actor.pendingStep ? pendingStepUrl(actor.pendingStep, actor.userId) : safeReturnPath(requrl));
    return this.signInPage(reply, { requrl: safeReturnPath(requrl, '') });
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
      return this.signInPage(reply, { email, requrl, error: outcome.message }, 429);
    }
    if (outcome.kind === 'refused') return this.signInPage(reply, { email, requrl, error: outcome.message }, outcome.status);
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
    return this.signInPage(reply, {});
  }

  /** The sign-in page; in test and integration it offers the fixture logins, as the reference's does. */
  private signInPage(reply: FastifyReply, values: { email?: string; requrl?: string; error?: string }, status = 200): Promise<FastifyReply> {
    const fixtureLogins = FIXTURE_LOGIN_ENVIRONMENTS.includes(this.config.environment) ? FIXTURE_LOGINS : [];
    return renderPage(reply, 'identity/sign-in', { pageTitle: 'Sign In', email: '', requrl: '', ...values, fixtureLogins }, status);
  }
}

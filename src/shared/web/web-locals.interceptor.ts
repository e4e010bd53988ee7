import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import { NAV_BADGE_SOURCE, type NavBadgeSource } from './nav-badges.js';
import { setNavBadges, setWebLocals } from './web-locals.js';

/**
 * Gives every web page (controllers marked WebPages) the layout's data (user, navigation, CSRF
 * token, flash messages), and the navigation's badges on pages a signed-in user reads (GET).
 */
@Injectable()
export class WebLocalsInterceptor implements NestInterceptor {
  private badgeSource: NavBadgeSource | null | undefined;

  constructor(private readonly moduleRef: ModuleRef) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    setWebLocals(request, reply);
    const actor = request.actor;
    const source = this.source();
    if (request.method !== 'GET' || !source || !actor || actor.authMethod !== 'session' || actor.pendingStep) return next.handle();
    // A badge is a nicety: if it cannot be counted, the page renders without it.
    const badges = source.badgesFor(actor).catch(() => ({}));
    return from(badges).pipe(
      switchMap((counts) => {
        setNavBadges(reply, counts);
        return next.handle();
      }),
    );
  }

  /** The context that counts badges, if the application has one (found once, across modules). */
  private source(): NavBadgeSource | null {
    if (this.badgeSource === undefined) {
      try {
        this.badgeSource = this.moduleRef.get<NavBadgeSource>(NAV_BADGE_SOURCE, { strict: false });
      } catch {
        this.badgeSource = null;
      }
    }
    return this.badgeSource;
  }
}

import { Injectable } from '@nestjs/common';
import { isSysAdmin, type Actor } from '../../../shared/access/actor.js';
import type { NavBadgeSource } from '../../../shared/web/nav-badges.js';
import { AlertReadMarkQueries } from '../infrastructure/persistence/alert-read-marks.queries.js';

export interface ReadMarkResult {
  /** Alerts the caller received: marked. */
  readonly succeeded: number[];
  /** Alerts the caller did not receive: left alone. */
  readonly failed: number[];
}

/** Read and unread marks (workflows.md §7.4): always of the caller's own copies. */
@Injectable()
export class AlertReadMarksService implements NavBadgeSource {
  constructor(private readonly marks: AlertReadMarkQueries) {}

  async markRead(actor: Actor, alertIds: readonly number[]): Promise<ReadMarkResult> {
    return splitResult(alertIds, await this.marks.markRead(actor.userId, alertIds));
  }

  async markUnread(actor: Actor, alertIds: readonly number[]): Promise<ReadMarkResult> {
    return splitResult(alertIds, await this.marks.markUnread(actor.userId, alertIds));
  }

  markAllRead(actor: Actor): Promise<number> {
    return this.marks.markAllRead(actor.userId);
  }

  /** The caller's unread alerts, counted as their alert list shows them. */
  unreadCount(actor: Actor): Promise<number> {
    return this.marks.unreadCount(actor.userId, isSysAdmin(actor) ? null : actor.institutionId);
  }

  async badgesFor(actor: Actor): Promise<Record<string, number>> {
    return { '/alerts': await this.unreadCount(actor) };
  }
}

function splitResult(requested: readonly number[], marked: readonly number[]): ReadMarkResult {
  const done = new Set(marked);
  const unique = [...new Set(requested)];
  return { succeeded: unique.filter((id) => done.has(id)), failed: unique.filter((id) => !done.has(id)) };
}

import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { NotSupportedError } from '../../../shared/errors/domain-error.js';
import { assertValid } from '../../../shared/errors/validation-failed.error.js';
import { validateStandalonePremisEvent } from '../domain/premis-event.validation.js';
import { EVENT_FILE_EFFECTS, type EventFileEffects } from './event-file-effects.port.js';
import { PremisEventsFacade } from './premis-events.facade.js';
import type { NewPremisEvent, PremisEventRow } from './premis-event.record.js';

/** Standalone event creates of the admin API (sys admins; the access guard has checked that). */
@Injectable()
export class PremisEventWritesService {
  private fileEffects?: EventFileEffects;

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: PremisEventsFacade,
    private readonly moduleRef: ModuleRef,
  ) {}

  /** Looked up on first use, so that modules importing this one without the files context still start. */
  private effects(): EventFileEffects {
    this.fileEffects ??= this.moduleRef.get<EventFileEffects>(EVENT_FILE_EFFECTS, { strict: false });
    return this.fileEffects;
  }

  /**
   * Events are insert-only: a body with an id is refused (405). The event and its effect on its file
   * (a fixity check's date) commit together or not at all; the reference commits the event first.
   */
  async create(submittedId: number, event: NewPremisEvent): Promise<PremisEventRow> {
    if (submittedId !== 0) throw new NotSupportedError();
    assertValid(validateStandalonePremisEvent(event));
    return this.dataSource.transaction(async (manager) => {
      const [saved] = await this.events.insertEvents(manager, [event]);
      await this.effects().applyRecordedEvent(manager, event);
      return saved;
    });
  }
}

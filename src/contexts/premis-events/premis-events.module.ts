import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/index.js';
import { PremisEventWritesService } from './application/premis-event-writes.service.js';
import { PremisEventsFacade } from './application/premis-events.facade.js';
import { PremisEventsService } from './application/premis-events.service.js';
import { PremisEventsAdminController } from './http/admin/premis-events.admin.controller.js';
import { PremisEventsMemberController } from './http/member/premis-events.member.controller.js';
import { PremisEventsWebController } from './http/web/premis-events.web.controller.js';
import { PremisEventReadQueries } from './infrastructure/persistence/premis-event.read-queries.js';
import { PremisEventWriter } from './infrastructure/persistence/premis-event.writer.js';

@Module({
  imports: [InstitutionsModule],
  controllers: [PremisEventsMemberController, PremisEventsAdminController, PremisEventsWebController],
  providers: [PremisEventReadQueries, PremisEventWriter, PremisEventsService, PremisEventsFacade, PremisEventWritesService],
  exports: [PremisEventsService, PremisEventsFacade],
})
export class PremisEventsModule {}

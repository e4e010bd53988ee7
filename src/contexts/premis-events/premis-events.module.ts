import { Module } from '@nestjs/common';
import { PremisEventsService } from './application/premis-events.service.js';
import { PremisEventsMemberController } from './http/member/premis-events.member.controller.js';
import { PremisEventReadQueries } from './infrastructure/persistence/premis-event.read-queries.js';

@Module({
  controllers: [PremisEventsMemberController],
  providers: [PremisEventReadQueries, PremisEventsService],
  exports: [PremisEventsService],
})
export class PremisEventsModule {}

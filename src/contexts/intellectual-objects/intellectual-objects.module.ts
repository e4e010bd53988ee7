import { Module } from '@nestjs/common';
import { IntellectualObjectsService } from './application/intellectual-objects.service.js';
import { IntellectualObjectsMemberController } from './http/member/intellectual-objects.member.controller.js';
import { IntellectualObjectReadQueries } from './infrastructure/persistence/intellectual-object.read-queries.js';

@Module({
  controllers: [IntellectualObjectsMemberController],
  providers: [IntellectualObjectReadQueries, IntellectualObjectsService],
  exports: [IntellectualObjectsService],
})
export class IntellectualObjectsModule {}

import { Module } from '@nestjs/common';
import { IntellectualObjectWritesService } from './application/intellectual-object-writes.service.js';
import { IntellectualObjectsService } from './application/intellectual-objects.service.js';
import { IntellectualObjectsAdminController } from './http/admin/intellectual-objects.admin.controller.js';
import { IntellectualObjectsMemberController } from './http/member/intellectual-objects.member.controller.js';
import { IntellectualObjectReadQueries } from './infrastructure/persistence/intellectual-object.read-queries.js';
import { IntellectualObjectRepository } from './infrastructure/persistence/intellectual-object.repository.js';

@Module({
  controllers: [IntellectualObjectsMemberController, IntellectualObjectsAdminController],
  providers: [IntellectualObjectReadQueries, IntellectualObjectRepository, IntellectualObjectsService, IntellectualObjectWritesService],
  exports: [IntellectualObjectsService],
})
export class IntellectualObjectsModule {}

import { Module } from '@nestjs/common';
import { DeletionRequestsService } from './application/deletion-requests.service.js';
import { DeletionRequestsMemberController } from './http/member/deletion-requests.member.controller.js';
import { DeletionRequestReadQueries } from './infrastructure/persistence/deletion-request.read-queries.js';

@Module({
  controllers: [DeletionRequestsMemberController],
  providers: [DeletionRequestReadQueries, DeletionRequestsService],
  exports: [DeletionRequestsService],
})
export class DeletionRequestsModule {}

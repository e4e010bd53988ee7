import { Module } from '@nestjs/common';
import { InstitutionsService } from './application/institutions.service.js';
import { InstitutionsAdminController } from './http/admin/institutions.admin.controller.js';
import { InstitutionReadQueries } from './infrastructure/persistence/institution.read-queries.js';

@Module({
  controllers: [InstitutionsAdminController],
  providers: [InstitutionReadQueries, InstitutionsService],
  exports: [InstitutionsService],
})
export class InstitutionsModule {}

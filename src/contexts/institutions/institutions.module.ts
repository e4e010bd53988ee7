import { Module } from '@nestjs/common';
import { InstitutionWritesService } from './application/institution-writes.service.js';
import { InstitutionsService } from './application/institutions.service.js';
import { InstitutionsAdminController } from './http/admin/institutions.admin.controller.js';
import { InstitutionsWebController } from './http/web/institutions.web.controller.js';
import { InstitutionReadQueries } from './infrastructure/persistence/institution.read-queries.js';

@Module({
  controllers: [InstitutionsAdminController, InstitutionsWebController],
  providers: [InstitutionReadQueries, InstitutionsService, InstitutionWritesService],
  exports: [InstitutionsService],
})
export class InstitutionsModule {}

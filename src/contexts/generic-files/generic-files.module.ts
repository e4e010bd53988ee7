import { Module } from '@nestjs/common';
import { ChecksumsService } from './application/checksums.service.js';
import { GenericFileReader } from './application/generic-file.reader.js';
import { GenericFilesService } from './application/generic-files.service.js';
import { ChecksumsMemberController } from './http/member/checksums.member.controller.js';
import { GenericFilesMemberController } from './http/member/generic-files.member.controller.js';
import { ChecksumReadQueries } from './infrastructure/persistence/checksum.read-queries.js';
import { GenericFileReadQueries } from './infrastructure/persistence/generic-file.read-queries.js';

@Module({
  controllers: [GenericFilesMemberController, ChecksumsMemberController],
  providers: [GenericFileReadQueries, ChecksumReadQueries, GenericFilesService, ChecksumsService, GenericFileReader],
  exports: [GenericFilesService, ChecksumsService, GenericFileReader],
})
export class GenericFilesModule {}

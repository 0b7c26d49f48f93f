import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { HealthController } from './health.controller.js';

@Module({
  imports: [TerminusModule, TenancyModule],
  controllers: [HealthController],
})
export class HealthModule {}

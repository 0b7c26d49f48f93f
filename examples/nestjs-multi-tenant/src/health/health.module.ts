import { Module } from '@nestjs/common';
import { TenancyModule } from '../tenancy/tenancy.module.js';
import { HealthController } from './health.controller.js';

@Module({ imports: [TenancyModule], controllers: [HealthController] })
export class HealthModule {}

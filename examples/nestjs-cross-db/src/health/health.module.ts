import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller.js';
import { checkedConnections } from './health.providers.js';

@Module({
  imports: [TerminusModule],
  controllers: [HealthController],
  providers: [checkedConnections],
})
export class HealthModule {}

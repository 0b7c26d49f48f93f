import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { checkedConnections } from './health.providers.js';

@Module({ controllers: [HealthController], providers: [checkedConnections] })
export class HealthModule {}

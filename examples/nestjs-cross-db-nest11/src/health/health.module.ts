import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { checkedConnections } from './health.providers';

@Module({ controllers: [HealthController], providers: [checkedConnections] })
export class HealthModule {}

import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SECRET_DB_CONNECTION } from '../database/database.constants.js';
import { SecretEntity } from './secret.entity.js';

// Work outside any request: counts the secrets on a timer. NestJS does not
// wait for it when the app shuts down, so it stops itself.
@Injectable()
export class SecretCountJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(this.constructor.name);
  protected everyMs = 60_000;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private stopped = false;
  count?: number;

  constructor(
    @InjectRepository(SecretEntity, SECRET_DB_CONNECTION)
    private readonly secrets: Repository<SecretEntity>,
  ) {}

  onApplicationBootstrap(): void {
    this.scheduleNext();
  }

  // The first hook of the shutdown, long before the connections close: no
  // new run starts, and the one under way finishes.
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  // The next run is scheduled when one ends, so runs never overlap and
  // onModuleDestroy has only one to wait for.
  private scheduleNext(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.countSecrets().then(() => this.scheduleNext());
    }, this.everyMs);
  }

  private async countSecrets(): Promise<void> {
    try {
      this.count = await this.secrets.count();
    } catch (error) {
      const { name, message } = error as Error;
      this.logger.error(`${name}: ${message}`);
    }
  }
}

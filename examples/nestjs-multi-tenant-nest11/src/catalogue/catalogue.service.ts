// #region seed
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import fs from 'node:fs';
import path from 'node:path';
import { Repository } from 'typeorm';
import { isValidTenantId } from '../tenancy/tenant-id';
import { CATALOGUE_CONNECTION } from './catalogue.constants';
import { TenantEntity } from './tenant.entity';

@Injectable()
export class CatalogueService implements OnModuleInit {
  private readonly logger = new Logger(CatalogueService.name);

  constructor(
    @InjectRepository(TenantEntity, CATALOGUE_CONNECTION)
    private readonly tenants: Repository<TenantEntity>,
  ) {}

  findTenant(id: string): Promise<TenantEntity | null> {
    return this.tenants.findOneBy({ id });
  }

  // Adds the tenants listed in TENANTS_FILE (default tenants.json) that the
  // catalogue does not have yet. In a real deployment an admin tool writes
  // the catalogue; the file keeps the example self-contained.
  async onModuleInit() {
    const file = path.resolve(process.env.TENANTS_FILE ?? 'tenants.json');
    if (!fs.existsSync(file)) return;
    const listed = readTenantsFile(file);
    let added = 0;
    for (const tenant of listed) {
      if (await this.tenants.existsBy({ id: tenant.id })) continue;
      await this.tenants.insert(tenant);
      added++;
    }
    this.logger.log(
      `${listed.length} tenants in ${path.basename(file)}, ${added} added to the catalogue`,
    );
  }
}

function readTenantsFile(file: string): TenantEntity[] {
  const bad = (why: string) => new Error(`${file}: ${why}`);
  let listed: unknown;
  try {
    listed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw bad(`not JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(listed)) throw bad('expected an array of tenants');
  return listed.map((entry, index) => {
    const { id, name, databaseUrl } = (entry ?? {}) as Partial<TenantEntity>;
    if (typeof id !== 'string' || !isValidTenantId(id)) {
      throw bad(
        `tenant ${index + 1}: "id" must be 1 to 63 lowercase letters, digits and inner dashes`,
      );
    }
    if (typeof databaseUrl !== 'string' || !/^[a-z]+:/.test(databaseUrl)) {
      throw bad(
        `tenant "${id}": "databaseUrl" must be sqljs:<file>, postgres://..., mysql://... or mariadb://...`,
      );
    }
    return { id, name: typeof name === 'string' ? name : id, databaseUrl };
  });
}
// #endregion seed

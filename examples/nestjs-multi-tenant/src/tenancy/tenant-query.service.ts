import { Class, DeepPartial, QueryService } from '@ptc-org/nestjs-query-core';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { DataSource, ObjectLiteral } from 'typeorm';
import { TenantContext } from './tenant-context.js';

// #region tenant-query-service
// A nestjs-query service that stays a singleton and picks the current
// tenant's repository on every call. The generated resolvers only ever see
// this object, so they stay singletons too.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class TenantQueryService<Entity extends ObjectLiteral> {
  // One TypeOrmQueryService per open data source; a closed one is dropped
  // with its data source.
  private readonly services = new WeakMap<
    DataSource,
    TypeOrmQueryService<Entity>
  >();

  constructor(
    private readonly EntityClass: Class<Entity>,
    private readonly tenantContext: TenantContext,
  ) {}

  protected get service(): TypeOrmQueryService<Entity> {
    const { dataSource } = this.tenantContext.current();
    let service = this.services.get(dataSource);
    if (!service) {
      service = new TypeOrmQueryService(
        dataSource.getRepository(this.EntityClass),
      );
      this.services.set(dataSource, service);
    }
    return service;
  }
}
// #endregion tenant-query-service

// Every QueryService method, forwarded to the current tenant's service.
// `satisfies` and the check below make tsc fail when nestjs-query adds one.
const methods = [
  'query',
  'aggregate',
  'count',
  'findById',
  'getById',
  'queryRelations',
  'aggregateRelations',
  'countRelations',
  'findRelation',
  'addRelations',
  'setRelations',
  'setRelation',
  'removeRelations',
  'removeRelation',
  'createOne',
  'createMany',
  'updateOne',
  'updateMany',
  'deleteOne',
  'deleteMany',
] as const satisfies readonly (keyof QueryService<object>)[];
type Missing = Exclude<keyof QueryService<object>, (typeof methods)[number]>;
const allForwarded: [Missing] extends [never] ? true : Missing = true;
void allForwarded;

for (const method of methods) {
  Object.defineProperty(TenantQueryService.prototype, method, {
    value(
      this: { service: Record<string, (...args: unknown[]) => unknown> },
      ...args: unknown[]
    ) {
      return this.service[method](...args);
    },
  });
}

// Tells TypeScript that the methods defined above exist: the merge is the
// point here, and the interface adds no members of its own.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface TenantQueryService<
  Entity extends ObjectLiteral,
> extends QueryService<Entity, DeepPartial<Entity>, DeepPartial<Entity>> {}

// #region tenant-query-service
import {
  AggregateOptions,
  AggregateQuery,
  AggregateResponse,
  Class,
  CountOptions,
  DeepPartial,
  DeleteManyOptions,
  DeleteManyResponse,
  DeleteOneOptions,
  Filter,
  FindByIdOptions,
  FindRelationOptions,
  GetByIdOptions,
  ModifyRelationOptions,
  Query,
  QueryOptions,
  QueryRelationsOptions,
  QueryService,
  UpdateManyResponse,
  UpdateOneOptions,
} from '@ptc-org/nestjs-query-core';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { DataSource, ObjectLiteral } from 'typeorm';
import { TenantContext } from './tenant-context';

// A nestjs-query service that stays a singleton and picks the current
// tenant's repository on every call. The generated resolvers only ever see
// this object, so they stay singletons too. `implements` makes tsc list any
// method a new nestjs-query version adds.
export class TenantQueryService<
  Entity extends ObjectLiteral,
> implements QueryService<Entity, DeepPartial<Entity>, DeepPartial<Entity>> {
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

  // #region current-tenant-service
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
  // #endregion current-tenant-service

  // Every QueryService method, handed to the current tenant's service.
  query(query: Query<Entity>, opts?: QueryOptions<Entity>) {
    return this.service.query(query, opts);
  }

  aggregate(
    filter: Filter<Entity>,
    aggregate: AggregateQuery<Entity>,
    opts?: AggregateOptions,
  ) {
    return this.service.aggregate(filter, aggregate, opts);
  }

  count(filter: Filter<Entity>, opts?: CountOptions) {
    return this.service.count(filter, opts);
  }

  findById(id: string | number, opts?: FindByIdOptions<Entity>) {
    return this.service.findById(id, opts);
  }

  getById(id: string | number, opts?: GetByIdOptions<Entity>) {
    return this.service.getById(id, opts);
  }

  createOne(item: DeepPartial<Entity>) {
    return this.service.createOne(item);
  }

  createMany(items: DeepPartial<Entity>[]) {
    return this.service.createMany(items);
  }

  updateOne(
    id: string | number,
    update: DeepPartial<Entity>,
    opts?: UpdateOneOptions<Entity>,
  ) {
    return this.service.updateOne(id, update, opts);
  }

  updateMany(
    update: DeepPartial<Entity>,
    filter: Filter<Entity>,
  ): Promise<UpdateManyResponse> {
    return this.service.updateMany(update, filter);
  }

  deleteOne(id: string | number, opts?: DeleteOneOptions<Entity>) {
    return this.service.deleteOne(id, opts);
  }

  deleteMany(
    filter: Filter<Entity>,
    opts?: DeleteManyOptions<Entity>,
  ): Promise<DeleteManyResponse> {
    return this.service.deleteMany(filter, opts);
  }

  // The relation reads take one entity or a batch of them (DataLoader).
  queryRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity,
    query: Query<R>,
    opts?: QueryRelationsOptions,
  ): Promise<R[]>;
  queryRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dtos: Entity[],
    query: Query<R>,
    opts?: QueryRelationsOptions,
  ): Promise<Map<Entity, R[]>>;
  queryRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity | Entity[],
    query: Query<R>,
    opts?: QueryRelationsOptions,
  ) {
    return Array.isArray(dto)
      ? this.service.queryRelations(
          RelationClass,
          relationName,
          dto,
          query,
          opts,
        )
      : this.service.queryRelations(
          RelationClass,
          relationName,
          dto,
          query,
          opts,
        );
  }

  aggregateRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity,
    filter: Filter<R>,
    aggregate: AggregateQuery<R>,
  ): Promise<AggregateResponse<R>[]>;
  aggregateRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dtos: Entity[],
    filter: Filter<R>,
    aggregate: AggregateQuery<R>,
  ): Promise<Map<Entity, AggregateResponse<R>[]>>;
  aggregateRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity | Entity[],
    filter: Filter<R>,
    aggregate: AggregateQuery<R>,
  ) {
    return Array.isArray(dto)
      ? this.service.aggregateRelations(
          RelationClass,
          relationName,
          dto,
          filter,
          aggregate,
        )
      : this.service.aggregateRelations(
          RelationClass,
          relationName,
          dto,
          filter,
          aggregate,
        );
  }

  countRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity,
    filter: Filter<R>,
    opts?: QueryRelationsOptions,
  ): Promise<number>;
  countRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dtos: Entity[],
    filter: Filter<R>,
    opts?: QueryRelationsOptions,
  ): Promise<Map<Entity, number>>;
  countRelations<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity | Entity[],
    filter: Filter<R>,
    opts?: QueryRelationsOptions,
  ) {
    return Array.isArray(dto)
      ? this.service.countRelations(
          RelationClass,
          relationName,
          dto,
          filter,
          opts,
        )
      : this.service.countRelations(
          RelationClass,
          relationName,
          dto,
          filter,
          opts,
        );
  }

  findRelation<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity,
    opts?: FindRelationOptions<R>,
  ): Promise<R | undefined>;
  findRelation<R>(
    RelationClass: Class<R>,
    relationName: string,
    dtos: Entity[],
    opts?: FindRelationOptions<R>,
  ): Promise<Map<Entity, R | undefined>>;
  findRelation<R>(
    RelationClass: Class<R>,
    relationName: string,
    dto: Entity | Entity[],
    opts?: FindRelationOptions<R>,
  ) {
    return Array.isArray(dto)
      ? this.service.findRelation(RelationClass, relationName, dto, opts)
      : this.service.findRelation(RelationClass, relationName, dto, opts);
  }

  addRelations<R>(
    relationName: string,
    id: string | number,
    relationIds: (string | number)[],
    opts?: ModifyRelationOptions<Entity, R>,
  ) {
    return this.service.addRelations(relationName, id, relationIds, opts);
  }

  setRelations<R>(
    relationName: string,
    id: string | number,
    relationIds: (string | number)[],
    opts?: ModifyRelationOptions<Entity, R>,
  ) {
    return this.service.setRelations(relationName, id, relationIds, opts);
  }

  setRelation<R>(
    relationName: string,
    id: string | number,
    relationId: string | number,
    opts?: ModifyRelationOptions<Entity, R>,
  ) {
    return this.service.setRelation(relationName, id, relationId, opts);
  }

  removeRelations<R>(
    relationName: string,
    id: string | number,
    relationIds: (string | number)[],
    opts?: ModifyRelationOptions<Entity, R>,
  ) {
    return this.service.removeRelations(relationName, id, relationIds, opts);
  }

  removeRelation<R>(
    relationName: string,
    id: string | number,
    relationId: string | number,
    opts?: ModifyRelationOptions<Entity, R>,
  ) {
    return this.service.removeRelation(relationName, id, relationId, opts);
  }
}
// #endregion tenant-query-service

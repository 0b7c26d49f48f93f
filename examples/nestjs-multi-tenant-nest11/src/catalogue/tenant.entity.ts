import { Column, Entity, PrimaryColumn } from 'typeorm';

// One row per tenant in the catalogue database: where its data lives.
@Entity('tenants')
export class TenantEntity {
  @PrimaryColumn({ length: 63 })
  id: string;

  @Column({ length: 200 })
  name: string;

  // sqljs:<file>, postgres://..., mysql://... or mariadb://...
  @Column({ name: 'database_url', length: 500 })
  databaseUrl: string;
}

import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectEntityManager } from '@nestjs/typeorm';
import { TypeOrmQueryService } from '@ptc-org/nestjs-query-typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ArtistEntity } from '../artist/artist.entity';
import { SECRET_DB_CONNECTION } from '../database/database.constants';
import {
  describeError,
  isConstraintViolation,
  isDataError,
  isUniqueViolation,
} from '../database/database-errors';
import { SecretEntity } from './secret.entity';
import { AddSecretsInput } from './secret.input';

@Injectable()
export class SecretBatchService {
  // #region inject-connections
  constructor(
    // The secret connection itself, to open transactions on it.
    @InjectDataSource(SECRET_DB_CONNECTION)
    private readonly secretDataSource: DataSource,
    // No name: the default (music) connection's EntityManager.
    @InjectEntityManager()
    private readonly music: EntityManager,
  ) {}
  // #endregion inject-connections

  // #region transaction
  /** Writes every secret of the input, or none of them. */
  async addSecrets(input: AddSecretsInput): Promise<SecretEntity[]> {
    // The artist lives in the other database: no foreign key checks it.
    if (!(await this.music.existsBy(ArtistEntity, { id: input.artistId }))) {
      throw new BadRequestException(
        `Artist ${input.artistId} does not exist: no secret was written.`,
      );
    }
    try {
      // #region transaction-manager
      return await this.secretDataSource.transaction(async (manager) => {
        // A query service over the transaction's EntityManager: whatever it
        // writes commits or rolls back with the transaction.
        const secrets = new TypeOrmQueryService(
          manager.getRepository(SecretEntity),
        );
        return await secrets.createMany(
          input.secrets.map((s) => ({ ...s, artistId: input.artistId })),
        );
      });
      // #endregion transaction-manager
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new BadRequestException(
          `Artist ${input.artistId} would have two secrets of the same name ` +
            `(${describeError(error)}): no secret was written.`,
        );
      }
      if (isConstraintViolation(error) || isDataError(error)) {
        throw new BadRequestException(
          `The secret database refused the secrets of artist ${input.artistId} ` +
            `(${describeError(error)}): no secret was written.`,
        );
      }
      throw error; // not the data's fault: an internal error
    }
  }
  // #endregion transaction
}

import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { SecretBatchService } from './secret-batch.service.js';
import { SecretDTO } from './secret.dto.js';
import { AddSecretsInput } from './secret.input.js';

@Resolver(() => SecretDTO)
export class SecretResolver {
  constructor(private readonly batches: SecretBatchService) {}

  // #region add-secrets-mutation
  @Mutation(() => [SecretDTO], {
    description: 'Adds several secrets to one artist: all of them or none.',
  })
  addSecrets(@Args('input') input: AddSecretsInput) {
    return this.batches.addSecrets(input);
  }
  // #endregion add-secrets-mutation
}

// Expected output of the examples that run the shared "music-secret" suite (their handbook.json
// lists it under "suites"): the messages a reader sees for each mistake, and the guide page that
// quotes them. Which examples run is decided by their handbook.json files, not here; an example
// listing the suite without an entry below fails with a message saying so.
//
// Each mistake is a small program in examples/<name>/mistakes/<mistake>.ts that starts the
// example's modules with that one thing wrong. In the expected messages, {port} stands for the
// port of the closed server the test picks.
import {listExamples} from '../../../tools/examples.mjs';
import type {Example} from '../../../src/lib/exampleDescription';

export type MistakeId =
  | 'name-inside-factory'
  | 'forfeature-without-name'
  | 'inject-without-name'
  | 'entity-not-listed'
  | 'no-primary-column'
  | 'plain-nest-module'
  | 'two-unnamed-connections';

export interface MusicSecretExpectations {
  /** the guide page (from the repository root) whose troubleshooting section quotes the messages */
  guide: string;
  /**
   * Lines the reader sees for each mistake (examples/<name>/mistakes/<mistake>.ts). A line may
   * leave out a mistake that its versions do not fail on.
   */
  mistakes: Partial<Record<MistakeId, string[]>>;
  /** text that must not show up in a mistake's output (a warning that this line or that form never gives) */
  silent: Partial<Record<MistakeId, string[]>>;
  /** lines printed when the music (default) or the secret server refuses the connection */
  serverDown: {music: string[]; secret: string[]};
  /** what the guide says about the installed @nestjs/typeorm (tests/examples/nestjs-typeorm-facts.spec.ts) */
  facts: {nestTypeormVersion: string; connectionToken: string; retryAttempts: number};
  /**
   * How Node runs one of the example's TypeScript programs (mistakes/*.ts) as the example runs its
   * own: the flags before the file name.
   */
  typescriptLoader: string[];
}

export const mistakeTitles: Record<MistakeId, string> = {
  'name-inside-factory': 'the connection name is inside the useFactory result instead of on forRootAsync',
  'forfeature-without-name': 'NestjsQueryTypeOrmModule.forFeature is called without the connection name',
  'inject-without-name': '@InjectRepository is used without the connection name',
  'entity-not-listed': "the entity is missing from its connection's entities list",
  'no-primary-column': "the entity has no primary column (the original guide's SecretEntity)",
  'plain-nest-module': "the feature module is a plain @Module with the resolver as a provider (the original guide's shape)",
  'two-unnamed-connections': 'two TypeOrmModule.forRoot connections without a name',
};

// Both release lines print the same when a server is down (the example's own message, and
// @nestjs/typeorm's retry line).
const serverDown: MusicSecretExpectations['serverDown'] = {
  music: [
    'Unable to connect to the database. Retrying (1)...',
    'Cannot open the "default" connection (postgres, postgres://127.0.0.1:{port}/music). connect ECONNREFUSED 127.0.0.1:{port}',
  ],
  secret: [
    'Unable to connect to the database (secret). Retrying (1)...',
    'Cannot open the "secret" connection (mariadb, mariadb://127.0.0.1:{port}/secret). connect ECONNREFUSED 127.0.0.1:{port}',
  ],
};

// @nestjs/typeorm 11.0.3 and 12 log this (dist/data-source-name.registry.js) when a second forRoot has
// the same name as an earlier one, "default" for no name; 11.0.2 threw DuplicateDataSourceException
// with nearly the same text. In 11.0.3 forRootAsync only records named connections, so it never
// warns; in 12 it records "default" for no name too.
const duplicateDefaultWarning =
  'WARN [DataSourceNameRegistry] A data source with the default name is already registered. Multiple data sources must be registered with unique names; otherwise, they will override each other. Please assign a unique "name" property to each TypeOrmModule.forRoot()/forRootAsync() registration.';
export const anyDuplicateWarning = 'name is already registered';

// NestJS 11 and 12 print the same for each mistake; 12 also warns before one of them.
const nestMistakes: Record<MistakeId, string[]> = {
  'name-inside-factory': [
    `Nest can't resolve dependencies of the secret_SecretEntityRepository (?). Please make sure that the argument "secretDataSource" at index [0] is available in the TypeOrmModule module.`,
  ],
  'forfeature-without-name': [
    `Nest can't resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument "secret_SecretEntityRepository" at index [0] is available in the NestjsQueryGraphQLModule module.`,
  ],
  'inject-without-name': [
    `Nest can't resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument "SecretEntityRepository" at index [0] is available in the NestjsQueryGraphQLModule module.`,
  ],
  'entity-not-listed': ['EntityMetadataNotFoundError: No metadata for "SecretEntity" was found.'],
  'no-primary-column': [
    'Cannot open the "secret" connection (sqljs, in memory). MissingPrimaryColumnError: Entity "SecretEntity" does not have a primary column. Primary column is required to have in all your entities. Use @PrimaryColumn decorator to add a primary column to your entity.',
  ],
  'plain-nest-module': [
    `Nest can't resolve dependencies of the SecretDTOAuthorizerInterceptor (?). Please make sure that the argument "SecretDTOAuthorizer" at index [0] is available in the SecretModule module.`,
  ],
  'two-unnamed-connections': [
    duplicateDefaultWarning,
    `Nest can't resolve dependencies of the secret_SecretEntityRepository (?). Please make sure that the argument "secretDataSource" at index [0] is available in the TypeOrmModule module.`,
  ],
};

const expected: Record<string, MusicSecretExpectations> = {
  // NestJS 12 + @nestjs/typeorm 12 + TypeORM 1: forRootAsync without a name registers "default" too.
  'nestjs-multi-db': {
    guide: 'docs/nestjs-query/multiple-databases.mdx',
    mistakes: {...nestMistakes, 'name-inside-factory': [duplicateDefaultWarning, ...nestMistakes['name-inside-factory']]},
    silent: {},
    facts: {nestTypeormVersion: '12.0.2', connectionToken: 'secretDataSource', retryAttempts: 10},
    // An ES module project: @swc-node/register compiles with the decorator metadata Nest reads.
    typescriptLoader: ['--import', '@swc-node/register/esm-register'],
    serverDown,
  },
  // NestJS 11 + @nestjs/typeorm 11.0.3 + TypeORM 0.3, Jest and ts-node.
  'nestjs-multi-db-nest11': {
    guide: 'nestjs-query_versioned_docs/version-9.x-nest11/multiple-databases.mdx',
    mistakes: nestMistakes,
    silent: {'name-inside-factory': [anyDuplicateWarning]},
    facts: {nestTypeormVersion: '11.0.3', connectionToken: 'secretDataSource', retryAttempts: 9},
    typescriptLoader: ['-r', 'ts-node/register/transpile-only'],
    serverDown,
  },
  // The same app on the 0.30 line: NestJS 8 quotes no token names and says "context", and
  // TypeORM 0.2 reports an unlisted entity as a missing repository.
  'nestjs-multi-db-legacy': {
    guide: 'nestjs-query_versioned_docs/version-0.30.x/multiple-databases.mdx',
    mistakes: {
      'name-inside-factory': [
        `Nest can't resolve dependencies of the secret_SecretEntityRepository (?). Please make sure that the argument secretConnection at index [0] is available in the TypeOrmModule context.`,
      ],
      'forfeature-without-name': [
        `Nest can't resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument secret_SecretEntityRepository at index [0] is available in the NestjsQueryGraphQLModule context.`,
      ],
      'inject-without-name': [
        `Nest can't resolve dependencies of the SecretDatabaseService (?). Please make sure that the argument SecretEntityRepository at index [0] is available in the NestjsQueryGraphQLModule context.`,
      ],
      'entity-not-listed': [
        'RepositoryNotFoundError: No repository for "SecretEntity" was found. Looks like this entity is not registered in current "secret" connection?',
      ],
      'no-primary-column': [
        'Cannot open the "secret" connection (sqljs, in memory). MissingPrimaryColumnError: Entity "SecretEntity" does not have a primary column. Primary column is required to have in all your entities. Use @PrimaryColumn decorator to add a primary column to your entity.',
      ],
      'plain-nest-module': [
        `Nest can't resolve dependencies of the SecretDTOAuthorizerInterceptor (?). Please make sure that the argument SecretDTOAuthorizer at index [0] is available in the SecretModule context.`,
      ],
      'two-unnamed-connections': [
        `Nest can't resolve dependencies of the secret_SecretEntityRepository (?). Please make sure that the argument secretConnection at index [0] is available in the TypeOrmModule context.`,
      ],
    },
    // @nestjs/typeorm 8.0 has no registry of names: no warning for either form.
    silent: {'name-inside-factory': [anyDuplicateWarning], 'two-unnamed-connections': [anyDuplicateWarning]},
    facts: {nestTypeormVersion: '8.0.5', connectionToken: 'secretConnection', retryAttempts: 9},
    typescriptLoader: ['-r', 'ts-node/register/transpile-only'],
    serverDown,
  },
};

export interface MusicSecretExample extends Example, MusicSecretExpectations {}

/** The examples whose handbook.json lists the "music-secret" suite, with what they must print. */
export const musicSecretExamples: MusicSecretExample[] = listExamples()
  .filter((example) => example.description.suites?.includes('music-secret'))
  .map((example) => {
    const expectations = expected[example.name];
    if (!expectations) {
      throw new Error(
        `examples/${example.name}/handbook.json lists the "music-secret" suite, but tests/examples/support/nestjs-examples.ts has no expected messages for it`,
      );
    }
    return {...example, ...expectations};
  });

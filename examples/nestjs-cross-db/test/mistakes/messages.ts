// What each program in this folder prints: checked by test/mistakes.e2e-spec.ts
// here, and against the guides' troubleshooting sections by the handbook.
export const mistakeMessages: Record<string, { exitCode: number; lines: string[] }> = {
  'factory-inject-name': {
    exitCode: 1,
    lines: [
      `Nest can't resolve dependencies of the CHECKED_CONNECTIONS (DataSource, ?). Please make sure that the argument "secret" at index [1] is available in the HealthModule module.`,
    ],
  },
  'use-existing-not-imported': {
    exitCode: 1,
    lines: [
      `Nest can't resolve dependencies of the TypeOrmModuleOptions (?). Please make sure that the argument DatabaseOptions at index [0] is available in the TypeOrmCoreModule module.`,
    ],
  },
  'options-without-name': {
    exitCode: 1,
    lines: ['STARTED', 'Nest could not find DataSource element (this provider does not exist in the current context)'],
  },
  'forfeature-without-name': {
    exitCode: 1,
    lines: ['EntityMetadataNotFoundError: No metadata for "ReceivedMessageEntity" was found.'],
  },
};

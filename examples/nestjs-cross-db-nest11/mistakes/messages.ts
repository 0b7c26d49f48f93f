// What each program in this folder prints: checked by test/mistakes.e2e-spec.ts
// here, and against the guides' troubleshooting sections by the handbook.
interface Expected {
  exitCode: number;
  /** the lines the troubleshooting section quotes */
  quoted: string[];
  /** printed as well, to show how far the program got */
  alsoPrinted?: string[];
}

export const mistakeMessages: Record<string, Expected> = {
  'factory-inject-name': {
    exitCode: 1,
    quoted: [
      `Nest can't resolve dependencies of the CHECKED_CONNECTIONS (DataSource, ?). Please make sure that the argument "secret" at index [1] is available in the HealthModule module.`,
    ],
  },
  'use-existing-not-imported': {
    exitCode: 1,
    quoted: [
      `Nest can't resolve dependencies of the TypeOrmModuleOptions (?). Please make sure that the argument DatabaseOptions at index [0] is available in the TypeOrmCoreModule module.`,
    ],
  },
  'options-without-name': {
    exitCode: 1,
    alsoPrinted: ['STARTED'],
    quoted: [
      'Nest could not find DataSource element (this provider does not exist in the current context)',
    ],
  },
  'factory-without-name': {
    exitCode: 1,
    alsoPrinted: ['STARTED'],
    quoted: [
      'Nest could not find DataSource element (this provider does not exist in the current context)',
    ],
  },
  'forfeature-without-name': {
    exitCode: 1,
    quoted: [
      'EntityMetadataNotFoundError: No metadata for "ReceivedMessageEntity" was found.',
    ],
    alsoPrinted: ['ReceivedMessageEntity is on the default connection: true'],
  },
};

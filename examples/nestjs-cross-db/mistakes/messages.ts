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
  // @nestjs/typeorm 12 puts forRootAsync's name into the options and closes
  // the connection by that name: leaving it out of the options is no mistake.
  'options-without-name': {
    exitCode: 0,
    quoted: [],
    alsoPrinted: ['STARTED', 'CLOSED'],
  },
  'factory-without-name': {
    exitCode: 0,
    quoted: [],
    alsoPrinted: ['STARTED', 'CLOSED'],
  },
  'forfeature-without-name': {
    exitCode: 1,
    quoted: [
      'EntityMetadataNotFoundError: No metadata for "ReceivedMessageEntity" was found.',
    ],
    alsoPrinted: ['ReceivedMessageEntity is on the default connection: true'],
  },
};

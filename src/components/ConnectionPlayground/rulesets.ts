// One ruleset per ORM. The NestJS one reads its variable names from the example's own files
// (imported as text at build time), so renaming a variable there renames it here.
import {eloquentRuleset} from '@site/src/lib/eloquent/ruleset';
import {connectionKeys} from '@site/src/lib/nestjsConnections';
import {nestjsRuleset} from '@site/src/lib/nestjsRuleset';
import type {RulesetId} from '@site/src/lib/playgroundPresets';
import type {Ruleset} from '@site/src/lib/playgroundRuleset';
import databaseConfig from '@site/examples/nestjs-multi-db/src/database/database.config.ts?raw';
import databaseConstants from '@site/examples/nestjs-multi-db/src/database/database.constants.ts?raw';

export const RULESETS: Record<RulesetId, Ruleset> = {
  eloquent: eloquentRuleset,
  nestjs: nestjsRuleset(connectionKeys(databaseConfig, databaseConstants)),
};

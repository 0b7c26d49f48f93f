// What the page takes from the examples at build time (imported as text), so it cannot drift from
// the guides: each preset's `.env`, and the variable names the NestJS ruleset reads.
import eloquent11 from '@site/examples/eloquent-multi-connection/.env.example?raw';
import eloquent10 from '@site/examples/eloquent-multi-connection-1.0/.env.example?raw';
import nestjs from '@site/examples/nestjs-multi-db/.env.example?raw';
import databaseConfig from '@site/examples/nestjs-multi-db/src/database/database.config.ts?raw';
import databaseConstants from '@site/examples/nestjs-multi-db/src/database/database.constants.ts?raw';
import {stripRegionMarkers} from '@site/src/lib/regions';
import {eloquentRuleset} from './eloquent/ruleset';
import {connectionKeys} from './nestjs/connections';
import {nestjsRuleset} from './nestjs/ruleset';
import type {PresetId, RulesetId} from './presets';
import type {Ruleset} from './ruleset';

/** One ruleset per ORM, behind the one interface. */
export const RULESETS: Record<RulesetId, Ruleset> = {
  eloquent: eloquentRuleset,
  nestjs: nestjsRuleset(connectionKeys(databaseConfig, databaseConstants)),
};

export const PRESET_ENV: Record<PresetId, string> = {
  'eloquent-1.1': `${stripRegionMarkers(eloquent11)}\n`,
  'eloquent-1.0': `${stripRegionMarkers(eloquent10)}\n`,
  'nestjs-music-secret': `${stripRegionMarkers(nestjs)}\n`,
};

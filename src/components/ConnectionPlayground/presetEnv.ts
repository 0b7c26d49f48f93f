// Each preset's `.env`, taken from its example at build time so it cannot drift from the guide.
import eloquent11 from '@site/examples/eloquent-multi-connection/.env.example?raw';
import eloquent10 from '@site/examples/eloquent-multi-connection-1.0/.env.example?raw';
import nestjs from '@site/examples/nestjs-multi-db/.env.example?raw';
import type {PresetId} from '@site/src/lib/playgroundPresets';
import {stripRegionMarkers} from '@site/src/lib/regions';

export const PRESET_ENV: Record<PresetId, string> = {
  'eloquent-1.1': `${stripRegionMarkers(eloquent11)}\n`,
  'eloquent-1.0': `${stripRegionMarkers(eloquent10)}\n`,
  'nestjs-music-secret': `${stripRegionMarkers(nestjs)}\n`,
};

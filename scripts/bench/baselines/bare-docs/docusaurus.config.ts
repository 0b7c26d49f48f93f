// A plain Docusaurus docs site, the benchmark's baseline: the same version, preset and `future`
// flags as the handbook (read from its config), one docs page and nothing else. The benchmark
// builds a copy of this folder in bench/work/baselines/bare-docs, at the same depth as here.
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import site from '../../../../docusaurus.config';

const config: Config = {
  title: 'Bare docs',
  url: 'https://bare.example',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  future: site.future,
  presets: [['classic', {docs: {}, blog: false} satisfies Preset.Options]],
};

export default config;

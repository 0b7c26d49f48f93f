// `docusaurus build` of a copy of the working tree, cold (no .docusaurus, no cache) then warm
// (the same again), next to the bare docs site's; median of the rounds.
import {median, round1} from '../stats.mjs';

export default {
  id: 'builds',
  title: 'Builds (site copy and bare site, cold then warm)',
  async run(ctx) {
    const times = ctx.site.measureBuilds(ctx.quick ? 1 : 2);
    const list = (xs) => xs.map((x) => x.toFixed(1)).join(' / ');
    ctx.log(`site: cold ${list(times.siteCold)} s, warm ${list(times.siteWarm)} s; bare: cold ${list(times.bareCold)} s, warm ${list(times.bareWarm)} s`);
    const {guides} = await ctx.site.ready();
    ctx.log(`guide pages: ${guides.join(', ')}`);
    const figures = {
      buildColdS: round1(median(times.siteCold)),
      buildWarmS: round1(median(times.siteWarm)),
      bareBuildColdS: round1(median(times.bareCold)),
      bareBuildWarmS: round1(median(times.bareWarm)),
      guidePageCount: guides.length,
    };
    return {
      figures,
      rows: [
        {metric: 'build, cold (s)', value: figures.buildColdS, bare: figures.bareBuildColdS},
        {metric: 'build, warm (s)', value: figures.buildWarmS, bare: figures.bareBuildWarmS},
      ],
    };
  },
};

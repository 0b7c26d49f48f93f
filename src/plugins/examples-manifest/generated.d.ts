// Modules written by the examples-manifest plugin into .docusaurus/ at build time.
declare module '@generated/examples-manifest/default/summaries.json' {
  import type {ExampleSummary} from '@site/src/plugins/examples-manifest';

  const summaries: Record<string, ExampleSummary | undefined>;
  export default summaries;
}

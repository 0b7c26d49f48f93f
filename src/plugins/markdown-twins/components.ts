// What each MDX element of a page becomes in its Markdown twin. Snippet and SnippetDiff are
// already code blocks by then (the site's own remark plugins ran first); everything else a page
// may use is turned into plain Markdown here, and anything unknown stops the build.
import fs from 'node:fs';
import path from 'node:path';
import {type MdxNode, stringAttribute} from '../example-regions';
import {parseExampleDescription} from '../../lib/exampleDescription';
import {downloadPath} from '../examples-manifest/paths';

export interface PageContext {
  /** The page's source file, for error messages. */
  page: string;
  /** Absolute URL of the live page (launcher and playground lines link to it). */
  liveUrl: string;
  /** The site's examples/ folder (each example's handbook.json names it). */
  examplesDir: string;
  getCode: GetCode;
}

export interface GetCode {
  /** The site's address with its base path, without the trailing slash: the zips are below it. */
  siteUrl: string;
  /** The examples folder in the handbook's repository. */
  repositoryExamplesUrl: string;
}

export class TwinError extends Error {}

const text = (value: string): MdxNode => ({type: 'text', value});
const inlineCode = (value: string): MdxNode => ({type: 'inlineCode', value});
const strong = (value: string): MdxNode => ({type: 'strong', children: [text(value)]});
const link = (url: string, label: string): MdxNode => ({type: 'link', url, children: [text(label)]});
const paragraph = (...children: MdxNode[]): MdxNode => ({type: 'paragraph', children});

function required(element: MdxNode, name: string, ctx: PageContext): string {
  const value = stringAttribute(element, name);
  if (!value) throw new TwinError(`[markdown-twins] ${ctx.page}: <${element.name}> needs a "${name}" attribute`);
  return value;
}

/** The sandbox launcher: where to get the example and how to run it locally, and where the sandbox is. */
function launcher(element: MdxNode, ctx: PageContext): MdxNode[] {
  const example = required(element, 'example', ctx);
  const descriptionFile = path.join(ctx.examplesDir, example, 'handbook.json');
  const title = fs.existsSync(descriptionFile) ? ` (${parseExampleDescription(fs.readFileSync(descriptionFile, 'utf8'), descriptionFile).title})` : '';
  return [
    paragraph(
      strong('Run it locally:'),
      text(` examples/${example}${title}: download `),
      link(`${ctx.getCode.siteUrl}/${downloadPath(example)}`, `${example}.zip`),
      text(' (or take '),
      link(`${ctx.getCode.repositoryExamplesUrl}/${example}`, `examples/${example}`),
      text(" from the handbook's repository), then in its folder "),
      inlineCode('npm install && npm start'),
      text(', its tests: '),
      inlineCode('npm test'),
      text('. The '),
      link(ctx.liveUrl, 'live page'),
      text(' opens it in a StackBlitz sandbox.'),
    ),
  ];
}

/** The in-page playground only exists in the browser: say so and link to it. */
function playground(element: MdxNode, ctx: PageContext): MdxNode[] {
  const preset = required(element, 'preset', ctx);
  return [
    paragraph(
      strong('Interactive playground:'),
      text(' the '),
      link(ctx.liveUrl, 'live page'),
      text(' runs these connection rules in the browser on sql.js (preset '),
      inlineCode(preset),
      text(').'),
    ),
  ];
}

/** Tabs are flattened: every tab's content in order, each under its label. */
function tabs(element: MdxNode, ctx: PageContext): MdxNode[] {
  return (element.children ?? []).flatMap((child) => {
    if (isElement(child) && child.name === 'TabItem') {
      const label = stringAttribute(child, 'label') ?? required(child, 'value', ctx);
      return [paragraph(strong(`${label}:`)), ...(child.children ?? [])];
    }
    return [child];
  });
}

/** `:::tip[Title]` admonitions become a quote that starts with their kind and title. */
function admonition(node: MdxNode): MdxNode[] {
  const children = node.children ?? [];
  const labelNode = children.find((c) => (c.data as {directiveLabel?: boolean} | undefined)?.directiveLabel);
  const kind = String(node.name);
  const heading = `${kind[0].toUpperCase()}${kind.slice(1)}`;
  const title = labelNode ? plainText(labelNode) : '';
  const body = children.filter((c) => c !== labelNode);
  return [{type: 'blockquote', children: [paragraph(strong(title ? `${heading}: ${title}` : heading)), ...body]}];
}

const ADMONITIONS = new Set(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'secondary']);

const COMPONENTS: Record<string, (element: MdxNode, ctx: PageContext) => MdxNode[]> = {
  // The old id of a section that moved (beside the link to its new place): nothing to read.
  span: (element) => element.children ?? [],
  StackBlitzLauncher: launcher,
  ConnectionPlayground: playground,
  Tabs: tabs,
};

/** The components a page may use, for the error message. */
export const knownComponents = ['Snippet', 'SnippetDiff', ...Object.keys(COMPONENTS), 'TabItem (inside Tabs)'];

function isElement(node: MdxNode): boolean {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

function plainText(node: MdxNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

/** Rewrite `node`'s children (recursively) into plain Markdown nodes. */
export function toPlainMarkdown(node: MdxNode, ctx: PageContext): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => convert(child, ctx));
}

function convert(node: MdxNode, ctx: PageContext): MdxNode[] {
  let replaced: MdxNode[];
  if (node.type === 'mdxjsEsm') return [];
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
    // `{/* comments */}` vanish on the page too; any other expression has no Markdown form.
    if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(String(node.value))) return [];
    throw new TwinError(`[markdown-twins] ${ctx.page}: the expression {${String(node.value).trim()}} cannot be turned into Markdown`);
  }
  if (isElement(node)) {
    const toMarkdown = COMPONENTS[String(node.name)];
    if (!toMarkdown) {
      throw new TwinError(`[markdown-twins] ${ctx.page}: <${node.name ?? ''}> cannot be turned into Markdown (a page may use ${knownComponents.join(', ')})`);
    }
    replaced = toMarkdown(node, ctx);
  } else if (node.type === 'containerDirective' && ADMONITIONS.has(String(node.name))) {
    replaced = admonition(node);
  } else if (node.type === 'textDirective' || node.type === 'leafDirective') {
    // Not a directive to Docusaurus either (e.g. "a:b" in prose): keep the text as written.
    replaced = [text(`:${node.name}`), ...(node.children ?? [])];
  } else if (node.type === 'containerDirective') {
    throw new TwinError(`[markdown-twins] ${ctx.page}: the directive :::${node.name} cannot be turned into Markdown`);
  } else {
    toPlainMarkdown(node, ctx);
    return [node];
  }
  const wrapper: MdxNode = {type: 'root', children: replaced};
  toPlainMarkdown(wrapper, ctx);
  return wrapper.children!;
}

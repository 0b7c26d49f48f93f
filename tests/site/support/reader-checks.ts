// What a reader sees of a page's main content that axe does not judge, measured in the page in
// one pass per colour mode (each function is passed to page.evaluate, so each is
// self-contained): link names that mean nothing out of context, text coloured like a link that
// is not one, disabled buttons that look active, and the controls under a title out of line.

export interface ReaderFindings {
  /** Links named by their position ("below", "step 4") rather than by where they lead. */
  vagueLinks: string[];
  /** Text in the link colour's hue that nothing makes clickable. */
  linkColouredText: string[];
  /** Disabled buttons with a coloured background, which read as ready to press. */
  activeLookingDisabled: string[];
}

export function readerFindings(): ReaderFindings {
  const main = document.querySelector('main');
  if (!main) return {vagueLinks: [], linkColouredText: [], activeLookingDisabled: []};
  const vague = /^(below|above|here|there|this|that|more|link|click here|read more|see (below|above)|(the )?message (below|above)|step \d+)$/i;
  const vagueLinks = [...main.querySelectorAll('a')]
    .map((a) => (a.getAttribute('aria-label') ?? a.textContent ?? '').trim())
    .filter((name) => vague.test(name));

  const hsl = (colour: string): [number, number, number] | undefined => {
    const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? (?:\/ )?([\d.]+))?\)/.exec(colour);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) return undefined;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255);
    const max = Math.max(r, g, b);
    const min = Math.min(r, g, b);
    const l = (max + min) / 2;
    if (max === min) return [0, 0, l];
    const d = max - min;
    const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
    const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) * 60 : max === g ? ((b - r) / d + 2) * 60 : ((r - g) / d + 4) * 60;
    return [h, s, l];
  };
  const probe = document.createElement('span');
  probe.style.color = 'var(--ifm-link-color)';
  main.append(probe);
  const link = hsl(getComputedStyle(probe).color)!;
  probe.remove();
  const looksLikeLink = (colour: string) => {
    const c = hsl(colour);
    if (!c || c[1] < 0.4) return false;
    const hueGap = Math.min(Math.abs(c[0] - link[0]), 360 - Math.abs(c[0] - link[0]));
    return hueGap <= 25 && Math.abs(c[2] - link[2]) <= 0.2;
  };
  // Controls, code (its own colours), and the breadcrumb that marks where the reader is.
  const interactive =
    'a, button, summary, label, input, select, textarea, [role="tab"], [role="button"], [role="link"], [aria-current], .breadcrumbs__item--active, pre';
  const linkColouredText = [...main.querySelectorAll<HTMLElement>('*')]
    .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== ''))
    .filter((el) => !el.closest(interactive) && el.getClientRects().length > 0 && looksLikeLink(getComputedStyle(el).color))
    .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 60)}`);

  const activeLookingDisabled = [...main.querySelectorAll<HTMLButtonElement>('button:disabled')]
    .filter((b) => b.getClientRects().length > 0)
    .filter((b) => {
      const c = hsl(getComputedStyle(b).backgroundColor);
      return c !== undefined && c[1] > 0.2 && Number(getComputedStyle(b).opacity) > 0.5;
    })
    .map((b) => (b.textContent ?? '').trim());
  return {vagueLinks, linkColouredText, activeLookingDisabled};
}

/**
 * The controls under a docs page's title, where they wrap onto several lines: those on one line
 * share their top and height, and every line starts at the same visible left edge (a control
 * with no background or border shows its text's edge). Empty when in line.
 */
export function titleControlsOutOfLine(): string[] {
  const controls = [...document.querySelectorAll<HTMLElement>('[data-markdown-twin] > :is(button, a, details)')].filter((el) => el.getClientRects().length > 0);
  const visibleBox = (el: HTMLElement): DOMRect => {
    const face = el.matches('details') ? el.querySelector('summary')! : el;
    const style = getComputedStyle(face);
    const clear = (colour: string) => /rgba\(\d+, \d+, \d+, 0\)|transparent/.test(colour);
    const boxed = !clear(style.backgroundColor) || (parseFloat(style.borderLeftWidth) > 0 && !clear(style.borderLeftColor));
    if (boxed) return face.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(face);
    const text = range.getBoundingClientRect();
    const box = face.getBoundingClientRect();
    return new DOMRect(text.left, box.top, text.width, box.height);
  };
  const rows: {top: number; items: {name: string; box: DOMRect}[]}[] = [];
  for (const el of controls) {
    const box = visibleBox(el);
    const name = (el.querySelector('summary') ?? el).textContent?.trim() ?? '';
    const row = rows.find((r) => Math.abs(r.top - box.top) < box.height / 2);
    if (row) row.items.push({name, box});
    else rows.push({top: box.top, items: [{name, box}]});
  }
  const problems: string[] = [];
  const left = rows[0]?.items[0]?.box.left;
  for (const {items} of rows) {
    const [first] = items;
    if (Math.abs(first.box.left - left!) > 1) problems.push(`"${first.name}" starts its line at ${first.box.left}px, the first line at ${left}px`);
    for (const item of items.slice(1)) {
      if (Math.abs(item.box.top - first.box.top) > 1 || Math.abs(item.box.height - first.box.height) > 1)
        problems.push(`"${item.name}" is out of line with "${first.name}"`);
    }
  }
  return problems;
}

/**
 * Text in code blocks whose colour is below WCAG AA contrast (4.5:1) on the background it is
 * drawn on, one entry per distinct colour pair. The page gates run axe without the code (most of
 * a long guide's nodes, and most of axe's time) and check its contrast with this instead.
 */
export function codeContrastFailures(): string[] {
  type Rgba = [number, number, number, number];
  const parse = (colour: string): Rgba => {
    const m = /rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? (?:\/ )?([\d.]+))?\)/.exec(colour);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3]), m[4] === undefined ? 1 : Number(m[4])] : [0, 0, 0, 0];
  };
  const over = ([r, g, b, a]: Rgba, [R, G, B]: Rgba): Rgba => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];
  const luminance = ([r, g, b]: Rgba) => {
    const [R, G, B] = [r, g, b].map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  /** The background an element's text is drawn on: its own and its ancestors' layers, composited. */
  const backgroundOf = (el: Element): Rgba => {
    const layers: Rgba[] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const layer = parse(getComputedStyle(node).backgroundColor);
      if (layer[3] === 0) continue;
      layers.push(layer);
      if (layer[3] === 1) break;
    }
    return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
  };
  const failures = new Map<string, string>();
  for (const el of document.querySelectorAll<HTMLElement>('.theme-code-block pre code *, .theme-code-block pre code')) {
    const text = [...el.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent ?? '')
      .join('')
      .trim();
    if (!text || el.getClientRects().length === 0) continue;
    const background = backgroundOf(el);
    const colour = over(parse(getComputedStyle(el).color), background);
    const [light, dark] = [luminance(colour), luminance(background)].sort((a, b) => b - a);
    const ratio = (light + 0.05) / (dark + 0.05);
    const key = `${getComputedStyle(el).color} on ${background.map(Math.round).join(',')}`;
    if (ratio < 4.5 && !failures.has(key)) failures.set(key, `${key}: ${ratio.toFixed(2)}:1 ("${text.slice(0, 40)}")`);
  }
  return [...failures.values()];
}

// @ts-check
// What scrolls sideways in a page's main content, measured in the page in one pass: code blocks
// (and which of their lines are cut: quoted messages, comments, code) and tables. The page gates
// (tests/site/support/page-gates.ts) and scripts/layout-overflow.mjs pass it to page.evaluate,
// so it must stay self-contained.
/* global document, window, getComputedStyle */

/**
 * @typedef {{kind: 'message' | 'comment' | 'code', text: string}} CutLine
 * @typedef {{blocks: number, scrolling: number, cut: CutLine[]}} CodeFigures
 * @typedef {{tables: number, scrolling: number, withoutAffordance: string[]}} TableFigures
 * @typedef {{width: number, code: CodeFigures, tables: TableFigures}} LayoutFigures
 */

/** @returns {LayoutFigures} */
export function measureLayout() {
  const main = document.querySelector('main') ?? document.body;
  const shown = (/** @type {Element} */ el) => el.getClientRects().length > 0;
  const pres = /** @type {HTMLElement[]} */ ([...main.querySelectorAll('pre')].filter(shown));
  // Blocks far from the viewport skip layout (content-visibility: auto); lay them all out once.
  const skipped = pres.map((pre) => pre.style.contentVisibility);
  for (const pre of pres) pre.style.contentVisibility = 'visible';

  /** @type {CodeFigures} */
  const code = {blocks: pres.length, scrolling: 0, cut: []};
  for (const pre of pres) {
    if (pre.scrollWidth <= pre.clientWidth + 1) continue;
    code.scrolling++;
    const box = pre.getBoundingClientRect();
    const visibleRight = box.left + pre.clientLeft + pre.clientWidth;
    const message = /\blanguage-(text|console|log)\b/.test(pre.className);
    for (const line of pre.querySelectorAll('.token-line')) {
      // The text's extent, not the line's box: a line is no wider than the block (custom.css).
      const range = document.createRange();
      range.selectNodeContents(line);
      const right = range.getBoundingClientRect().right;
      if (right <= visibleRight + 1) continue;
      const tokens = [...line.querySelectorAll('.token')].filter((t) => (t.textContent ?? '').trim() !== '');
      const comment = tokens.length > 0 && tokens.every((t) => t.classList.contains('comment'));
      const text = (line.textContent ?? '').trim();
      code.cut.push({kind: message ? 'message' : comment ? 'comment' : 'code', text: text.length > 90 ? `${text.slice(0, 90)}…` : text});
    }
  }
  pres.forEach((pre, i) => (pre.style.contentVisibility = skipped[i]));

  const tables = [...main.querySelectorAll('table')].filter(shown);
  /** @type {TableFigures} */
  const tableFigures = {tables: tables.length, scrolling: 0, withoutAffordance: []};
  for (const table of tables) {
    // Infima makes a table its own scroll box (display: block; overflow: auto).
    if (table.scrollWidth <= table.clientWidth + 1) continue;
    tableFigures.scrolling++;
    // The affordance (src/css/custom.css): a shadow on each edge with hidden columns behind it.
    const style = getComputedStyle(table);
    const shadows = style.backgroundImage.split('gradient').length - 1;
    if (shadows < 4 || !style.backgroundAttachment.includes('local')) {
      const heading = table.querySelector('th')?.textContent?.trim() ?? '';
      tableFigures.withoutAffordance.push(`table starting "${heading}"`);
    }
  }
  return {width: window.innerWidth, code, tables: tableFigures};
}

import type {CSSProperties} from 'react';
import type {PrismTheme, Token} from 'prism-react-renderer';

type Colours = Map<string, string | undefined>;

const cache = new WeakMap<PrismTheme, Map<string, Colours>>();

/** Each token type's colour in `theme` for `language`, as prism-react-renderer merges them. */
function coloursOf(theme: PrismTheme, language: string): Colours {
  let byLanguage = cache.get(theme);
  if (!byLanguage) cache.set(theme, (byLanguage = new Map()));
  let colours = byLanguage.get(language);
  if (!colours) {
    colours = new Map();
    for (const {types, style, languages} of theme.styles) {
      if (languages && !languages.includes(language)) continue;
      for (const type of types) if (style.color !== undefined) colours.set(type, style.color);
    }
    byLanguage.set(language, colours);
  }
  return colours;
}

/** A later type of a token wins, as in prism-react-renderer's getTokenProps. */
function colourOf(token: Token, colours: Colours): string | undefined {
  if (token.types.length === 1 && token.types[0] === 'plain') return undefined;
  let colour: string | undefined;
  for (const type of token.types) colour = colours.get(type) ?? colour;
  return colour;
}

const palettes = new WeakMap<PrismTheme, string[]>();

/** The theme's colours in the order they first appear: a colour's index names its class. */
function paletteOf(theme: PrismTheme): string[] {
  let palette = palettes.get(theme);
  if (!palette) palettes.set(theme, (palette = [...new Set(theme.styles.flatMap(({style}) => style.color ?? []))]));
  return palette;
}

const MODES = [
  {mode: 'light', prefix: 'tl'},
  {mode: 'dark', prefix: 'td'},
] as const;

/**
 * A token's colour in both modes as two classes (`tl3 td7`), which set the custom properties the
 * stylesheet picks by `data-theme`: the same HTML is right in either mode, and a class costs a
 * long page far fewer bytes than an inline style per token.
 */
export function tokenColourClasses(token: Token, language: string, light: PrismTheme, dark: PrismTheme): string {
  return [light, dark]
    .map((theme, i) => {
      const colour = colourOf(token, coloursOf(theme, language));
      return colour === undefined ? '' : `${MODES[i].prefix}${paletteOf(theme).indexOf(colour)}`;
    })
    .filter(Boolean)
    .join(' ');
}

/** The stylesheet of those classes: one rule per colour of each theme. */
export function tokenColourCss(light: PrismTheme, dark: PrismTheme): string {
  return [light, dark].flatMap((theme, i) => paletteOf(theme).map((colour, n) => `.${MODES[i].prefix}${n}{--token-${MODES[i].mode}:${colour}}`)).join('');
}

/** An empty token keeps the line's height, as in prism-react-renderer. */
export function emptyTokenStyle(token: Token): CSSProperties | undefined {
  return token.empty ? {display: 'inline-block'} : undefined;
}

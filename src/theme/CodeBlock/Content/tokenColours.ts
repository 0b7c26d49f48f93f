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

/**
 * A token's style with its colour in both modes as custom properties; the stylesheet picks one
 * by `data-theme`, so the same HTML is right in light and dark mode.
 */
export function tokenStyle(token: Token, language: string, light: PrismTheme, dark: PrismTheme): CSSProperties | undefined {
  const style: Record<string, string> = {};
  if (token.empty) style.display = 'inline-block';
  const lightColour = colourOf(token, coloursOf(light, language));
  const darkColour = colourOf(token, coloursOf(dark, language));
  if (lightColour) style['--token-light'] = lightColour;
  if (darkColour) style['--token-dark'] = darkColour;
  return Object.keys(style).length ? (style as CSSProperties) : undefined;
}

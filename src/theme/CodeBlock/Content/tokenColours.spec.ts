import {test, expect} from '@playwright/test';
import fs from 'node:fs';
import {createElement, Fragment} from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import {Highlight, type Token} from 'prism-react-renderer';
import {codeThemes} from '../../../lib/codeThemes';
import {tokenColourClasses, tokenColourCss} from './tokenColours';

const {theme: light, darkTheme: dark} = codeThemes;
const FILE = 'examples/nestjs-multi-db/src/app.module.ts';

/** Each class of the stylesheet and the colour it sets in its mode. */
const stylesheet = new Map(
  [...tokenColourCss(light, dark).matchAll(/\.(t[ld]\d+)\{--token-(light|dark):([^}]+)\}/g)].map(([, name, mode, colour]) => [name, {mode, colour}]),
);

/** Every token of `code` with the colour prism-react-renderer itself gives it in `theme`. */
function tokensWithColour(code: string, theme: typeof light) {
  const found: {token: Token; colour: string | undefined}[] = [];
  renderToStaticMarkup(
    createElement(Highlight, {
      theme,
      code,
      language: 'tsx',
      children: ({tokens, getTokenProps}) => {
        for (const token of tokens.flat()) found.push({token, colour: getTokenProps({token}).style?.color});
        return createElement(Fragment);
      },
    }),
  );
  return found;
}

test("each token's classes give it the colour prism-react-renderer gives it, in both modes", () => {
  const code = fs.readFileSync(FILE, 'utf8');
  for (const [mode, theme] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    const tokens = tokensWithColour(code, theme);
    expect(tokens.filter((t) => t.colour !== undefined).length).toBeGreaterThan(50);
    for (const {token, colour} of tokens) {
      const fromClasses = tokenColourClasses(token, 'tsx', light, dark)
        .split(' ')
        .map((name) => stylesheet.get(name))
        .find((rule) => rule?.mode === mode)?.colour;
      expect({text: token.content, types: token.types, colour: fromClasses}).toEqual({text: token.content, types: token.types, colour});
    }
  }
});

import {themes} from 'prism-react-renderer';

/** The site's code colours in light and dark mode: Prism's, the token classes' and their tests'. */
export const codeThemes = {theme: themes.vsLight, darkTheme: themes.vsDark};

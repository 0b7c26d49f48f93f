// @ts-check
// Where things are: the repository, and the browser the tests and the benchmark drive.
import path from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Debian's Chromium (Playwright cannot download its own here); CHROMIUM_PATH points elsewhere. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser the tests drive: Debian's build of Chromium's headless shell, what Playwright runs
 * for headless tests (the same engine without the browser around it: less CPU on every page).
 */
export const testChromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium-headless-shell';

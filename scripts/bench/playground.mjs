// Driving the connection playground of a guide page, and the bare sql.js page next to it.
import fs from 'node:fs';
import {openHydrated} from '../../tools/site.mjs';
import {networkQuiet, newPage, recordWorkerMessages} from './browser.mjs';

export const playgroundRegion = (page) => page.getByRole('region', {name: 'Connection playground'});

export async function playgroundOnce(page, url) {
  await page.goto('about:blank'); // a warm run navigates anew (a changed hash alone would not)
  await openHydrated(page, url, 30_000);
  await networkQuiet(page, 500);
  const button = playgroundRegion(page).getByRole('button', {name: 'Start playground'});
  const text = ((await button.textContent()) ?? '').trim();
  await button.click();
  await page.waitForFunction(() => window.__bench.resultAt !== undefined, null, {timeout: 60_000}).catch(async () => {
    const said = await playgroundRegion(page).innerText().catch(() => '');
    throw new Error(`${url}: the playground showed no query result within 60 s after "Start playground". It says:\n${said.slice(0, 1500)}`);
  });
  return page.evaluate((label) => window.__bench.resultAt - window.__bench.clicks.find((c) => c.text === label).t, text);
}

export async function bareOnce(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
  await networkQuiet(page, 500);
  await page.getByRole('button', {name: 'Start'}).click();
  await page.waitForFunction(() => window.__bench.resultAt !== undefined || /Error/.test(document.getElementById('out').textContent), null, {timeout: 60_000});
  const error = await page.locator('#out').textContent();
  if (/^Error/.test(error ?? '')) throw new Error(`the bare sql.js page failed: ${error}`);
  return page.evaluate(() => window.__bench.resultAt - window.__bench.clicks.find((c) => c.text === 'Start').t);
}

/** The SQL the playground ran for its first result: the schema of that database and the query. */
export async function captureFirstQuery(browser, url) {
  const {context, page} = await newPage(browser, recordWorkerMessages);
  try {
    await playgroundOnce(page, url);
    const messages = await page.evaluate(() => window.__bench.worker);
    const exec = messages.find((m) => m.type === 'exec');
    if (!exec) throw new Error(`${url}: the playground showed a result without sending an "exec" to its worker (messages: ${JSON.stringify(messages).slice(0, 500)})`);
    const open = messages.find((m) => m.type === 'open' && m.key === exec.key);
    return {schema: open?.schema ?? '', sql: exec.sql, params: exec.params ?? []};
  } finally {
    await context.close();
  }
}

/** Cold (new context) then warm (reload in the same context) for one side. */
export async function coldAndWarm(browser, once) {
  const {context, page} = await newPage(browser);
  try {
    const cold = await once(page);
    const warm = await once(page);
    return {cold, warm};
  } finally {
    await context.close();
  }
}


/** Guide pages whose HTML carries the playground's start control. */
export function playgroundPages(sites, fileFor) {
  return sites.guides.filter((p) => /Start playground/.test(fs.readFileSync(fileFor(sites.siteServer.mounts, p), 'utf8')));
}

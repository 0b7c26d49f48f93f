// The page's main-thread tasks while `during()` runs, from a Chrome trace: each RunTask of the
// renderer main thread of the top frame, with its wall time (`dur`) and the CPU time the thread
// got (`tdur`: on a busy machine much shorter than `dur`), both in ms.
export async function mainThreadTasks(page, during) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({value}) => events.push(...value));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', '__metadata']},
  });
  let value;
  try {
    value = await during();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  const frames = events.filter((e) => e.name === 'TracingStartedInBrowser' || e.name === 'FrameCommittedInBrowser').flatMap((e) => e.args?.data?.frames ?? [e.args?.data]).filter(Boolean);
  const top = frames.find((f) => !f.parent && f.url?.startsWith('http'));
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && (!top?.processId || e.pid === top.processId));
  const isMain = (e) => mains.some((m) => m.pid === e.pid && m.tid === e.tid);
  const tasks = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && isMain(e))
    .map((e) => ({wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000}));
  if (tasks.length === 0) throw new Error('the Chrome trace holds no task of the page main thread');
  return {value, tasks};
}

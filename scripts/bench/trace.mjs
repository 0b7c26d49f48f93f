// A Chrome trace while `during()` runs: its value, every event, and the RunTask events of the
// renderer main thread of the top frame (`dur` is a task's wall time, `tdur` the CPU time the
// thread got: on a busy machine much shorter), in µs.
export async function traceMainThread(page, during) {
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
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && isMain(e));
  if (tasks.length === 0) throw new Error('the Chrome trace holds no task of the page main thread');
  return {value, events, tasks};
}

/** The page's main-thread tasks while `during()` runs, each with its wall and CPU time in ms. */
export async function mainThreadTasks(page, during) {
  const {value, tasks} = await traceMainThread(page, during);
  return {value, tasks: tasks.map((e) => ({wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000}))};
}

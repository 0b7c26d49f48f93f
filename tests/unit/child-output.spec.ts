import {test, expect} from '@playwright/test';
import os from 'node:os';
import {spawnIn} from '../../tools/exampleApp.mjs';

// A process's end, as the example tests read it: all it printed, even what came after 'exit'.

test('output written after the process exited, by what it left running, is in its output', async () => {
  const child = spawnIn(os.tmpdir(), 'sh', ['-c', '(sleep 0.3; echo printed last) & echo printed first'], process.env);
  expect(await child.exited).toBe(0);
  expect(child.output).toBe('printed first\nprinted last\n');
});

test('a process left holding the output open does not keep the end waiting', async () => {
  const child = spawnIn(os.tmpdir(), 'sh', ['-c', '(sleep 120; echo never) & echo started'], process.env);
  try {
    expect(await child.exited).toBe(0);
    expect(child.output).toBe('started\n');
  } finally {
    process.kill(-child.process.pid!, 'SIGKILL');
  }
});

// Each mistake of the guides' troubleshooting sections, made for real: a
// program in mistakes/ starts the app with that one thing wrong.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { mistakeMessages } from '../mistakes/messages';

describe('mistakes', () => {
  for (const [mistake, expected] of Object.entries(mistakeMessages)) {
    it(mistake, () => {
      const run = spawnSync(
        process.execPath,
        [
          '-r',
          'ts-node/register/transpile-only',
          path.join(__dirname, '..', 'mistakes', `${mistake}.ts`),
        ],
        // Every mistake on in-memory sql.js: none of them depends on the server.
        {
          encoding: 'utf8',
          timeout: 60_000, // a program that never ends fails here, not hangs
          env: {
            ...process.env,
            MUSIC_DB_URL: '',
            SECRET_DB_URL: '',
            MUSIC_DB_FILE: '',
            SECRET_DB_FILE: '',
          },
        },
      );
      const output = run.stdout + run.stderr;
      assert.equal(run.status, expected.exitCode, output);
      for (const line of [...expected.quoted, ...(expected.alsoPrinted ?? [])])
        assert.ok(output.includes(line), `${line}\nnot in:\n${output}`);
    });
  }
});

#!/usr/bin/env sh
# The test commands the guide shows.

# #region run-tests
npm test            # unit specs (src/**/*.spec.ts) and e2e specs (test/*.e2e-spec.ts)
npm run test:unit   # only the unit specs
npm run test:e2e    # only the e2e specs, with vitest.config.e2e.ts as `nest new` sets it up
# #endregion run-tests

# #region test-databases
# Nothing set: both connections on in-memory sql.js databases, new for each run.
npm run test:e2e

# Each connection on a server database of its own, made for the tests; the
# names must end in _test, or the suite refuses to start.
MUSIC_DB_URL=postgres://postgres@127.0.0.1:5432/music_test \
SECRET_DB_URL=mariadb://root@127.0.0.1:3306/secret_test \
npm run test:e2e
# #endregion test-databases

#!/usr/bin/env sh
# WRONG: each command below fails; the guide's troubleshooting section quotes what it prints.

# #region two-driver-flags
# Two driver flags in one command.
eloquent db:seed --mysql --pg
# #endregion two-driver-flags

# #region class-before-test
# --class takes the next word as the class name, so the seeder looked for is "--test".
eloquent db:seed --class --test UserSeeder
# #endregion class-before-test

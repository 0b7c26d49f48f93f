// Before any example test: each example (and each of its stacks) copied out of the repository
// and installed from its own lockfile, as a reader gets it (tools/standaloneExample.mjs). An
// unchanged lockfile is not installed again; the files are copied afresh every run.
import {test as setup} from '@playwright/test';
import {listExamples} from '../../tools/examples.mjs';
import {exampleStacks, prepareStandalone} from '../../tools/standaloneExample.mjs';

setup.describe.configure({mode: 'parallel', timeout: 600_000});

for (const {name} of listExamples()) {
  for (const stack of [undefined, ...exampleStacks(name)]) {
    setup(`copy and install ${name}${stack ? ` on its ${stack} stack` : ''}`, () => {
      prepareStandalone(name, {stack, log: (line) => console.log(line)});
    });
  }
}

// Before any example test: each example copied out of the repository and installed from its own
// lockfile, as a reader gets it (tools/standaloneExample.mjs). An unchanged lockfile is not
// installed again; the files are copied afresh every run. (Its other stacks are run by npm run matrix.)
import {test as setup} from '@playwright/test';
import {listExamples} from '../../tools/examples.mjs';
import {prepareStandalone} from '../../tools/standaloneExample.mjs';

setup.describe.configure({mode: 'parallel', timeout: 600_000});

for (const {name} of listExamples()) {
  setup(`copy and install ${name}`, () => {
    prepareStandalone(name, {log: (line) => console.log(line)});
  });
}

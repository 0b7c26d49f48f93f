// `npm start`: install what is missing, then serve the site with live reload.
import {ensureDependencies, run, step} from './setup.mjs';

ensureDependencies();
const port = process.env.PORT ?? '3000';
step(`Starting the site with live reload at http://localhost:${port}/ (Ctrl+C stops it)...`);
run('npx', ['docusaurus', 'start', '--port', port, '--host', 'localhost', '--no-open', ...process.argv.slice(2)]);

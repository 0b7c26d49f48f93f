// Mistake: SecretEntity is registered with forFeature on the "secret"
// connection, but left out of that connection's `entities` list.
import { appModuleWith, secretConnectionWith } from './app-with.js';
import { boot } from './boot.js';

boot(appModuleWith({ secretConnection: secretConnectionWith([]) }));

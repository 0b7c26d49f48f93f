// Mistake: SecretEntity is registered with forFeature on the "secret"
// connection, but left out of that connection's `entities` list.
import { appModuleWith, secretConnectionWith } from './app-with';
import { boot } from './boot';

boot(appModuleWith({ secretConnection: secretConnectionWith([]) }));

// eloquent-orm.js's connection rules (1.0.x and 1.1.x) as plain functions over `.env` text,
// modelled on the package's source; no React here, the playground and the unit tests share it.
// For each model two answers: the connection a running instance queries (its constructor
// argument) and the one the resolver, used by the CLI, picks. They differ more often than not.
import {parseEnv, type ParsedEnv} from '../dotenv';
import type {ConnectionTarget} from './credentials';
import {envFindings, routeFindings, targetsOf, type Finding, type RouteFacts} from './findings';
import {instanceConnection} from './instance';
import type {ConnectionName, ModelDefinition} from './names';
import {resolveConnectionName, type ResolverChoice} from './resolver';

export * from './names';
export {connectionTarget, databaseKeys, roleKey, type ConnectionSetting, type ConnectionTarget} from './credentials';
export {resolveConnectionName, type ResolverChoice, type ResolverReason} from './resolver';
export {instanceConnection, type InstanceConnection} from './instance';
export {type Finding, type FindingCode} from './findings';
export {planCliCommand, CLI_COMMANDS, type CliCommand, type CliPlan, type CliTarget} from './cli';
export {SOURCE} from './source';

export type ModelRoute = RouteFacts;

export interface Resolution {
  env: ParsedEnv;
  testMode: boolean;
  /** What the resolver gives a model without a pin in this mode (the CLI's default target). */
  unpinned: ResolverChoice & {target: ConnectionTarget};
  targets: Record<ConnectionName, ConnectionTarget>;
  routes: ModelRoute[];
  findings: Finding[];
}

export interface ResolveInput {
  envText: string;
  models: ModelDefinition[];
  testMode: boolean;
}

export function resolveConnections({envText, models, testMode}: ResolveInput): Resolution {
  const env = parseEnv(envText);
  const targets = targetsOf(env.values);
  const findings = envFindings(env, targets, testMode);
  const routes = models.map((model): ModelRoute => {
    const instance = instanceConnection(model);
    const resolver = resolveConnectionName(env.values, model.connectionName, {test: testMode});
    const route: RouteFacts = {
      model: model.name,
      kind: model.kind,
      pin: model.connectionName || '',
      instance: {...instance, target: instance.name && !instance.thrown ? targets[instance.name] : null},
      resolver: {...resolver, target: targets[resolver.connection]},
    };
    findings.push(...routeFindings(route, testMode));
    return route;
  });
  const unpinned = resolveConnectionName(env.values, undefined, {test: testMode});
  return {env, testMode, unpinned: {...unpinned, target: targets[unpinned.connection]}, targets, routes, findings};
}

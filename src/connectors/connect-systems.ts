// Binds every catalog system to a connector. The catalog names a system and its engine;
// the binding (from configuration) says where it lives, so addresses and credentials never
// sit in the catalog.
import type { System } from '../catalog/catalog-types.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { Connector } from './connector.ts';
import { createHttpConnector } from './http/http-connector.ts';
import { createMariadbConnector } from './sql/mariadb-connector.ts';
import { createPGliteConnector, type PGliteQueryable } from './sql/pglite-connector.ts';
import { createPostgresConnector } from './sql/postgres-connector.ts';

export type SystemBinding =
  | { readonly kind: 'url'; readonly url: string; readonly timeoutMs?: number; readonly token?: string }
  | { readonly kind: 'pglite'; readonly pglite: PGliteQueryable };

export interface ConnectorRegistry {
  /** The connector of a catalog system; SYSTEM_NOT_BOUND when there is none. */
  get(systemId: string): Connector;
  all(): readonly Connector[];
  close(): Promise<void>;
}

const engineOfProtocol: Record<string, System['engine']> = {
  'postgres:': 'postgresql', 'postgresql:': 'postgresql',
  'mysql:': 'mariadb', 'mariadb:': 'mariadb',
  'http:': 'http', 'https:': 'http',
};

function connectorFor(system: System, binding: SystemBinding): Connector {
  if (binding.kind === 'pglite') {
    if (system.engine === 'http') throw new InsynError('CONFIG_INVALID', `system ${system.id}: an HTTP system cannot be bound to PGlite`);
    return createPGliteConnector({ systemId: system.id, engine: system.engine, pglite: binding.pglite });
  }
  const engine = engineOfProtocol[new URL(binding.url).protocol];
  if (engine !== system.engine) {
    throw new InsynError('CONFIG_INVALID', `system ${system.id}: the catalog says ${system.engine}, the binding is ${engine ?? 'unknown'}`);
  }
  const options = { systemId: system.id, url: binding.url, ...(binding.timeoutMs ? { timeoutMs: binding.timeoutMs } : {}) };
  if (engine === 'postgresql') return createPostgresConnector(options);
  if (engine === 'mariadb') return createMariadbConnector(options);
  return createHttpConnector({
    systemId: system.id, baseUrl: binding.url,
    ...(binding.timeoutMs ? { timeoutMs: binding.timeoutMs } : {}), ...(binding.token ? { token: binding.token } : {}),
  });
}

/** Connects every system; throws SYSTEM_NOT_BOUND naming the first system without a binding. */
export function connectSystems(systems: readonly System[], bindings: Readonly<Record<string, SystemBinding>>): ConnectorRegistry {
  const unbound = systems.find((system) => !bindings[system.id]);
  if (unbound) throw new InsynError('SYSTEM_NOT_BOUND', `system ${unbound.id}`);
  const connectors = new Map<string, Connector>();
  try {
    for (const system of systems) connectors.set(system.id, connectorFor(system, bindings[system.id]!));
  } catch (error) {
    for (const connector of connectors.values()) void connector.close().catch(() => {});
    throw error;
  }
  return {
    get: (systemId) => {
      const connector = connectors.get(systemId);
      if (!connector) throw new InsynError('SYSTEM_NOT_BOUND', `system ${systemId}`);
      return connector;
    },
    all: () => [...connectors.values()],
    close: async () => {
      await Promise.allSettled([...connectors.values()].map((connector) => connector.close()));
    },
  };
}

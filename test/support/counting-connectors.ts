// A connector registry that counts reads on the way to the real connectors, and can run
// something (such as cutting another service) while a read is under way.
import type { ConnectorRegistry } from '../../src/connectors/connect-systems.ts';
import type { Connector } from '../../src/connectors/connector.ts';

export function countReads(registry: ConnectorRegistry, duringRead?: () => Promise<void>) {
  let reads = 0;
  const wrap = (connector: Connector): Connector => ({
    ...connector,
    read: async (request) => {
      reads += 1;
      const rows = await connector.read(request);
      await duringRead?.();
      return rows;
    },
  });
  const counted: ConnectorRegistry = {
    get: (systemId) => wrap(registry.get(systemId)),
    all: () => registry.all().map(wrap),
    close: async () => {},
  };
  return { registry: counted, count: () => reads };
}

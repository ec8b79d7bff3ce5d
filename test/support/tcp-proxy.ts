// A TCP proxy for failure tests: listens on an ephemeral loopback port and forwards each
// connection to a target, until told to cut. It can cut every connection and refuse new ones
// (reset), let only the next N connections through, cut each connection once a number of bytes
// came back from the target (an answer broken off halfway), or hold new connections unanswered.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxyTarget {
  readonly host: string;
  readonly port: number;
}

export interface TcpProxy {
  readonly port: number;
  /** Connections accepted since the proxy started (refused ones included). */
  accepted(): number;
  /** Cuts every open connection (reset) and refuses new ones until restore(). */
  cut(): void;
  /** Lets the next `count` connections through, then refuses new ones; open connections stay. */
  cutAfterConnections(count: number): void;
  /** Lets connections through but cuts each once more than `bytes` came back from the target on it. */
  cutAfterBytes(bytes: number): void;
  /** Accepts new connections but forwards nothing until restore(); open connections stay. */
  hold(): void;
  /** Forwards everything again, held connections included. */
  restore(): void;
  close(): Promise<void>;
}

interface Pair {
  readonly client: Socket;
  readonly upstream: Socket;
  received: number;
}

interface ProxyState {
  refusing: boolean;
  holding: boolean;
  /** Connections still let through before refusing; undefined: no limit. */
  allowance: number | undefined;
  byteLimit: number | undefined;
  accepted: number;
  readonly pairs: Set<Pair>;
  readonly held: Set<Socket>;
}

function cutPair(pair: Pair, state: ProxyState): void {
  state.pairs.delete(pair);
  if (!pair.client.destroyed) pair.client.resetAndDestroy();
  pair.upstream.destroy();
}

function forward(client: Socket, target: TcpProxyTarget, state: ProxyState): void {
  const upstream = connect(target.port, target.host);
  const pair: Pair = { client, upstream, received: 0 };
  state.pairs.add(pair);
  client.pipe(upstream);
  upstream.on('data', (chunk: Buffer) => {
    pair.received += chunk.length;
    if (state.byteLimit !== undefined && pair.received > state.byteLimit) return cutPair(pair, state);
    if (!client.write(chunk)) {
      upstream.pause();
      client.once('drain', () => upstream.resume());
    }
  });
  const end = () => {
    state.pairs.delete(pair);
    client.destroy();
    upstream.destroy();
  };
  for (const socket of [client, upstream]) {
    socket.on('error', end);
    socket.on('close', end);
  }
  client.resume();
}

function accept(client: Socket, target: TcpProxyTarget, state: ProxyState): void {
  state.accepted += 1;
  client.on('error', () => client.destroy());
  if (state.allowance === 0) state.refusing = true;
  if (state.refusing) {
    client.resetAndDestroy();
    return;
  }
  if (state.allowance !== undefined) state.allowance -= 1;
  if (state.holding) {
    client.pause();
    state.held.add(client);
    client.once('close', () => state.held.delete(client));
    return;
  }
  forward(client, target, state);
}

/** Starts a proxy on 127.0.0.1 forwarding to `target`. */
export async function startTcpProxy(target: TcpProxyTarget): Promise<TcpProxy> {
  const state: ProxyState = {
    refusing: false, holding: false, allowance: undefined, byteLimit: undefined, accepted: 0, pairs: new Set(), held: new Set(),
  };
  const server: Server = createServer({ pauseOnConnect: true }, (client) => accept(client, target, state));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  const cutAll = () => {
    for (const pair of [...state.pairs]) cutPair(pair, state);
    for (const client of [...state.held]) client.resetAndDestroy();
    state.held.clear();
  };
  const reset = () => Object.assign(state, { refusing: false, holding: false, allowance: undefined, byteLimit: undefined });
  return {
    port,
    accepted: () => state.accepted,
    cut: () => {
      reset();
      state.refusing = true;
      cutAll();
    },
    cutAfterConnections: (count) => {
      reset();
      state.allowance = count;
    },
    cutAfterBytes: (bytes) => {
      reset();
      state.byteLimit = bytes;
    },
    hold: () => {
      reset();
      state.holding = true;
    },
    restore: () => {
      reset();
      const held = [...state.held];
      state.held.clear();
      for (const client of held) if (!client.destroyed) forward(client, target, state);
    },
    close: async () => {
      cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

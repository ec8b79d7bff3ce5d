// The shape of one CLI command. Commands parse their own arguments and call operations;
// they never touch the database directly.
import type { Readable, Writable } from 'node:stream';
import type { Config } from '../config/config.ts';
import type { AppServices } from '../operations/app-services.ts';

export interface CommandIo {
  readonly out: Writable;
  readonly err: Writable;
  /** Standard input, for commands that read a secret or a personnummer from it. */
  readonly in?: Readable;
}

export interface CommandContext {
  readonly args: readonly string[];
  readonly io: CommandIo;
  readonly config: Config;
  /** Opens the services the command needs; closed by the dispatcher after the command. */
  readonly services: () => Promise<AppServices>;
}

export interface Command {
  /** One or two words, e.g. `serve` or `catalog check`. */
  readonly name: string;
  readonly summary: string;
  /** Usage text printed for --help, without the leading `insyn <name>`. */
  readonly usage: string;
  /** Resolves to the exit code: 0 success, 1 failure, 2 bad usage or input. */
  run(context: CommandContext): Promise<number>;
}

// Dispatches `insyn <command> [args]`: --help everywhere, exit codes 0 / 1 / 2, and a
// one-line reason on failure.
import type { Config } from '../config/config.ts';
import { InsynError, errorCatalogue } from '../domain/error-catalogue.ts';
import type { AppServices } from '../operations/app-services.ts';
import type { Command, CommandIo } from './command.ts';

export interface CliDependencies {
  readonly commands: readonly Command[];
  readonly io: CommandIo;
  readonly loadConfig: () => Config;
  readonly openServices: (config: Config) => Promise<AppServices>;
}

function overview(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: insyn <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`insyn <command> --help\` for a command's options.\n`;
}

function find(commands: readonly Command[], argv: readonly string[]): { command?: Command; rest: readonly string[] } {
  const two = commands.find((command) => command.name === `${argv[0]} ${argv[1]}`);
  if (two) return { command: two, rest: argv.slice(2) };
  const one = commands.find((command) => command.name === argv[0]);
  return one ? { command: one, rest: argv.slice(1) } : { rest: argv };
}

function exitCodeFor(error: unknown): number {
  if (error instanceof InsynError) return error.status >= 400 && error.status < 500 ? 2 : 1;
  return 1;
}

function reason(error: unknown): string {
  if (error instanceof InsynError) {
    const detail = error.detail ? ` ${error.detail}` : '';
    return `${error.code}: ${errorCatalogue[error.code].en}${detail}`;
  }
  return `INTERNAL: ${(error as Error)?.message ?? String(error)}`;
}

export async function runCli(argv: readonly string[], deps: CliDependencies): Promise<number> {
  const { commands, io } = deps;
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    (argv.length === 0 ? io.err : io.out).write(overview(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const { command, rest } = find(commands, argv);
  if (!command) {
    const group = commands.filter((candidate) => candidate.name.startsWith(`${argv[0]} `));
    const asksHelp = argv[1] === '--help' || argv[1] === '-h';
    if (group.length > 0 && (argv[1] === undefined || asksHelp)) {
      (asksHelp ? io.out : io.err).write(overview(group));
      return asksHelp ? 0 : 2;
    }
    io.err.write(`insyn: unknown command "${argv.slice(0, 2).join(' ')}". Run \`insyn --help\`.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out.write(`Usage: insyn ${command.name} ${command.usage}\n\n${command.summary}\n`);
    return 0;
  }
  let services: AppServices | undefined;
  let code: number;
  try {
    const config = deps.loadConfig();
    code = await command.run({
      args: rest,
      io,
      config,
      services: async () => (services ??= await deps.openServices(config)),
    });
  } catch (error) {
    io.err.write(`insyn ${command.name}: ${reason(error)}\n`);
    code = exitCodeFor(error);
  }
  try {
    await services?.close();
  } catch (error) {
    io.err.write(`insyn ${command.name}: closing failed: ${reason(error)}\n`);
    code = Math.max(code, 1);
  }
  return code;
}

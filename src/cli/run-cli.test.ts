import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { loadConfig } from '../config/load-config.ts';
import { InsynError } from '../domain/error-catalogue.ts';
import type { AppServices } from '../operations/app-services.ts';
import type { Command } from './command.ts';
import { runCli } from './run-cli.ts';

function io() {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (chunk: Buffer) => { stdout += chunk.toString(); });
  err.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
  return { io: { out, err }, stdout: () => stdout, stderr: () => stderr };
}

function command(name: string, run: Command['run']): Command {
  return { name, summary: `the ${name} command`, usage: '[--x]', run };
}

async function cli(argv: string[], commands: Command[], closeFails = false) {
  const streams = io();
  const services = { close: async () => { if (closeFails) throw new InsynError('AUDIT_TAMPERED', 'at close'); } } as unknown as AppServices;
  const code = await runCli(argv, { commands, io: streams.io, loadConfig: () => loadConfig({}), openServices: async () => services });
  return { code, stdout: streams.stdout(), stderr: streams.stderr() };
}

const ok = command('ok', async () => 0);
const opens = command('group opens', async (context) => { await context.services(); return 0; });
const badInput = command('bad', async () => { throw new InsynError('PERSONNUMMER_INVALID', 'check digit does not match'); });
const failing = command('fail', async () => { throw new InsynError('SOURCE_UNAVAILABLE', 'system x'); });
const crashing = command('crash', async () => { throw new Error('boom'); });
const all = [ok, opens, badInput, failing, crashing];

test('exit codes: 0 success, 2 bad usage or input, 1 failure, each with a one-line reason', async () => {
  assert.equal((await cli(['ok'], all)).code, 0);
  const bad = await cli(['bad'], all);
  assert.equal(bad.code, 2);
  assert.equal(bad.stderr, 'insyn bad: PERSONNUMMER_INVALID: The personal identity number is invalid. check digit does not match\n');
  const failed = await cli(['fail'], all);
  assert.equal(failed.code, 1);
  assert.match(failed.stderr, /^insyn fail: SOURCE_UNAVAILABLE: .*\n$/);
  const crashed = await cli(['crash'], all);
  assert.equal(crashed.code, 1);
  assert.match(crashed.stderr, /^insyn crash: INTERNAL: boom\n$/);
});

test('help for everything, groups and unknown commands', async () => {
  const help = await cli(['--help'], all);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^ {2}group opens {2}the group opens command$/m);
  assert.equal((await cli([], all)).code, 2);
  const commandHelp = await cli(['group', 'opens', '--help'], all);
  assert.equal(commandHelp.code, 0);
  assert.match(commandHelp.stdout, /^Usage: insyn group opens \[--x\]/);
  assert.equal((await cli(['group', '--help'], all)).code, 0);
  assert.equal((await cli(['group'], all)).code, 2);
  assert.equal((await cli(['nope'], all)).code, 2);
});

test('a failure while closing the services turns success into exit 1', async () => {
  const result = await cli(['group', 'opens'], all, true);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /closing failed: AUDIT_TAMPERED/);
});

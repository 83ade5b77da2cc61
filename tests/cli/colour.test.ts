// Colour and progress depend on the terminal: tested in-process with a fake terminal.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../services/analyser/src/cli.ts';
import { WEAK_PLAN } from './plans.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ehcp-colour-'));
  writeFileSync(join(dir, 'weak.txt'), WEAK_PLAN);
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function runFake(opts: { stdoutIsTTY: boolean; stderrIsTTY?: boolean; env?: Record<string, string> }, args = [join(dir, 'weak.txt')]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: opts.env ?? {},
    stdoutIsTTY: opts.stdoutIsTTY,
    stderrIsTTY: opts.stderrIsTTY ?? false,
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

const ANSI = /\x1b\[\d+m/;

describe('colour in the text format', () => {
  it('is on for a terminal', async () => {
    const r = await runFake({ stdoutIsTTY: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(ANSI);
  });

  it('is off when NO_COLOR is set to anything non-empty, or stdout is not a terminal', async () => {
    expect((await runFake({ stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(ANSI);
    expect((await runFake({ stdoutIsTTY: false })).stdout).not.toMatch(ANSI);
    expect((await runFake({ stdoutIsTTY: true, env: { NO_COLOR: '' } })).stdout).toMatch(ANSI);
  });

  it('never colours json', async () => {
    const r = await runFake({ stdoutIsTTY: true }, ['--format', 'json', join(dir, 'weak.txt')]);
    expect(r.stdout).not.toMatch(ANSI);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('shows progress on stderr only for a terminal and several files', async () => {
    const files = [join(dir, 'weak.txt'), join(dir, 'weak.txt')];
    expect((await runFake({ stdoutIsTTY: false, stderrIsTTY: true }, files)).stderr).toBe('Checking 1 of 2…\nChecking 2 of 2…\n');
    expect((await runFake({ stdoutIsTTY: false, stderrIsTTY: false }, files)).stderr).toBe('');
  });
});

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run as lint } from 'dockerfilelint';
import { imageNodeOptions } from '../../bench/bench-config.js';

const root = path.join(__dirname, '..', '..');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');

interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

/** The Dockerfile's instructions per stage (continuation lines joined, comments dropped). */
function stages(text: string): Instruction[][] {
  const result: Instruction[][] = [];
  for (const line of text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const [keyword, ...rest] = line.split(/\s+/);
    const instruction = { keyword: keyword.toUpperCase(), args: rest.join(' ') };
    if (instruction.keyword === 'FROM') result.push([]);
    result.at(-1)?.push(instruction);
  }
  return result;
}

const all = stages(dockerfile);
const final = all.at(-1)!;
const argsOf = (keyword: string) => final.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('Dockerfile', () => {
  it('passes dockerfilelint (the command exits non-zero on any finding)', () => {
    const output = execFileSync(process.execPath, [path.join(root, 'node_modules', 'dockerfilelint', 'bin', 'dockerfilelint'), 'Dockerfile'], { cwd: root, encoding: 'utf8' });
    expect(output).toContain('Issues: None found');
    expect(lint(root, dockerfile)).toEqual([]);
  });

  it('the linter does catch problems', () => {
    expect(lint(root, 'FROM node\nRUN sudo apt-get install curl\nEXPOSE 80:8080\n').map((i) => i.rule).sort()).toEqual(['expose_host_port', 'missing_tag', 'sudo_usage']);
  });

  it('builds in stages on node:24-slim', () => {
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const stage of all) expect(stage[0].args.split(/\s+/)[0]).toBe('node:24-slim');
  });

  it('ships production dependencies only, from a stage that installs with --omit=dev', () => {
    const dependencyStage = all.find((stage) => stage.some((i) => i.keyword === 'RUN' && /npm install .*--omit=dev/.test(i.args)));
    expect(dependencyStage).toBeDefined();
    const stageName = dependencyStage![0].args.split(/\s+AS\s+/i)[1];
    expect(argsOf('COPY')).toContain(`--from=${stageName} /app/node_modules ./node_modules`);
    expect(final.some((i) => i.keyword === 'RUN' && /npm (install|ci)/.test(i.args))).toBe(false);
  });

  it('leaves test fixtures and sources out of the final image', () => {
    for (const copy of argsOf('COPY')) expect(copy).not.toMatch(/\btest\b|\bsrc\b|fixtures/);
  });

  it('runs as a non-root user', () => {
    const users = argsOf('USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(final.findIndex((i) => i.keyword === 'USER')).toBeLessThan(final.findIndex((i) => i.keyword === 'CMD'));
  });

  it('checks /health/live', () => {
    const [healthcheck] = argsOf('HEALTHCHECK');
    expect(healthcheck).toContain('/health/live');
    expect(healthcheck).toMatch(/--interval=\d+s/);
    expect(healthcheck).toMatch(/--timeout=\d+s/);
  });

  it('starts the server by default; the migration command exists in the build', () => {
    expect(JSON.parse(argsOf('CMD')[0])).toEqual(['node', 'dist/src/main.js']);
    expect(existsSync(path.join(root, 'src', 'main.ts'))).toBe(true);
    expect(existsSync(path.join(root, 'src', 'cli', 'db-migrate.ts'))).toBe(true);
    expect(dockerfile).toContain('node dist/src/cli/db-migrate.js');
  });

  it('bounds the heap, and the bench measures the server with the same settings', () => {
    const nodeOptions = argsOf('ENV').map((args) => /^NODE_OPTIONS="([^"]*)"$/.exec(args)?.[1]).find(Boolean);
    expect(nodeOptions).toMatch(/--max-old-space-size=\d+/);
    expect(nodeOptions).toMatch(/--max-semi-space-size=\d+/);
    expect(imageNodeOptions(dockerfile)).toBe(nodeOptions);
    expect(imageNodeOptions('FROM node:24-slim\nENV NODE_OPTIONS="--x"\nFROM node:24-slim AS runtime\nCMD ["node"]\n')).toBe('');
  });

  it('keeps node_modules, tests and local data out of the build context', () => {
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const entry of ['node_modules', 'dist', 'test', '.data', '.tools', '.git']) expect(ignored).toContain(entry);
  });
});

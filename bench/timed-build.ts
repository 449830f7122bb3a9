/**
 * Runs `astro build --force` and reports its wall time and peak memory. Peak memory needs GNU time
 * (/usr/bin/time, Debian package "time"): it reports the largest resident set of any process of the build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface TimedBuild {
  ok: boolean;
  seconds: number;
  /** Peak resident memory in MB; undefined without GNU time. */
  peakMB?: number;
  stderr: string;
}

/** The Starlight-only baseline build of the same content: bench/plain-starlight/astro.config.mjs. */
export const PLAIN_STARLIGHT = ['--root', 'bench/plain-starlight'];

export function timedBuild(extraArgs: string[] = [], env: Record<string, string> = {}): TimedBuild {
  const astro = ['npx', 'astro', 'build', '--force', ...extraArgs];
  const [command, ...args] = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'MAXRSS %M', ...astro] : astro;
  const started = performance.now();
  const result = spawnSync(command!, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /MAXRSS (\d+)/.exec(result.stderr)?.[1];
  return { ok: result.status === 0, seconds, peakMB: rss ? Number(rss) / 1024 : undefined, stderr: result.stderr };
}

/** The error lines of a failed build, for the report. */
export function buildErrors(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => /error/i.test(line) || /^\S.*:/.test(line))
    .slice(0, 12)
    .join('\n');
}

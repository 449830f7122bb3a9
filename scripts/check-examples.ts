/**
 * npm run check:examples [files…]: checks every fenced code block of the handbook's pages with its
 * language's own tools, prints a table (language | blocks | checked | passed | failed | opted out),
 * and exits 1 naming page, line and the tool's message for every failure.
 *
 * - TypeScript: `tsc` (strict) against the libraries pinned in examples/package-lock.json; each
 *   page's blocks are files of one project, so `./problem.js` resolves to the block titled problem.ts.
 * - Python: `ast` for syntax, then pyright for what it can check without the third-party packages.
 * - Go: `gofmt -e` for syntax and formatting. SQL: PostgreSQL's own parser (@pgsql/parser); blocks marked
 *   `run="postgres"` also run on a throwaway local PostgreSQL (`min-version="18"`: parsed only on an older one).
 * - YAML: parsed; GitHub workflows against the workflow schema and OPS-11's hardened template. JSON, GraphQL, proto, TOML, INI, HTTP: parsed.
 * - Shell: `bash -n` and shellcheck. Dockerfile: parsed and held to OPS-01 to OPS-03.
 * Needs `npm ci --prefix examples`, and Debian's golang-go, shellcheck and python3 (.ci/run installs them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { extractExamples, LANGUAGE_OF, optOut, type Example } from '../src/lib/examples.ts';
import { readSourcePage } from '../src/lib/mdx.ts';
import { CONTENT_DIR } from '../src/lib/pages.ts';

const ROOT = resolve(import.meta.dirname, '..');
const EXAMPLES = join(ROOT, 'examples');
// One folder per run, so two runs at once (two people, two terminals) do not overwrite each other's files.
const GENERATED = join(EXAMPLES, '.generated', `run-${process.pid}`);
const PRELUDES = join(EXAMPLES, 'preludes');
const MODULES = join(EXAMPLES, 'modules');
const requireFromExamples = createRequire(join(EXAMPLES, 'package.json'));

export interface Failure {
  /** The block that fails, and the page line the tool's message points at. */
  example: Example;
  line: number;
  message: string;
}

type Checker = (examples: Example[]) => Promise<Failure[]> | Failure[];

const where = (example: Example) => `${example.file}:${example.line}`;
const fail = (example: Example, message: string, lineInBlock = 0): Failure => ({
  example,
  line: example.line + Math.max(lineInBlock, 0),
  message,
});

/** The prelude a fragment assumes, with the extension of its language; undefined if none. */
function prelude(example: Example, extension: string): string | undefined {
  const name = example.meta.prelude;
  if (!name) return undefined;
  const file = join(PRELUDES, `${name}.${extension}`);
  if (!existsSync(file)) throw new Error(`${where(example)}: prelude "${name}" not found: create ${relative(ROOT, file)}`);
  return readFileSync(file, 'utf8');
}

function needsCommentFirst(example: Example, commentStart: string): Failure[] {
  if (!example.meta.prelude) return [];
  const first = example.code.split('\n')[0]!.trim();
  return first.startsWith(commentStart)
    ? []
    : [fail(example, `a fragment with prelude="${example.meta.prelude}" must start with a comment that tells the reader what it assumes`)];
}

function tool(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

// ---------- TypeScript ----------

const TS_CONFIG = {
  compilerOptions: {
    strict: true,
    target: 'es2023',
    lib: ['es2023'],
    module: 'nodenext',
    moduleResolution: 'nodenext',
    types: ['node'],
    noEmit: true,
    skipLibCheck: true,
    experimentalDecorators: true,
    emitDecoratorMetadata: true,
    allowImportingTsExtensions: false,
  },
  include: ['**/*.ts'],
};

/** Runs a command without blocking, so the pages' tsc projects can run side by side. */
function run(command: string, args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: ROOT });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => done({ status, output }));
  });
}

/**
 * Each page is its own project, as a reader's repository would be: its blocks can import each other
 * (title="x.ts"), and one page's global declarations (an Express Request augmentation) never meet another's.
 */
const checkTypeScript: Checker = async (examples) => {
  const dir = join(GENERATED, 'ts');
  rmSync(dir, { recursive: true, force: true });
  const byFile = new Map<string, { example: Example; offset: number }>();
  const failures: Failure[] = [];
  const slugs = [...new Set(examples.map((example) => example.slug))];
  for (const slug of slugs) {
    mkdirSync(join(dir, slug), { recursive: true });
    // The reader's own modules a page's blocks import but the page does not show (examples/modules/<page>/).
    if (existsSync(join(MODULES, slug))) cpSync(join(MODULES, slug), join(dir, slug), { recursive: true });
    writeFileSync(join(dir, slug, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, slug, 'tsconfig.json'), JSON.stringify(TS_CONFIG, null, 2));
  }
  for (const example of examples) {
    failures.push(...needsCommentFirst(example, '//'));
    const head = prelude(example, 'ts') ?? '';
    const name = example.meta.title && /\.(ts|mts)$/.test(example.meta.title) ? example.meta.title : `L${example.line}.ts`;
    const file = join(dir, example.slug, name);
    if (byFile.has(file)) {
      failures.push(fail(example, `two blocks on this page are titled ${name}`));
      continue;
    }
    mkdirSync(join(dir, example.slug, ...name.split('/').slice(0, -1)), { recursive: true });
    // A block without imports or exports would be a script sharing one global scope with the others.
    const isModule = /^\s*(import|export)\s/m.test(example.code);
    writeFileSync(file, `${head}${example.code}\n${isModule ? '' : 'export {};\n'}`);
    byFile.set(file, { example, offset: head ? head.split('\n').length - 1 : 0 });
  }
  const tsc = join(EXAMPLES, 'node_modules', 'typescript', 'bin', 'tsc');
  const queue = [...slugs];
  const results: { slug: string; status: number | null; output: string }[] = [];
  const worker = async () => {
    for (let slug = queue.shift(); slug; slug = queue.shift())
      results.push({ slug, ...(await run(process.execPath, [tsc, '-p', join(dir, slug), '--pretty', 'false'])) });
  };
  await Promise.all(Array.from({ length: Math.min(2, slugs.length) }, worker));
  for (const { slug, status, output } of results) {
    const before = failures.length;
    for (const line of output.split('\n')) {
      const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+: .*)$/.exec(line);
      if (!match) continue;
      const target = byFile.get(resolve(ROOT, match[1]!));
      if (!target) {
        if (line.trim()) failures.push(fail(examples.find((example) => example.slug === slug)!, `tsc: ${line}`));
        continue;
      }
      const lineInBlock = Number(match[2]) - target.offset;
      failures.push(
        fail(target.example, lineInBlock < 1 ? `in prelude ${target.example.meta.prelude}: ${match[4]}` : match[4]!, lineInBlock),
      );
    }
    if (status !== 0 && failures.length === before) throw new Error(`tsc failed on ${slug} without a diagnostic:\n${output}`);
  }
  return failures;
};

// ---------- Python ----------

const PYRIGHT_CONFIG = {
  typeCheckingMode: 'standard',
  pythonVersion: '3.12',
  reportMissingImports: 'none',
  reportMissingModuleSource: 'none',
  reportAttributeAccessIssue: 'none', // attributes of the uninstalled third-party packages are unknown here
};

const checkPython: Checker = (examples) => {
  const dir = join(GENERATED, 'python');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'pyrightconfig.json'), JSON.stringify(PYRIGHT_CONFIG, null, 2));
  const failures: Failure[] = [];
  const byFile = new Map<string, { example: Example; offset: number }>();
  for (const example of examples) {
    failures.push(...needsCommentFirst(example, '#'));
    const head = prelude(example, 'py') ?? '';
    const file = join(dir, `${example.slug.replace(/-/g, '_')}_l${example.line}.py`);
    writeFileSync(file, `${head}${example.code}\n`);
    byFile.set(file, { example, offset: head ? head.split('\n').length - 1 : 0 });
  }
  const syntax = spawnSync(
    'python3',
    ['-c', 'import ast,sys,json\nfor f in sys.argv[1:]:\n  try: ast.parse(open(f).read(), f)\n  except SyntaxError as e: print(json.dumps([f, e.lineno or 0, e.msg]))', ...byFile.keys()],
    { encoding: 'utf8' },
  );
  if (syntax.error) throw new Error(`python3 is needed to check Python blocks: ${syntax.error.message}`);
  const broken = new Set<string>();
  for (const line of syntax.stdout.split('\n').filter(Boolean)) {
    const [file, lineNo, message] = JSON.parse(line) as [string, number, string];
    const target = byFile.get(file)!;
    broken.add(file);
    failures.push(fail(target.example, `SyntaxError: ${message}`, lineNo - target.offset));
  }
  const pyright = join(EXAMPLES, 'node_modules', 'pyright', 'index.js');
  const files = [...byFile.keys()].filter((file) => !broken.has(file));
  const result = spawnSync(process.execPath, [pyright, '--outputjson', '-p', join(dir, 'pyrightconfig.json'), ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const report = JSON.parse(result.stdout) as {
    generalDiagnostics: { file: string; severity: string; message: string; range: { start: { line: number } }; rule?: string }[];
  };
  for (const diagnostic of report.generalDiagnostics.filter((d) => d.severity === 'error')) {
    const target = byFile.get(diagnostic.file)!;
    const lineInBlock = diagnostic.range.start.line + 1 - target.offset;
    failures.push(
      fail(target.example, `pyright${diagnostic.rule ? ` (${diagnostic.rule})` : ''}: ${diagnostic.message.split('\n')[0]}`, lineInBlock),
    );
  }
  return failures;
};

// ---------- Go ----------

const checkGo: Checker = (examples) => {
  if (!tool('gofmt')) throw new Error('gofmt is needed to check Go blocks: apt-get install golang-go');
  return examples.flatMap((example) => {
    const source = `${example.code}\n`;
    const result = spawnSync('gofmt', ['-e'], { input: source, encoding: 'utf8' });
    if (result.status !== 0) {
      return result.stderr
        .split('\n')
        .filter(Boolean)
        .slice(0, 3)
        .map((line) => {
          const match = /^<standard input>:(\d+):\d+: (.*)$/.exec(line);
          return match ? fail(example, `gofmt: ${match[2]}`, Number(match[1])) : fail(example, `gofmt: ${line}`);
        });
    }
    return result.stdout === source ? [] : [fail(example, 'gofmt would reformat this block (run it through gofmt)')];
  });
};

// ---------- SQL ----------

/** A throwaway PostgreSQL cluster on a temporary data directory and socket, for blocks marked run="postgres". */
interface Postgres {
  major: number;
  run(sql: string): { ok: boolean; output: string };
  stop(): void;
}

function startPostgres(): Postgres | undefined {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map(Number).filter(Boolean).sort((a, b) => b - a) : [];
  if (!versions.length) return undefined;
  const bin = `/usr/lib/postgresql/${versions[0]}/bin`;
  const dir = mkdtempSync(join(tmpdir(), 'handbook-pg-'));
  // initdb refuses to run as root: run the cluster as the postgres user the Debian package creates.
  const asPostgres = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
  if (asPostgres.length) spawnSync('chown', ['postgres', dir]);
  const run = (command: string, args: string[], input?: string) =>
    spawnSync(asPostgres[0] ?? command, [...asPostgres.slice(1), ...(asPostgres.length ? [command] : []), ...args], { encoding: 'utf8', input });
  const init = run(`${bin}/initdb`, ['-D', `${dir}/data`, '-A', 'trust', '-U', 'postgres', '--no-sync']);
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const start = run(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-w', '-l', `${dir}/log`, '-o', `-k ${dir} -c listen_addresses='' -c fsync=off`, 'start']);
  if (start.status !== 0) throw new Error(`PostgreSQL did not start: ${start.stderr}`);
  let database = 0;
  return {
    major: versions[0]!,
    run(sql) {
      const name = `example_${++database}`;
      run(`${bin}/createdb`, ['-h', dir, '-U', 'postgres', name]);
      const result = run(`${bin}/psql`, ['-h', dir, '-U', 'postgres', '-d', name, '-X', '-q', '-v', 'ON_ERROR_STOP=1', '-f', '-'], sql);
      return { ok: result.status === 0, output: `${result.stderr}`.trim() };
    },
    stop() {
      run(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'fast', '-w', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** What the SQL check did beyond parsing, for the table. */
export const sqlRuns = { ran: 0, parsedOnly: 0, server: '' };

const checkSql: Checker = async (examples) => {
  const { parse } = requireFromExamples('@pgsql/parser') as { parse: (sql: string) => Promise<unknown> };
  const failures: Failure[] = [];
  const runnable: Example[] = [];
  for (const example of examples) {
    try {
      await parse(example.code);
      if (example.meta.run === 'postgres') runnable.push(example);
    } catch (error) {
      failures.push(fail(example, `PostgreSQL parser: ${(error as Error).message}`));
    }
  }
  if (!runnable.length) return failures;
  const postgres = startPostgres();
  if (!postgres) {
    sqlRuns.parsedOnly += runnable.length;
    return failures;
  }
  sqlRuns.server = `PostgreSQL ${postgres.major}`;
  try {
    for (const example of runnable) {
      // A block that needs a later server than this one is parsed, not run, and counted as such.
      if (Number(example.meta['min-version'] ?? 0) > postgres.major) {
        sqlRuns.parsedOnly++;
        continue;
      }
      const result = postgres.run(`${prelude(example, 'sql') ?? ''}${example.code}\n`);
      sqlRuns.ran++;
      if (!result.ok) failures.push(fail(example, `PostgreSQL ${postgres.major}: ${result.output.split('\n').slice(0, 2).join(' ')}`));
    }
  } finally {
    postgres.stop();
  }
  return failures;
};

// ---------- YAML ----------

type WorkflowError = { path?: string; title: string; detail?: string; states?: { errors: WorkflowError[] }[] };

/** The deepest messages of a JSON-schema validation error (the alternatives of a oneOf, flattened). */
function workflowMessages(error: WorkflowError): string[] {
  // A oneOf (a job is steps or a reusable workflow) reports every alternative: keep the closest one.
  if (error.states?.length) {
    const closest = [...error.states].sort((a, b) => a.errors.length - b.errors.length)[0]!;
    return closest.errors.flatMap(workflowMessages);
  }
  return [`${error.path ?? ''}: ${error.detail ?? error.title}`];
}

/** The hardened-workflow template of OPS-11: SHA-pinned actions, least permissions, job timeouts. */
function workflowPolicy(workflow: { permissions?: unknown; jobs?: Record<string, Record<string, unknown>> }): string[] {
  const problems: string[] = [];
  if (workflow.permissions === undefined) problems.push('no top-level permissions: (OPS-11: contents: read, more per job)');
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (job.uses === undefined && job['timeout-minutes'] === undefined) problems.push(`job ${name} has no timeout-minutes (OPS-11)`);
    for (const step of (job.steps as Record<string, unknown>[] | undefined) ?? []) {
      const uses = typeof step.uses === 'string' ? step.uses : undefined;
      if (!uses || uses.startsWith('./') || uses.startsWith('docker://')) continue;
      if (!/@[0-9a-f]{40}$/.test(uses)) problems.push(`job ${name}: ${uses} is not pinned by a full commit SHA (OPS-11, SEC-13)`);
      const withs = (step.with ?? {}) as Record<string, unknown>;
      if (uses.startsWith('actions/checkout@') && withs['persist-credentials'] !== false)
        problems.push(`job ${name}: actions/checkout without persist-credentials: false (OPS-11)`);
    }
  }
  return problems;
}

/**
 * GITHUB_TOKEN scopes that GitHub documents ("Controlling permissions for GITHUB_TOKEN") but the
 * validator's bundled schema predates; checked here, then removed before schema validation.
 */
const NEWER_PERMISSION_SCOPES = ['attestations', 'artifact-metadata', 'models'];

function withoutNewerScopes(workflow: Record<string, unknown>): { workflow: Record<string, unknown>; problems: string[] } {
  const problems: string[] = [];
  const strip = (permissions: unknown, where: string) => {
    if (!permissions || typeof permissions !== 'object') return permissions;
    const rest = { ...(permissions as Record<string, unknown>) };
    for (const scope of NEWER_PERMISSION_SCOPES) {
      if (!(scope in rest)) continue;
      if (!['read', 'write', 'none'].includes(String(rest[scope]))) problems.push(`${where}permissions.${scope} must be read, write or none`);
      delete rest[scope];
    }
    return rest;
  };
  const jobs = Object.fromEntries(
    Object.entries((workflow.jobs ?? {}) as Record<string, Record<string, unknown>>).map(([name, job]) => [
      name,
      job.permissions === undefined ? job : { ...job, permissions: strip(job.permissions, `jobs.${name}.`) },
    ]),
  );
  const top = workflow.permissions === undefined ? {} : { permissions: strip(workflow.permissions, '') };
  return { workflow: { ...workflow, ...top, jobs }, problems };
}

const checkYaml: Checker = (examples) => {
  const { validateWorkflow } = requireFromExamples('@action-validator/core') as {
    validateWorkflow: (source: string) => { errors: WorkflowError[] };
  };
  const failures: Failure[] = [];
  for (const example of examples) {
    const documents = parseAllDocuments(example.code);
    const errors = documents.flatMap((document) => document.errors);
    if (errors.length) {
      failures.push(...errors.map((error) => fail(example, `YAML: ${error.message.split('\n')[0]}`, error.linePos?.[0].line ?? 0)));
      continue;
    }
    const data = documents[0]?.toJS() as Record<string, unknown> | null;
    // YAML 1.1 readers turn a bare `on:` key into `true`; the yaml package keeps it as the string 'on'.
    const isWorkflow = data !== null && typeof data === 'object' && 'jobs' in data && ('on' in data || 'true' in data);
    if (!isWorkflow) continue;
    const { workflow, problems } = withoutNewerScopes(data);
    failures.push(...problems.map((message) => fail(example, `workflow: ${message}`)));
    const messages = [...new Set(validateWorkflow(JSON.stringify(workflow)).errors.flatMap(workflowMessages))];
    failures.push(...messages.map((message) => fail(example, `workflow schema: ${message}`)));
    failures.push(...workflowPolicy(data).map((message) => fail(example, `workflow: ${message}`)));
  }
  return failures;
};

// ---------- small formats ----------

const checkJson: Checker = (examples) =>
  examples.flatMap((example) => {
    try {
      JSON.parse(example.code);
      return [];
    } catch (error) {
      return [fail(example, `JSON: ${(error as Error).message}`)];
    }
  });

const checkGraphql: Checker = (examples) => {
  const { parse } = requireFromExamples('graphql') as { parse: (source: string) => unknown };
  return examples.flatMap((example) => {
    try {
      parse(example.code);
      return [];
    } catch (error) {
      const location = (error as { locations?: { line: number }[] }).locations?.[0];
      return [fail(example, `GraphQL: ${(error as Error).message}`, (location?.line ?? 0))];
    }
  });
};

const checkProto: Checker = (examples) => {
  const protobuf = requireFromExamples('protobufjs') as { parse: (source: string) => unknown };
  return examples.flatMap((example) => {
    try {
      protobuf.parse(example.code);
      return [];
    } catch (error) {
      return [fail(example, `protobuf: ${(error as Error).message}`)];
    }
  });
};

const checkToml: Checker = (examples) => {
  const { parse } = requireFromExamples('smol-toml') as { parse: (source: string) => unknown };
  return examples.flatMap((example) => {
    try {
      parse(example.code);
      return [];
    } catch (error) {
      return [fail(example, `TOML: ${(error as Error).message.split('\n')[0]}`)];
    }
  });
};

/** INI-style configuration (pgbouncer.ini, redis.conf, .properties): sections, comments and key/value lines. */
const checkIni: Checker = (examples) =>
  examples.flatMap((example) =>
    example.code.split('\n').flatMap((text, index) => {
      const line = text.trim();
      const continuation = /^\s/.test(text) && index > 0;
      if (line === '' || continuation || /^[#;]/.test(line) || /^\[[^\]]+\]$/.test(line) || /^[\w.\-*"]+\s*(=|:|\s)\s*\S?/.test(line)) return [];
      return [fail(example, `not a section, comment or key/value line: ${line}`, index + 1)];
    }),
  );

/** HTTP messages (RFC 9112): a request or status line, header fields, a blank line, then the body. */
const checkHttp: Checker = (examples) =>
  examples.flatMap((example) => {
    const failures: Failure[] = [];
    const lines = example.code.split('\n');
    let expectStart = true;
    let inHeaders = false;
    lines.forEach((text, index) => {
      const at = index + 1;
      if (expectStart) {
        if (text.trim() === '') return;
        // A block of header fields alone (no start line) is an excerpt of a message.
        if (index === lines.findIndex((l) => l.trim() !== '') && /^[!#$%&'*+\-.^_`|~\w]+: /.test(text) && !/^HTTP\//.test(text)) {
          expectStart = false;
          inHeaders = true;
          return;
        }
        if (!/^(?:[A-Z]+ \S+ HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)? \d{3}(?: .*)?)$/.test(text))
          failures.push(fail(example, `not an HTTP request or status line: ${text}`, at));
        expectStart = false;
        inHeaders = true;
        return;
      }
      if (!inHeaders) {
        // A further message in the same block starts after a body or a blank line.
        if (/^(?:[A-Z]+ \S+ HTTP\/|HTTP\/\d)/.test(text)) {
          inHeaders = true;
        }
        return;
      }
      if (text === '') inHeaders = false;
      else if (!/^[!#$%&'*+\-.^_`|~\w]+: ?.*$/.test(text) && !/^\s+\S/.test(text))
        failures.push(fail(example, `not an HTTP header field ("Name: value"): ${text}`, at));
    });
    return failures;
  });

const checkShell: Checker = (examples) => {
  const hasShellcheck = tool('shellcheck');
  return examples.flatMap((example) => {
    const syntax = spawnSync('bash', ['-n'], { input: example.code, encoding: 'utf8' });
    if (syntax.status !== 0) return [fail(example, `bash -n: ${syntax.stderr.trim().split('\n')[0]}`)];
    if (!hasShellcheck) return [];
    const result = spawnSync('shellcheck', ['--shell=bash', '--severity=warning', '--format=gcc', '-'], { input: example.code, encoding: 'utf8' });
    return result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const match = /^-:(\d+):\d+: (.*)$/.exec(line);
        return match ? fail(example, `shellcheck: ${match[2]}`, Number(match[1])) : fail(example, `shellcheck: ${line}`);
      });
  });
};

/** Dockerfiles: parsed, and held to the devops page's own rules (OPS-01 to OPS-03). */
const checkDockerfile: Checker = (examples) => {
  const { DockerfileParser } = requireFromExamples('dockerfile-ast') as {
    DockerfileParser: { parse: (text: string) => { getFROMs(): { getImageName(): string | null; getRange(): { start: { line: number } }; getTextContent(): string }[]; getInstructions(): { getKeyword(): string; getArgumentsContent(): string | null; getRange(): { start: { line: number } } }[] } };
  };
  return examples.flatMap((example) => {
    const failures: Failure[] = [];
    const dockerfile = DockerfileParser.parse(example.code);
    const instructions = dockerfile.getInstructions();
    const known = new Set(['FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL']);
    for (const instruction of instructions)
      if (!known.has(instruction.getKeyword()))
        failures.push(fail(example, `unknown instruction ${instruction.getKeyword()}`, instruction.getRange().start.line + 1));
    const stages = new Set<string>();
    for (const from of dockerfile.getFROMs()) {
      const at = from.getRange().start.line + 1;
      const text = from.getTextContent();
      const [, image, stage] = /^FROM\s+(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?/i.exec(text.trim()) ?? [];
      if (stage) stages.add(stage.toLowerCase());
      // A stage built on an earlier stage inherits that stage's pinned base.
      if (image && stages.has(image.toLowerCase()) && image.toLowerCase() !== stage?.toLowerCase()) continue;
      if (/\$\{?\w/.test(text)) failures.push(fail(example, 'FROM uses an ARG: Dependabot and Renovate cannot update it (OPS-03)', at));
      else if (!/@sha256:[0-9a-f]{64}/.test(text) && !/^FROM\s+scratch\b/i.test(text.trim()))
        failures.push(fail(example, 'FROM is not pinned by digest (OPS-03)', at));
    }
    const users = instructions.filter((instruction) => instruction.getKeyword() === 'USER');
    const lastFrom = dockerfile.getFROMs().at(-1);
    const finalUser = users.filter((user) => user.getRange().start.line > (lastFrom?.getRange().start.line ?? -1)).at(-1);
    if (!finalUser || /^(root|0)(:|$)/.test(finalUser.getArgumentsContent() ?? ''))
      failures.push(fail(example, 'the final stage does not switch to a non-root USER (OPS-02)'));
    return failures;
  });
};

const checkMarkdown: Checker = (examples) =>
  examples.flatMap((example) => {
    try {
      readSourcePageFromText(example.code);
      return [];
    } catch (error) {
      return [fail(example, `Markdown: ${(error as Error).message}`)];
    }
  });

function readSourcePageFromText(text: string): void {
  const file = join(GENERATED, 'markdown.md');
  mkdirSync(GENERATED, { recursive: true });
  writeFileSync(file, text);
  readSourcePage(file);
}

/** Rust: rustfmt --check parses and checks formatting, where Debian's rustfmt is installed. */
const checkRust: Checker = (examples) => {
  if (!tool('rustfmt')) throw new Error('rustfmt is needed to check Rust blocks: apt-get install rustfmt');
  return examples.flatMap((example) => {
    const result = spawnSync('rustfmt', ['--edition', '2024', '--emit', 'stdout'], { input: example.code, encoding: 'utf8' });
    if (result.status !== 0) return [fail(example, `rustfmt: ${result.stderr.trim().split('\n').slice(0, 2).join(' ')}`)];
    return [];
  });
};

export const CHECKERS: Record<string, { checker: Checker; tool: string }> = {
  typescript: { checker: checkTypeScript, tool: 'tsc --strict' },
  python: { checker: checkPython, tool: 'ast + pyright' },
  go: { checker: checkGo, tool: 'gofmt -e' },
  sql: { checker: checkSql, tool: 'PostgreSQL parser' },
  yaml: { checker: checkYaml, tool: 'yaml; workflows: schema + OPS-11' },
  json: { checker: checkJson, tool: 'JSON.parse' },
  shell: { checker: checkShell, tool: 'bash -n + shellcheck' },
  dockerfile: { checker: checkDockerfile, tool: 'dockerfile-ast + OPS rules' },
  graphql: { checker: checkGraphql, tool: 'graphql parse' },
  proto: { checker: checkProto, tool: 'protobufjs' },
  toml: { checker: checkToml, tool: 'smol-toml' },
  ini: { checker: checkIni, tool: 'key/value lines' },
  http: { checker: checkHttp, tool: 'RFC 9112 message syntax' },
  markdown: { checker: checkMarkdown, tool: 'Markdown parser' },
  rust: { checker: checkRust, tool: 'rustfmt' },
};

/** Text blocks (diagrams, directory trees, templates, output) are not code: counted, not checked. */
const NOT_CODE = new Set(['text']);

export interface Report {
  rows: { language: string; blocks: number; checked: number; passed: number; failed: number; optedOut: number; tool: string }[];
  failures: Failure[];
  problems: string[];
  optedOut: { example: Example; reason: string }[];
}

export async function checkExamples(files: string[]): Promise<Report> {
  const examples = files.flatMap((file) => extractExamples(readSourcePage(file)));
  const problems: string[] = [];
  const optedOut: Report['optedOut'] = [];
  const byLanguage = new Map<string, Example[]>();
  const all = new Map<string, Example[]>();
  for (const example of examples) {
    const language = LANGUAGE_OF[example.lang];
    if (!language) {
      problems.push(`${where(example)}: fence language "${example.lang || '(none)'}" is not one the check knows; name the language`);
      continue;
    }
    all.set(language, [...(all.get(language) ?? []), example]);
    const reason = optOut(example);
    if (reason !== undefined) {
      if (!reason) problems.push(`${where(example)}: check=false needs reason="…" saying why the block is not checked`);
      else if (language === 'typescript') problems.push(`${where(example)}: TypeScript blocks may not opt out of the check`);
      optedOut.push({ example, reason });
      continue;
    }
    if (NOT_CODE.has(language)) continue;
    byLanguage.set(language, [...(byLanguage.get(language) ?? []), example]);
  }
  const failures: Failure[] = [];
  const rows: Report['rows'] = [];
  for (const [language, list] of [...all].sort((a, b) => b[1].length - a[1].length)) {
    const checked = byLanguage.get(language) ?? [];
    const found = checked.length && CHECKERS[language] ? await CHECKERS[language].checker(checked) : [];
    failures.push(...found);
    const failedBlocks = new Set(found.map((failure) => `${failure.example.file}:${failure.example.line}`));
    rows.push({
      language,
      blocks: list.length,
      checked: checked.length,
      passed: checked.length - failedBlocks.size,
      failed: failedBlocks.size,
      optedOut: optedOut.filter((o) => LANGUAGE_OF[o.example.lang] === language).length,
      tool: NOT_CODE.has(language)
        ? 'not code: read by hand'
        : language === 'sql' && sqlRuns.ran + sqlRuns.parsedOnly > 0
          ? `${CHECKERS.sql!.tool}; ${sqlRuns.ran} run on ${sqlRuns.server || 'no server'}, ${sqlRuns.parsedOnly} need a later server (parsed only)`
          : (CHECKERS[language]?.tool ?? ''),
    });
  }
  return { rows, failures, problems, optedOut };
}

function pages(): string[] {
  return readdirSync(CONTENT_DIR)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => join(CONTENT_DIR, file));
}

async function main() {
  const files = process.argv.slice(2);
  if (!existsSync(join(EXAMPLES, 'node_modules'))) {
    console.error('examples/node_modules is missing: run npm ci --prefix examples');
    process.exit(2);
  }
  const report = await checkExamples(files.length ? files : pages());
  const header = ['language', 'blocks', 'checked', 'passed', 'failed', 'opted out', 'tool'];
  const cells = report.rows.map((r) => [r.language, r.blocks, r.checked, r.passed, r.failed, r.optedOut, r.tool].map(String));
  const total = report.rows.reduce((sum, r) => [sum[0]! + r.blocks, sum[1]! + r.checked, sum[2]! + r.passed, sum[3]! + r.failed, sum[4]! + r.optedOut], [0, 0, 0, 0, 0]);
  cells.push(['total', ...total.map(String), '']);
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ');
  console.log(line(header));
  cells.forEach((row) => console.log(line(row)));
  if (report.optedOut.length) {
    console.log(`\nOpted out (${report.optedOut.length}):`);
    for (const { example, reason } of report.optedOut) console.log(`  ${where(example)} [${example.lang}]: ${reason}`);
  }
  const messages = [
    ...report.problems,
    ...report.failures.map((f) => `${f.example.file}:${f.line} [${f.example.lang}] ${f.message}`),
  ];
  if (messages.length) {
    console.error(`\n${messages.length} problem(s):\n${messages.map((m) => `  ${m}`).join('\n')}`);
    process.exit(1);
  }
  rmSync(GENERATED, { recursive: true, force: true }); // kept after a failure, to rerun a tool by hand
  console.log(`\n${total[1]} blocks checked in ${basename(CONTENT_DIR)}/: all pass.`);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) await main();

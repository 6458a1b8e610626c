// A PostgreSQL of a test's own (scripts/pg/tempServer.mjs), which the test may stop and start again on the
// same port and data: the shared test server (NEWSLENS_TEST_PG_URL) is never stopped under other tests.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../unit/seeds';

interface TempServer {
  url: string;
  port: number;
  root: string;
  bin: string;
  stop(): Promise<void>;
}

export interface OwnServer {
  url: string;
  /** Stops the server (fast shutdown: sessions are ended); its data stays. */
  halt(): void;
  /** Starts it again on the same port and data. */
  resume(): void;
  /** Stops it for good and removes its folder. */
  stop(): Promise<void>;
}

const SERVER_USER = process.env.NEWSLENS_PG_USER || 'nobody';

function pgCtl(server: TempServer, args: string[]): void {
  const program = join(server.bin, 'pg_ctl');
  const asRoot = process.getuid?.() === 0;
  const r = spawnSync(asRoot ? 'runuser' : program, asRoot ? ['-u', SERVER_USER, '--', program, ...args] : args, { cwd: server.root, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pg_ctl ${args.at(-1)} failed: ${`${r.stdout}${r.stderr}`.trim()}`);
}

export async function ownServer(): Promise<OwnServer> {
  // tempServer.mjs is an ES module: import() it (esbuild keeps import() as it is in CommonJS output).
  const moduleUrl = pathToFileURL(join(ROOT, 'scripts', 'pg', 'tempServer.mjs')).href;
  const { startTempServer } = await import(moduleUrl) as { startTempServer(o: { fast: boolean }): Promise<TempServer> };
  const server = await startTempServer({ fast: true });
  const data = join(server.root, 'data');
  return {
    url: server.url,
    halt: () => pgCtl(server, ['-D', data, '-m', 'fast', '-w', 'stop']),
    resume: () => pgCtl(server, ['-D', data, '-l', join(server.root, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${server.port} -c listen_addresses=127.0.0.1 -k '${server.root}' -c fsync=off`, 'start']),
    stop: () => server.stop(),
  };
}

// The shape of src/core, read from its source: the folders import one another one way only (no cycle in the
// folder graph), and no file imports `vscode`. A folder is an immediate subfolder of src/core; the files at
// the root of src/core (annotate.ts, the top of the pipeline) are the folder "src/core".
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as ts from 'typescript';
import { ROOT } from './seeds';

const CORE = join(ROOT, 'src', 'core');

/** Every .ts file below dir (declaration files included: they import too). */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFiles(p);
    return p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The module specifiers of a source text, as written: static imports, `export ... from`, `import('...')`
 * (calls and type queries) and require(). TypeScript's own pre-processor reads them, so specifiers in
 * comments and strings are not counted.
 */
function specifiers(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

/** The file a relative specifier names, the way the compiler resolves it; null when there is none. */
function resolveRelative(fromFile: string, specifier: string): string | null {
  const p = resolve(dirname(fromFile), specifier);
  const candidates = [p, `${p}.ts`, `${p}.d.ts`, join(p, 'index.ts'), join(p, 'index.d.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** "src/core" for a file at the root of src/core, "src/core/<folder>" for one below; null outside src/core. */
function folderOf(file: string): string | null {
  const rel = relative(CORE, file);
  if (rel.startsWith('..') || isAbsolute(rel)) return null;
  const parts = rel.split(sep);
  return parts.length === 1 ? 'src/core' : `src/core/${parts[0]}`;
}

/** Folder -> folder it imports -> one import that makes the edge ("src/core/x/a.ts imports '../y/b'"). */
type FolderGraph = Map<string, Map<string, string>>;

interface CoreImports {
  graph: FolderGraph;
  /** Files that import vscode, with the specifier. */
  vscode: string[];
  /** Relative specifiers that name no file. */
  unresolved: string[];
}

function readCore(): CoreImports {
  const graph: FolderGraph = new Map();
  const vscode: string[] = [];
  const unresolved: string[] = [];
  for (const file of tsFiles(CORE)) {
    const from = folderOf(file)!;
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    const name = relative(ROOT, file).split(sep).join('/');
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (spec === 'vscode' || spec.startsWith('vscode/')) vscode.push(`${name} imports '${spec}'`);
      if (!spec.startsWith('.')) continue;
      const target = resolveRelative(file, spec);
      if (!target) {
        unresolved.push(`${name} imports '${spec}'`);
        continue;
      }
      const to = folderOf(target);
      if (to && to !== from && !edges.has(to)) edges.set(to, `${name} imports '${spec}'`);
    }
  }
  return { graph, vscode, unresolved };
}

/**
 * The cycles of the folder graph: the folders that reach one another (Tarjan's strongly connected
 * components), and in each such group the shortest cycle through each of its folders, written from the
 * cycle's first folder by name back to it. Empty when the graph has no cycle.
 */
function cycles(graph: FolderGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: Set<string>[] = [];
  const visit = (v: string): void => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) !== index.get(v)) return;
    const group = new Set<string>();
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      group.add(w);
    } while (w !== v);
    if (group.size > 1) groups.push(group);
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  const found = new Map<string, string[]>();
  for (const group of groups) {
    for (const start of [...group].sort()) {
      const cycle = shortestCycle(graph, group, start);
      const first = cycle.indexOf([...cycle].sort()[0]);
      const rotated = [...cycle.slice(first, -1), ...cycle.slice(0, first), cycle[first]];
      found.set(rotated.join(' -> '), rotated);
    }
  }
  return [...found.values()];
}

/** A shortest path from start back to itself that stays inside the group (breadth first). */
function shortestCycle(graph: FolderGraph, group: ReadonlySet<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  for (let k = 0; k < queue.length; k++) {
    const v = queue[k];
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!group.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(previous.get(path[0])!);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  throw new Error(`no cycle through ${start}`);
}

/** "a -> b -> a" followed by the import behind each step. */
function describeCycle(graph: FolderGraph, cycle: string[]): string {
  const steps = cycle.slice(1).map((to, k) => `    ${graph.get(cycle[k])!.get(to)}`);
  return [`  ${cycle.join(' -> ')}`, ...steps].join('\n');
}

function graphOf(edges: Record<string, string[]>): FolderGraph {
  return new Map(Object.entries(edges).map(([from, tos]) => [from, new Map(tos.map((to) => [to, `${from} imports ${to}`]))]));
}

/** Functions longer than `max` lines in a source text, as "name (N lines, line L)". */
function longFunctions(file: string, source: string, max: number): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const lines = sf.getLineAndCharacterOfPosition(node.getEnd()).line - first + 1;
      const name = node.name ? node.name.getText(sf) : '(anonymous)';
      if (lines > max) out.push(`${relative(ROOT, file)}: ${name} (${lines} lines, line ${first + 1})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

describe('architecture of src/core', () => {
  const core = readCore();

  it('reads every import form and finds the cycles of a folder graph', () => {
    const source = [
      "import { a } from './a';",
      "import type { B } from '../b';",
      "export * from './c';",
      "export { d } from './d';",
      "type E = import('./e').E;",
      "const f = () => import('./f');",
      "// import { g } from './g';",
      "const h = `import { h } from './h'`;",
    ].join('\n');
    assert.deepEqual(specifiers(source), ['./a', '../b', './c', './d', './e', './f']);
    assert.deepEqual(cycles(graphOf({ a: ['b'], b: ['c'], c: [] })), []);
    assert.deepEqual(cycles(graphOf({ a: ['b'], b: ['c', 'd'], c: ['a'], d: ['d'] })), [['a', 'b', 'c', 'a']]);
    assert.deepEqual(cycles(graphOf({ a: ['b', 'c'], b: ['a'], c: ['a'] })), [['a', 'b', 'a'], ['a', 'c', 'a']]);
  });

  it('resolves every relative import of src/core', () => {
    assert.ok(core.graph.size > 5, `only ${core.graph.size} folders found in ${CORE}`);
    assert.deepEqual(core.unresolved, []);
  });

  it('has no import cycle between the folders of src/core', () => {
    const found = cycles(core.graph);
    assert.ok(!found.length, `folder import cycles in src/core:\n${found.map((c) => describeCycle(core.graph, c)).join('\n')}`);
  });

  it('never imports vscode in src/core', () => {
    assert.deepEqual(core.vscode, []);
  });

  it('keeps every function of src/core/nlp within 60 lines (and counts a longer one)', () => {
    const long = 'function f() {\n' + '  g();\n'.repeat(60) + '}\n';
    assert.equal(longFunctions('x.ts', long, 60).length, 1);
    assert.deepEqual(tsFiles(join(CORE, 'nlp')).flatMap((f) => longFunctions(f, readFileSync(f, 'utf8'), 60)), []);
  });
});

describe('architecture of src/store', () => {
  const STORE = join(ROOT, 'src', 'store');
  const inside = (dir: string, file: string) => !relative(dir, file).startsWith('..') && !isAbsolute(relative(dir, file));

  /** "file imports 'spec'" for every import of `files` that `bad(target or specifier)` refuses. */
  function imports(files: string[], bad: (spec: string, target: string | null) => boolean): string[] {
    return files.flatMap((file) => specifiers(readFileSync(file, 'utf8'))
      .filter((spec) => bad(spec, spec.startsWith('.') ? resolveRelative(file, spec) : null))
      .map((spec) => `${relative(ROOT, file).split(sep).join('/')} imports '${spec}'`));
  }

  it('imports only itself, src/core and packages: never src/cli, src/editor or vscode', () => {
    const files = tsFiles(STORE);
    assert.ok(files.length > 5, `only ${files.length} files in ${STORE}`);
    const wrong = imports(files, (spec, target) => (spec.startsWith('.') ? !target || !(inside(STORE, target) || inside(CORE, target)) : spec === 'vscode' || spec.startsWith('vscode/')));
    assert.deepEqual(wrong, []);
  });

  it('is never imported by src/core, which stays free of the database', () => {
    assert.deepEqual(imports(tsFiles(CORE), (spec, target) => (target ? inside(STORE, target) : /^(pg|pg-copy-streams)(\/|$)/.test(spec))), []);
  });

  it('keeps every function of src/store within 60 lines', () => {
    assert.deepEqual(tsFiles(STORE).flatMap((f) => longFunctions(f, readFileSync(f, 'utf8'), 60)), []);
  });
});

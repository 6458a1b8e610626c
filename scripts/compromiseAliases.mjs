// compromise's Node builds (minified CommonJS) rather than the ES sources an `import` resolves to: the same
// tagger, measurably faster. The extension, the CLI and the benchmark's raw-compromise side all bundle it
// this way, so the benchmark compares like with like.
export const COMPROMISE_ALIASES = {
  compromise: './node_modules/compromise/builds/three/compromise-three.cjs',
  'compromise/two': './node_modules/compromise/builds/two/compromise-two.cjs',
};

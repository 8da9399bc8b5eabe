// Read by scripts/manifests.mjs for every package: Lit-aware, sources only.
export default {
  litelement: true,
  globs: ['src/**/*.ts'],
  exclude: ['src/**/locales/**', 'src/**/*.d.ts'],
  outdir: '.',
};

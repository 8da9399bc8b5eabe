// Loads the elements into the strict-CSP test page: the source modules, or with `?built` the CDN
// file that `npm run build` writes, as a site would copy it.
const built = new URLSearchParams(location.search).has('built');
await import(built ? '/packages/widgets/dist/devisus.js' : '/packages/widgets/src/index.ts');

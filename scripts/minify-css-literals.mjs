// Rollup plugin: minifies the CSS inside Lit's css`...` templates (terser leaves template text
// alone), dropping comments and the white space around punctuation. Interpolations stay as they are.
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/\.(ts|js)$/.test(id) || id.includes('node_modules') || !code.includes('css`')) return null;
      const minified = code.replace(/\bcss`([^`]*)`/g, (_, text) => `css\`${minifyCss(text)}\``);
      return { code: minified, map: null };
    },
  };
}

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

// Rollup plugin: shrinks the markup inside Lit's html`...` and svg`...` templates, which the
// minifier leaves alone. A run of white space that holds a line break renders exactly like one
// space (outside <pre> and `white-space: pre`, which our templates never indent), so it becomes
// one: the indentation of the source no longer ships. Runs on JavaScript, after TypeScript.
const TAGS = new Set(['html', 'svg']);

export function minifyHtmlLiterals() {
  return {
    name: 'minify-html-literals',
    transform(code, id) {
      if (id.includes('node_modules') || !/\b(html|svg)`/.test(code)) return null;
      const edits = [];
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression' || !TAGS.has(node.tag.name)) return;
        for (const quasi of node.quasi.quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const collapsed = raw.replace(/\s*\n\s*/g, ' ');
          if (collapsed !== raw) edits.push([quasi.start, quasi.end, collapsed]);
        }
      });
      if (!edits.length) return null;
      let result = '';
      let at = 0;
      for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
        result += code.slice(at, start) + text;
        at = end;
      }
      return { code: result + code.slice(at), map: null };
    },
  };
}

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit));
    else if (value && typeof value === 'object' && typeof value.type === 'string') walk(value, visit);
  }
}

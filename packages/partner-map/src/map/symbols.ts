import { svg } from 'lit';

/** Shapes for kinds of place, so that kinds differ by more than colour. */
const SHAPES = ['circle', 'square', 'diamond', 'triangle', 'star'] as const;
const KNOWN = ['partner', 'meeting', 'member'];

/** Each kind keeps its own shape and colour slot; known kinds first, others in order of appearance. */
export function kindIndex(kinds: string[], kind: string): number {
  const known = KNOWN.indexOf(kind);
  if (known >= 0) return known;
  return KNOWN.length + kinds.filter((item) => !KNOWN.includes(item)).indexOf(kind);
}

/** A symbol of radius `r` centred on 0,0. */
export function symbol(index: number, r: number) {
  const shape = SHAPES[index % SHAPES.length];
  switch (shape) {
    case 'square':
      return svg`<rect x=${-r * 0.9} y=${-r * 0.9} width=${r * 1.8} height=${r * 1.8}></rect>`;
    case 'diamond':
      return svg`<polygon points="0,${-r * 1.2} ${r * 1.2},0 0,${r * 1.2} ${-r * 1.2},0"></polygon>`;
    case 'triangle':
      return svg`<polygon points="0,${-r * 1.2} ${r * 1.1},${r * 0.8} ${-r * 1.1},${r * 0.8}"></polygon>`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 ? r * 0.5 : r * 1.25;
        const angle = -Math.PI / 2 + (i * Math.PI) / 5;
        return `${(radius * Math.cos(angle)).toFixed(1)},${(radius * Math.sin(angle)).toFixed(1)}`;
      });
      return svg`<polygon points=${points.join(' ')}></polygon>`;
    }
    default:
      return svg`<circle r=${r}></circle>`;
  }
}

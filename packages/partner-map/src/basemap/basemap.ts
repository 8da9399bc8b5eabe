import type { GeoProjection } from 'd3-geo';

/**
 * The countries as SVG path data in the map's drawing space. The shapes ship with the package and
 * load as a chunk of their own the first time a map is shown: no tile server, no request elsewhere.
 */
export async function basemapPaths(projection: GeoProjection): Promise<string[]> {
  const { default: basemap } = await import('./europe.generated.js');
  const step = basemap.precision;
  return basemap.countries.map((country) =>
    country.rings
      .map((ring) => {
        let x = 0;
        let y = 0;
        let path = '';
        for (let index = 0; index < ring.length; index += 2) {
          x += ring[index];
          y += ring[index + 1];
          const point = projection([x * step, y * step]);
          if (point) path += `${index ? 'L' : 'M'}${point[0].toFixed(1)} ${point[1].toFixed(1)}`;
        }
        return `${path}Z`;
      })
      .join(''),
  );
}

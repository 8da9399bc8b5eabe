// The DEVISUS places as GeoJSON for <devisus-partner-map>: the five partner meetings where they took
// place, the DEVISUS partners and the Impact & ValuESS partners. Built from project.ts, so no fact is
// stated twice. No partner has a sourced address: a partner is placed only as precisely as its
// sources allow (a country or an area, stated as `precision`), and one with no sourced place at all
// is listed without being placed.
import type { LocalizedText } from './localized-text.js';
import { devisus, impactValuess, type Organisation } from './project.js';
import { translated } from './translate.js';
import { loaders as translations } from './translations/places/loaders.generated.js';

export interface PlaceFeatureRecord {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: {
    id: string;
    name: LocalizedText;
    kind: string;
    description?: LocalizedText;
    date?: string;
    city?: LocalizedText;
    region?: LocalizedText;
    country?: string;
    /** How exactly the point is known: `city`, or only the centre of a `region` or `country`. */
    precision?: 'city' | 'region' | 'country';
    themes?: string[];
  };
}

type Text = LocalizedText;
const inLanguage = (text: Text, language: 'en' | 'fr') => (typeof text === 'string' ? text : (text[language] ?? ''));
/** "Theme. What happened." in each language, for the details panel. */
const describe = (theme: Text, summary?: Text) =>
  Object.fromEntries(
    (['en', 'fr'] as const).map((language) => [
      language,
      [inLanguage(theme, language), summary ? inLanguage(summary, language) : ''].filter(Boolean).join(' '),
    ]),
  );

const meetings: PlaceFeatureRecord[] = devisus.meetings.map((meeting) => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [meeting.location.lon, meeting.location.lat] },
  properties: {
    id: meeting.id,
    name: {
      en: `Partner meeting ${meeting.number}, ${inLanguage(meeting.city, 'en')}`,
      fr: `Réunion des partenaires ${meeting.number}, ${inLanguage(meeting.city, 'fr')}`,
    },
    kind: 'meeting',
    description: describe(meeting.theme, meeting.summary),
    date: meeting.date,
    city: meeting.city,
    country: meeting.country,
    precision: 'city',
  },
}));

/**
 * Where to draw an organisation known only by its country or area: a conventional centre of that
 * country or area (for an area named after a city, the city centre), never an address. The map
 * says that such a place is approximate.
 */
const AREA_CENTRES: Record<string, { precision: 'region' | 'country'; lonLat: [number, number] }> = {
  // MES: only its country, France, is sourced (the lead coordinator is French).
  mes: { precision: 'country', lonLat: [2.35, 46.6] },
  // Réso Solidaire: the Pays de Rennes, drawn at Rennes.
  'reso-solidaire': { precision: 'region', lonLat: [-1.68, 48.11] },
  // Adess: the Pays de Brest, drawn at Brest.
  adess: { precision: 'region', lonLat: [-4.49, 48.39] },
  // South West Forum: England only.
  'south-west-forum': { precision: 'region', lonLat: [-1.46, 52.56] },
};

/** A partner of `project` (a name in each language), placed as precisely as its sources allow. */
function partnerPlace(partner: Organisation, project: Text): PlaceFeatureRecord {
  const centre = AREA_CENTRES[partner.id];
  const intro = { en: `${inLanguage(project, 'en')} partner.`, fr: `Partenaire de ${inLanguage(project, 'fr')}.` };
  return {
    type: 'Feature',
    geometry: centre ? { type: 'Point', coordinates: centre.lonLat } : null,
    properties: {
      id: partner.id,
      name: partner.name,
      kind: 'partner',
      description: describe(intro, partner.description),
      ...(partner.region ? { region: partner.region } : {}),
      ...(partner.country ? { country: partner.country } : {}),
      ...(centre ? { precision: centre.precision } : {}),
    },
  };
}

const partners: PlaceFeatureRecord[] = [
  ...devisus.partners.map((partner) => partnerPlace(partner, devisus.acronym)),
  ...impactValuess.partners.map((partner) => partnerPlace(partner, impactValuess.name)),
];

export const devisusPlaces = { type: 'FeatureCollection' as const, features: [...meetings, ...partners] };

/** The places with its texts in `language` too, where a translation is shipped (translations/places/). */
export const devisusPlacesIn = (language: string): Promise<typeof devisusPlaces> =>
  translated(devisusPlaces, language, translations);

// The DEVISUS places as GeoJSON for <devisus-partner-map>: the five partner meetings where they took
// place, and the partners. Built from project.ts, so no fact is stated twice. No partner has a
// sourced address, so partners carry no coordinates: the map lists them without placing them.
import type { LocalizedText } from './localized-text.js';
import { devisus } from './project.js';
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
    country?: string;
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
  },
}));

const partners: PlaceFeatureRecord[] = devisus.partners.map((partner) => ({
  type: 'Feature',
  geometry: null,
  properties: {
    id: partner.id,
    name: partner.name,
    kind: 'partner',
    ...(partner.description ? { description: partner.description } : {}),
    ...(partner.country ? { country: partner.country } : {}),
  },
}));

export const devisusPlaces = { type: 'FeatureCollection' as const, features: [...meetings, ...partners] };

/** The places with its texts in `language` too, where a translation is shipped (translations/places/). */
export const devisusPlacesIn = (language: string): Promise<typeof devisusPlaces> =>
  translated(devisusPlaces, language, translations);

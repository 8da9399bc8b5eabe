/**
 * Which property of the data gives each field of a place. Real files name their fields in many
 * ways (`name`, `Name`, `nom`, `title`…): the usual keys are tried in order, in any case; a site
 * whose data says it otherwise names the property with the element's `fields` mapping.
 */
export type FieldName = 'name' | 'kind' | 'description' | 'url' | 'address' | 'country' | 'city' | 'date';

export type Fields = Partial<Record<FieldName, string>>;

/** The keys tried for each field, lower case, best first. */
export const USUAL_KEYS: Record<FieldName, readonly string[]> = {
  name: ['name', 'nom', 'title', 'titre', 'label', 'libelle', 'libellé', 'naam', 'nombre', 'nome'],
  kind: ['kind', 'category', 'categorie', 'catégorie', 'type_structure'],
  description: ['description', 'desc', 'descriptif', 'summary', 'résumé'],
  url: ['url', 'website', 'site', 'site_web', 'siteweb', 'web', 'contact:website'],
  address: ['address', 'adresse', 'addr:full'],
  country: ['country', 'pays', 'country_code', 'addr:country'],
  city: ['city', 'ville', 'commune', 'addr:city', 'town'],
  date: ['date'],
};

const FIELD_NAMES = Object.keys(USUAL_KEYS) as FieldName[];

/**
 * Reads the `fields` attribute: `name=Raison sociale; kind=Type` (pairs separated by semicolons),
 * or the same as a JSON object. Unknown field names are ignored, as a mapping for a later version
 * should not break this one.
 */
export function parseFields(text: string | null | undefined): Fields {
  if (!text?.trim()) return {};
  const pairs: [string, unknown][] = text.trim().startsWith('{')
    ? Object.entries(safeJson(text))
    : text.split(';').map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? ['', ''] : [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
      });
  const fields: Fields = {};
  for (const [field, property] of pairs) {
    if (FIELD_NAMES.includes(field as FieldName) && typeof property === 'string' && property)
      fields[field as FieldName] = property;
  }
  return fields;
}

function safeJson(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/**
 * Reads the fields of one place's `properties`: the mapped property if the site named one, else
 * the first usual key present (compared without case). Empty cells count as absent.
 */
export function fieldReader(properties: Record<string, unknown>, fields: Fields): (field: FieldName) => unknown {
  // Built once per place: every field looks its keys up in it.
  const lower = new Map<string, unknown>();
  for (const [key, value] of Object.entries(properties)) {
    const folded = key.toLowerCase();
    if (!lower.has(folded) && present(value) !== undefined) lower.set(folded, value);
  }
  return (field) => {
    const mapped = fields[field];
    if (mapped !== undefined) return present(properties[mapped]);
    for (const key of USUAL_KEYS[field]) if (lower.has(key)) return lower.get(key);
    return undefined;
  };
}

function present(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' && !value.trim()) return undefined;
  return value;
}

export default {
  loading: 'Läser in…',
  empty: 'Det finns inget att visa ännu.',
  error: {
    rootPath: 'Data',
    missing: '{{path}} saknas.',
    type: '{{path}} ska vara {{expected}}, men är {{received}}.',
    invalid: '{{path}} är ogiltigt: förväntade {{expected}}, fick {{received}}.',
    more_one: 'Det finns {{count}} problem till.',
    more_other: 'Det finns {{count}} problem till.',
    network: 'Det gick inte att läsa in {{url}}. Kontrollera adressen och anslutningen.',
    http: 'Det gick inte att läsa in {{url}}: servern svarade {{status}}.',
    timeout: 'Det tog för lång tid att läsa in {{url}}.',
    json: 'Data från {{source}} är inte giltig JSON ({{detail}}).',
    inlineSource: 'skriptet inuti elementet',
    defaultContent: 'Standardinnehållet kunde inte läsas in.',
    unexpected: 'Något gick fel när innehållet skulle visas ({{detail}}).',
  },
  storage: {
    quota: 'Webbläsarens lagringsutrymme är fullt, så detta kunde inte sparas på den här enheten.',
    unavailable: 'Din webbläsare låter inte den här sidan spara något på den här enheten.',
  },
};

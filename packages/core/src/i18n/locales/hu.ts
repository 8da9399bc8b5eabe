export default {
  loading: 'Betöltés…',
  empty: 'Még nincs mit megjeleníteni.',
  error: {
    rootPath: 'Az adatok',
    missing: 'Hiányzik: {{path}}.',
    type: '{{path}}: {{expected}} az elvárt, de {{received}} érkezett.',
    invalid: '{{path}} érvénytelen: {{expected}} az elvárt, de {{received}} érkezett.',
    more_one: 'Van még {{count}} másik probléma.',
    more_other: 'Van még {{count}} másik probléma.',
    network: 'Nem sikerült betölteni: {{url}}. Ellenőrizze a címet és a kapcsolatot.',
    http: 'Nem sikerült betölteni: {{url}}. A szerver válasza: {{status}}.',
    timeout: 'Túl sokáig tartott a betöltés: {{url}}.',
    json: 'A(z) {{source}} forrásból származó adat nem érvényes JSON ({{detail}}).',
    inlineSource: 'az elemen belüli szkript',
    defaultContent: 'Nem sikerült betölteni az alapértelmezett tartalmat.',
    unexpected: 'Hiba történt a tartalom megjelenítése közben ({{detail}}).',
  },
  storage: {
    quota: 'A böngésző tárhelye megtelt, ezért ezt nem sikerült menteni ezen az eszközön.',
    unavailable: 'A böngészője nem engedi, hogy ez az oldal bármit mentsen ezen az eszközön.',
  },
};

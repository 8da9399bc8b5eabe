export default {
  title: 'Chestionar pe {{provider}}',
  consent: {
    hosted: 'Acest chestionar este găzduit de {{provider}} ({{host}}).',
    selfHosted: 'Acest chestionar rulează pe {{provider}}, pe serverul {{host}}.',
    unknown: 'Acest chestionar se află pe un alt site: {{host}}.',
    shares:
      'Dacă îl încărcați aici, {{receiver}} va primi adresa dumneavoastră IP și poate plasa cookie-uri în browser. Nimic nu se încarcă de acolo până nu alegeți.',
    privacy: 'Citiți politica de confidențialitate a {{provider}}',
    website: 'Vizitați site-ul {{provider}}',
    remember:
      'Dacă îl încărcați, acest browser vă va reține alegerea și data viitoare va încărca direct chestionarele de la {{receiver}}.',
    load: 'Încărcați chestionarul',
    newTab: 'Deschideți într-o filă nouă',
  },
  frame: {
    newTab: 'Deschideți chestionarul într-o filă nouă',
    forget: 'Uitați alegerea mea pentru {{receiver}}',
    notSaved: 'Alegerea nu a putut fi salvată în acest browser: veți fi întrebat din nou data viitoare.',
  },
  error: {
    noSrc: 'Chestionarul nu poate fi afișat: lipsește adresa sa (atributul src).',
    unsafe: 'Chestionarul nu poate fi afișat: „{{src}}” nu este o adresă web care începe cu https:// sau http://.',
  },
};

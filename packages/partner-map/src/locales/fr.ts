export default {
  map: {
    label: 'Carte des lieux',
    instructions:
      'Les touches fléchées déplacent la carte, + et − permettent de zoomer. La touche Tab permet d’atteindre chaque lieu ou groupe de lieux.',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    reset: 'Tout afficher',
    cluster_one: '{{count}} lieu ici : zoomez pour le voir',
    cluster_many: '{{count}} lieux ici : zoomez pour les voir',
    cluster_other: '{{count}} lieux ici : zoomez pour les voir',
    stop: 'Étape {{number}} : {{name}}',
    attribution: 'Données cartographiques : {{source}}',
  },
  view: {
    label: 'Afficher sous forme de',
    map: 'Carte',
    list: 'Liste',
  },
  filters: {
    label: 'Filtrer les lieux',
    kinds: 'Types de lieu',
    country: 'Pays',
    allCountries: 'Tous les pays',
    search: 'Rechercher par nom',
  },
  kind: {
    partner: 'Partenaire',
    meeting: 'Réunion',
    member: 'Membre',
  },
  list: {
    caption: 'Lieux',
    name: 'Nom',
    kind: 'Type',
    city: 'Ville',
    country: 'Pays',
    date: 'Date',
    noLocation: 'Aucune localisation utilisable',
  },
  count_one: '{{number}} lieu affiché.',
  count_many: '{{number}} lieux affichés.',
  count_other: '{{number}} lieux affichés.',
  unlocated_one: '{{count}} lieu n’a pas de localisation utilisable : il figure uniquement dans la liste.',
  unlocated_many: '{{count}} lieux n’ont pas de localisation utilisable : ils figurent uniquement dans la liste.',
  unlocated_other: '{{count}} lieux n’ont pas de localisation utilisable : ils figurent uniquement dans la liste.',
  details: {
    close: 'Fermer les détails',
    website: 'Site web',
    themes: 'Thèmes',
  },
  error: {
    duplicateId:
      'Chaque lieu doit avoir son propre identifiant, mais ceux-ci sont utilisés plusieurs fois : {{received}}.',
  },
  empty: 'Il n’y a encore aucun lieu à afficher.',
};

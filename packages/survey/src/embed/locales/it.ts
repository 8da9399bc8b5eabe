export default {
  title: 'Questionario su {{provider}}',
  consent: {
    hosted: 'Questo questionario è ospitato da {{provider}} ({{host}}).',
    selfHosted: 'Questo questionario funziona con {{provider}}, sul server {{host}}.',
    unknown: 'Questo questionario si trova su un altro sito: {{host}}.',
    shares:
      'Se lo carichi qui, {{receiver}} riceverà il tuo indirizzo IP e potrà salvare dei cookie nel tuo browser. Non viene caricato nulla finché non scegli.',
    privacy: 'Leggi l’informativa sulla privacy di {{provider}}',
    website: 'Visita il sito di {{provider}}',
    remember:
      'Se lo carichi, questo browser ricorderà la tua scelta e la prossima volta caricherà subito i questionari di {{receiver}}.',
    load: 'Carica il questionario',
    newTab: 'Apri in una nuova scheda',
  },
  frame: {
    newTab: 'Apri il questionario in una nuova scheda',
    forget: 'Dimentica la mia scelta per {{receiver}}',
    notSaved:
      'Non è stato possibile salvare la tua scelta in questo browser: la prossima volta ti verrà chiesto di nuovo.',
  },
  error: {
    noSrc: 'Impossibile mostrare il questionario: manca il suo indirizzo (l’attributo src).',
    unsafe: 'Impossibile mostrare il questionario: «{{src}}» non è un indirizzo web che inizia con https:// o http://.',
  },
};

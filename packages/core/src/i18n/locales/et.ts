export default {
  loading: 'Laadimine…',
  empty: 'Siin pole veel midagi näidata.',
  error: {
    rootPath: 'Andmed',
    missing: '{{path}} puudub.',
    type: '{{path}} peaks olema {{expected}}, kuid on {{received}}.',
    invalid: '{{path}} ei sobi: oodati {{expected}}, saadi {{received}}.',
    more_one: 'On veel {{count}} probleem.',
    more_other: 'On veel {{count}} probleemi.',
    network: 'Aadressi {{url}} ei õnnestunud laadida. Kontrollige aadressi ja ühendust.',
    http: 'Aadressi {{url}} ei õnnestunud laadida: server vastas {{status}}.',
    timeout: 'Aadressi {{url}} laadimine võttis liiga kaua aega.',
    json: 'Allika {{source}} andmed ei ole kehtiv JSON ({{detail}}).',
    inlineSource: 'elemendi sees olev skript',
    defaultContent: 'Vaikesisu ei õnnestunud laadida.',
    unexpected: 'Selle sisu näitamisel läks midagi valesti ({{detail}}).',
  },
  storage: {
    quota: 'Teie brauseri mäluruum on täis, seega ei saanud seda sellesse seadmesse salvestada.',
    unavailable: 'Teie brauser ei luba sellel lehel midagi sellesse seadmesse salvestada.',
  },
};

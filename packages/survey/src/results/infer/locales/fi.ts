// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Kyselyn määrittelyä ei annettu: alla olevat kysymykset on luettu tämän SurveyMonkey-vientitiedoston sarakkeista ja vastauksista. Jokaisen otsikon alla kerrotaan, miten kysymys luettiin.',
    google:
      'Kyselyn määrittelyä ei annettu: alla olevat kysymykset on luettu tämän Google Forms -vientitiedoston sarakkeista ja vastauksista. Jokaisen otsikon alla kerrotaan, miten kysymys luettiin.',
    kobo: 'Kyselyn määrittelyä ei annettu: alla olevat kysymykset on luettu tämän KoboToolbox-vientitiedoston sarakkeista ja vastauksista. Jokaisen otsikon alla kerrotaan, miten kysymys luettiin.',
    limesurvey:
      'Kyselyn määrittelyä ei annettu: alla olevat kysymykset on luettu tämän LimeSurvey-vientitiedoston sarakkeista ja vastauksista. Jokaisen otsikon alla kerrotaan, miten kysymys luettiin.',
    devisus:
      'Kyselyn määrittelyä ei annettu: alla olevat kysymykset on luettu tämän DEVISUS-vientitiedoston sarakkeista ja vastauksista. Jokaisen otsikon alla kerrotaan, miten kysymys luettiin.',
    csv: 'Kyselyn määrittelyä ei annettu: alla olevat kysymykset on luettu tämän CSV-tiedoston sarakkeista ja vastauksista. Jokaisen otsikon alla kerrotaan, miten kysymys luettiin.',
  },
  readAs: {
    options: 'Luettu monivalintana sarakeotsikoista: yksi sarake kutakin vaihtoehtoa kohden, rastitettu tai ei.',
    joined: 'Luettu monivalintana: valitut vastaukset on yhdistetty samaan soluun merkillä ”{{separator}}”.',
    grid: 'Luettu matriisina sarakeotsikoista: yksi sarake kutakin riviä kohden, kukin vastattu samoilla muutamalla arvolla.',
    rankColumns:
      'Luettu järjestyksenä sarakeotsikoista: yksi sarake kutakin sijaa kohden, ja siinä sijalle asetettu kohta.',
    rankNumbers: 'Luettu järjestyksenä sarakeotsikoista: yksi sarake kutakin kohtaa kohden, ja siinä sen sija.',
    rating: 'Luettu arviona: jokainen vastaus on kokonaisluku väliltä {{min}}–{{max}}.',
    number: 'Luettu lukuina: jokainen vastaus on luku.',
    date: 'Luettu päivämäärinä: jokainen vastaus on päivämäärä tai kellonaika.',
    single: 'Luettu yksivalintana: vähän erilaisia vastauksia, useimmat monen henkilön antamia.',
    closed: 'Luettu yksivalintana: SurveyMonkey merkitsee tämän sarakkeen ”Response”, ei ”Open-Ended Response”.',
    open: 'Luettu vapaana tekstinä: SurveyMonkey merkitsee tämän sarakkeen ”Open-Ended Response”.',
    withOther: 'Luettu yksivalintana: vientitiedostossa on oma sarake ”muu”-vastauksille.',
    text: 'Luettu vapaana tekstinä: vastaukset ovat liian vaihtelevia ollakseen vaihtoehtoja.',
  },
};

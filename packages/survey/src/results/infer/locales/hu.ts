// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Nem adtak meg kérdőív-definíciót: az alábbi kérdéseket ennek a(z) SurveyMonkey-exportnak az oszlopaiból és válaszaiból olvastuk ki. Minden cím alatt egy sor jelzi, hogyan.',
    google:
      'Nem adtak meg kérdőív-definíciót: az alábbi kérdéseket ennek a(z) Google Forms-exportnak az oszlopaiból és válaszaiból olvastuk ki. Minden cím alatt egy sor jelzi, hogyan.',
    kobo: 'Nem adtak meg kérdőív-definíciót: az alábbi kérdéseket ennek a(z) KoboToolbox-exportnak az oszlopaiból és válaszaiból olvastuk ki. Minden cím alatt egy sor jelzi, hogyan.',
    limesurvey:
      'Nem adtak meg kérdőív-definíciót: az alábbi kérdéseket ennek a(z) LimeSurvey-exportnak az oszlopaiból és válaszaiból olvastuk ki. Minden cím alatt egy sor jelzi, hogyan.',
    devisus:
      'Nem adtak meg kérdőív-definíciót: az alábbi kérdéseket ennek a(z) DEVISUS-exportnak az oszlopaiból és válaszaiból olvastuk ki. Minden cím alatt egy sor jelzi, hogyan.',
    csv: 'Nem adtak meg kérdőív-definíciót: az alábbi kérdéseket ennek a CSV-fájlnak az oszlopaiból és válaszaiból olvastuk ki. Minden cím alatt egy sor jelzi, hogyan.',
  },
  readAs: {
    options:
      'Többválasztós kérdésként olvasva az oszlopfejlécekből: minden lehetőségnek egy oszlop, bejelölve vagy sem.',
    joined:
      'Többválasztós kérdésként olvasva: a választott válaszok egy cellában állnak, „{{separator}}” jellel elválasztva.',
    grid: 'Táblázatként olvasva az oszlopfejlécekből: minden sornak egy oszlop, mindegyik ugyanabból a néhány értékből megválaszolva.',
    rankColumns:
      'Rangsorként olvasva az oszlopfejlécekből: minden helyezésnek egy oszlop, benne az oda sorolt tétellel.',
    rankNumbers: 'Rangsorként olvasva az oszlopfejlécekből: minden tételnek egy oszlop, benne a helyezésével.',
    rating: 'Értékelésként olvasva: minden válasz egész szám {{min}} és {{max}} között.',
    number: 'Számként olvasva: minden válasz szám.',
    date: 'Dátumként olvasva: minden válasz dátum vagy időpont.',
    single: 'Egyválasztós kérdésként olvasva: kevés különböző válasz, a legtöbbet többen is megadták.',
    closed:
      'Egyválasztós kérdésként olvasva: a SurveyMonkey ezt az oszlopot „Response”, nem pedig „Open-Ended Response” jelöléssel látja el.',
    open: 'Szabad szövegként olvasva: a SurveyMonkey ezt az oszlopot „Open-Ended Response” jelöléssel látja el.',
    withOther: 'Egyválasztós kérdésként olvasva: az exportban külön oszlop van az „egyéb” válaszoknak.',
    text: 'Szabad szövegként olvasva: a válaszok túl változatosak ahhoz, hogy választási lehetőségek legyenek.',
  },
};

export default {
  inferred: {
    surveymonkey:
      'Er is geen definitie van de vragenlijst gegeven: de vragen hieronder zijn gelezen uit de kolommen en antwoorden van deze SurveyMonkey-export. Onder elke titel staat hoe.',
    google:
      'Er is geen definitie van de vragenlijst gegeven: de vragen hieronder zijn gelezen uit de kolommen en antwoorden van deze Google Forms-export. Onder elke titel staat hoe.',
    kobo: 'Er is geen definitie van de vragenlijst gegeven: de vragen hieronder zijn gelezen uit de kolommen en antwoorden van deze KoboToolbox-export. Onder elke titel staat hoe.',
    limesurvey:
      'Er is geen definitie van de vragenlijst gegeven: de vragen hieronder zijn gelezen uit de kolommen en antwoorden van deze LimeSurvey-export. Onder elke titel staat hoe.',
    devisus:
      'Er is geen definitie van de vragenlijst gegeven: de vragen hieronder zijn gelezen uit de kolommen en antwoorden van deze DEVISUS-export. Onder elke titel staat hoe.',
    csv: 'Er is geen definitie van de vragenlijst gegeven: de vragen hieronder zijn gelezen uit de kolommen en antwoorden van dit CSV-bestand. Onder elke titel staat hoe.',
  },
  readAs: {
    options: 'Gelezen als meerkeuze uit de kolomkoppen: één kolom per optie, aangevinkt of niet.',
    joined: 'Gelezen als meerkeuze: de gekozen antwoorden staan samen in één cel, gescheiden door ‘{{separator}}’.',
    grid: 'Gelezen als raster uit de kolomkoppen: één kolom per rij, elk beantwoord met dezelfde paar waarden.',
    rankColumns: 'Gelezen als rangschikking uit de kolomkoppen: één kolom per plaats, met het item dat daar staat.',
    rankNumbers: 'Gelezen als rangschikking uit de kolomkoppen: één kolom per item, met zijn plaats.',
    rating: 'Gelezen als beoordeling: elk antwoord is een geheel getal van {{min}} tot {{max}}.',
    number: 'Gelezen als getallen: elk antwoord is een getal.',
    date: 'Gelezen als datums: elk antwoord is een datum of tijd.',
    single: 'Gelezen als één keuze: weinig verschillende antwoorden, de meeste door meerdere mensen gegeven.',
    closed: 'Gelezen als één keuze: SurveyMonkey markeert deze kolom als ‘Response’, niet als ‘Open-Ended Response’.',
    open: 'Gelezen als vrije tekst: SurveyMonkey markeert deze kolom als ‘Open-Ended Response’.',
    withOther: 'Gelezen als één keuze: de export heeft een aparte kolom voor de ‘anders’-antwoorden.',
    text: 'Gelezen als vrije tekst: de antwoorden zijn te gevarieerd om keuzes te zijn.',
  },
};

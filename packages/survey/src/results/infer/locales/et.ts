// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Küsitluse määratlust ei antud: allolevad küsimused on loetud selle SurveyMonkey-ekspordi veergudest ja vastustest. Iga pealkirja all on rida, mis ütleb, kuidas küsimus loeti.',
    google:
      'Küsitluse määratlust ei antud: allolevad küsimused on loetud selle Google Forms-ekspordi veergudest ja vastustest. Iga pealkirja all on rida, mis ütleb, kuidas küsimus loeti.',
    kobo: 'Küsitluse määratlust ei antud: allolevad küsimused on loetud selle KoboToolbox-ekspordi veergudest ja vastustest. Iga pealkirja all on rida, mis ütleb, kuidas küsimus loeti.',
    limesurvey:
      'Küsitluse määratlust ei antud: allolevad küsimused on loetud selle LimeSurvey-ekspordi veergudest ja vastustest. Iga pealkirja all on rida, mis ütleb, kuidas küsimus loeti.',
    devisus:
      'Küsitluse määratlust ei antud: allolevad küsimused on loetud selle DEVISUS-ekspordi veergudest ja vastustest. Iga pealkirja all on rida, mis ütleb, kuidas küsimus loeti.',
    csv: 'Küsitluse määratlust ei antud: allolevad küsimused on loetud selle CSV-faili veergudest ja vastustest. Iga pealkirja all on rida, mis ütleb, kuidas küsimus loeti.',
  },
  readAs: {
    options: 'Loetud valikvastustena veerupäistest: üks veerg iga valiku kohta, märgitud või mitte.',
    joined: 'Loetud mitme valikuna: valitud vastused on ühes lahtris, eraldatud märgiga „{{separator}}”.',
    grid: 'Loetud tabelina veerupäistest: üks veerg iga rea kohta, igaühele vastatud samade väheste väärtustega.',
    rankColumns: 'Loetud järjestusena veerupäistest: üks veerg iga koha kohta, milles on sinna pandud üksus.',
    rankNumbers: 'Loetud järjestusena veerupäistest: üks veerg iga üksuse kohta, milles on selle koht.',
    rating: 'Loetud hinnanguna: iga vastus on täisarv vahemikus {{min}}–{{max}}.',
    number: 'Loetud arvudena: iga vastus on arv.',
    date: 'Loetud kuupäevadena: iga vastus on kuupäev või kellaaeg.',
    single: 'Loetud ühe valikuna: vähe erinevaid vastuseid, enamiku neist andis mitu inimest.',
    closed: 'Loetud ühe valikuna: SurveyMonkey märgib selle veeru sildiga „Response”, mitte „Open-Ended Response”.',
    open: 'Loetud vaba tekstina: SurveyMonkey märgib selle veeru sildiga „Open-Ended Response”.',
    withOther: 'Loetud ühe valikuna: ekspordil on vastuste „muu” jaoks eraldi veerg.',
    text: 'Loetud vaba tekstina: vastused on valikuteks liiga mitmesugused.',
  },
};

// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Opredelitev vprašalnika ni bila podana: spodnja vprašanja so bila prebrana iz stolpcev in odgovorov tega izvoza iz SurveyMonkey. Pod vsakim naslovom vrstica pove, kako je bilo vprašanje prebrano.',
    google:
      'Opredelitev vprašalnika ni bila podana: spodnja vprašanja so bila prebrana iz stolpcev in odgovorov tega izvoza iz Google Forms. Pod vsakim naslovom vrstica pove, kako je bilo vprašanje prebrano.',
    kobo: 'Opredelitev vprašalnika ni bila podana: spodnja vprašanja so bila prebrana iz stolpcev in odgovorov tega izvoza iz KoboToolbox. Pod vsakim naslovom vrstica pove, kako je bilo vprašanje prebrano.',
    limesurvey:
      'Opredelitev vprašalnika ni bila podana: spodnja vprašanja so bila prebrana iz stolpcev in odgovorov tega izvoza iz LimeSurvey. Pod vsakim naslovom vrstica pove, kako je bilo vprašanje prebrano.',
    devisus:
      'Opredelitev vprašalnika ni bila podana: spodnja vprašanja so bila prebrana iz stolpcev in odgovorov tega izvoza iz DEVISUS. Pod vsakim naslovom vrstica pove, kako je bilo vprašanje prebrano.',
    csv: 'Opredelitev vprašalnika ni bila podana: spodnja vprašanja so bila prebrana iz stolpcev in odgovorov te datoteke CSV. Pod vsakim naslovom vrstica pove, kako je bilo vprašanje prebrano.',
  },
  readAs: {
    options: 'Prebrano kot več izbir iz glav stolpcev: en stolpec za vsako možnost, označeno ali ne.',
    joined: 'Prebrano kot več izbir: izbrani odgovori so v eni celici združeni z »{{separator}}«.',
    grid: 'Prebrano kot mreža iz glav stolpcev: en stolpec za vsako vrstico, vsaka odgovorjena z istimi nekaj vrednostmi.',
    rankColumns: 'Prebrano kot razvrstitev iz glav stolpcev: en stolpec za vsako mesto, s postavko, postavljeno nanj.',
    rankNumbers: 'Prebrano kot razvrstitev iz glav stolpcev: en stolpec za vsako postavko, z njenim mestom.',
    rating: 'Prebrano kot ocena: vsak odgovor je celo število od {{min}} do {{max}}.',
    number: 'Prebrano kot števila: vsak odgovor je število.',
    date: 'Prebrano kot datumi: vsak odgovor je datum ali čas.',
    single: 'Prebrano kot ena izbira: malo različnih odgovorov, večino jih je dalo več oseb.',
    closed: 'Prebrano kot ena izbira: SurveyMonkey ta stolpec označuje z »Response«, ne z »Open-Ended Response«.',
    open: 'Prebrano kot prosto besedilo: SurveyMonkey ta stolpec označuje z »Open-Ended Response«.',
    withOther: 'Prebrano kot ena izbira: izvoz ima ločen stolpec za odgovore »drugo«.',
    text: 'Prebrano kot prosto besedilo: odgovori so preveč raznoliki, da bi bili izbire.',
  },
};

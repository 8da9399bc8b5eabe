// What <devisus-survey-results> says about an export read without its survey, in this language.
export default {
  inferred: {
    surveymonkey:
      'Aptaujas definīcija netika sniegta: tālāk redzamie jautājumi nolasīti no šī SurveyMonkey eksporta kolonnām un atbildēm. Zem katra virsraksta rinda norāda, kā jautājums nolasīts.',
    google:
      'Aptaujas definīcija netika sniegta: tālāk redzamie jautājumi nolasīti no šī Google Forms eksporta kolonnām un atbildēm. Zem katra virsraksta rinda norāda, kā jautājums nolasīts.',
    kobo: 'Aptaujas definīcija netika sniegta: tālāk redzamie jautājumi nolasīti no šī KoboToolbox eksporta kolonnām un atbildēm. Zem katra virsraksta rinda norāda, kā jautājums nolasīts.',
    limesurvey:
      'Aptaujas definīcija netika sniegta: tālāk redzamie jautājumi nolasīti no šī LimeSurvey eksporta kolonnām un atbildēm. Zem katra virsraksta rinda norāda, kā jautājums nolasīts.',
    devisus:
      'Aptaujas definīcija netika sniegta: tālāk redzamie jautājumi nolasīti no šī DEVISUS eksporta kolonnām un atbildēm. Zem katra virsraksta rinda norāda, kā jautājums nolasīts.',
    csv: 'Aptaujas definīcija netika sniegta: tālāk redzamie jautājumi nolasīti no šī CSV faila kolonnām un atbildēm. Zem katra virsraksta rinda norāda, kā jautājums nolasīts.',
  },
  readAs: {
    options: 'Nolasīts kā vairākas izvēles no kolonnu virsrakstiem: viena kolonna katrai iespējai, atzīmētai vai ne.',
    joined: 'Nolasīts kā vairākas izvēles: izvēlētās atbildes vienā šūnā savienotas ar “{{separator}}”.',
    grid: 'Nolasīts kā tabula no kolonnu virsrakstiem: viena kolonna katrai rindai, katrā atbilde no tām pašām dažām vērtībām.',
    rankColumns:
      'Nolasīts kā ranžējums no kolonnu virsrakstiem: viena kolonna katrai vietai, tajā ierindotais vienums.',
    rankNumbers: 'Nolasīts kā ranžējums no kolonnu virsrakstiem: viena kolonna katram vienumam, tajā tā vieta.',
    rating: 'Nolasīts kā vērtējums: katra atbilde ir vesels skaitlis no {{min}} līdz {{max}}.',
    number: 'Nolasīts kā skaitļi: katra atbilde ir skaitlis.',
    date: 'Nolasīts kā datumi: katra atbilde ir datums vai laiks.',
    single: 'Nolasīts kā viena izvēle: maz atšķirīgu atbilžu, lielāko daļu sniedza vairāki cilvēki.',
    closed: 'Nolasīts kā viena izvēle: SurveyMonkey šo kolonnu apzīmē ar “Response”, nevis “Open-Ended Response”.',
    open: 'Nolasīts kā brīvs teksts: SurveyMonkey šo kolonnu apzīmē ar “Open-Ended Response”.',
    withOther: 'Nolasīts kā viena izvēle: eksportā ir atsevišķa kolonna atbildēm “cits”.',
    text: 'Nolasīts kā brīvs teksts: atbildes ir pārāk dažādas, lai būtu izvēles iespējas.',
  },
};

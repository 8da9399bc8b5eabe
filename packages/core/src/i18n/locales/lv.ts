export default {
  loading: 'Notiek ielāde…',
  empty: 'Vēl nav ko rādīt.',
  error: {
    rootPath: 'Dati',
    missing: 'Trūkst: {{path}}.',
    type: '{{path}}: jābūt {{expected}}, taču ir {{received}}.',
    invalid: '{{path}} nav derīgs: gaidīts {{expected}}, saņemts {{received}}.',
    more_zero: 'Ir vēl {{count}} citas problēmas.',
    more_one: 'Ir vēl {{count}} cita problēma.',
    more_other: 'Ir vēl {{count}} citas problēmas.',
    network: 'Neizdevās ielādēt {{url}}. Pārbaudiet adresi un savienojumu.',
    http: 'Neizdevās ielādēt {{url}}: serveris atbildēja {{status}}.',
    timeout: '{{url}} ielāde ilga pārāk ilgi.',
    json: 'Dati no {{source}} nav derīgs JSON ({{detail}}).',
    inlineSource: 'skripts elementa iekšpusē',
    defaultContent: 'Noklusējuma saturu neizdevās ielādēt.',
    unexpected: 'Rādot šo saturu, radās kļūda ({{detail}}).',
  },
  storage: {
    quota: 'Jūsu pārlūka krātuve ir pilna, tāpēc to nevarēja saglabāt šajā ierīcē.',
    unavailable: 'Jūsu pārlūks neļauj šai lapai neko saglabāt šajā ierīcē.',
  },
};

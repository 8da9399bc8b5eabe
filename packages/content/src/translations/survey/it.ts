import type { Translation } from '../../translate.js';

// Machine-assisted Italian translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Come valuta il proprio impatto la vostra organizzazione?',
  description:
    'Un breve questionario per le organizzazioni dell’economia sociale e solidale sui modi in cui considerano gli effetti del loro lavoro sul territorio, sulle persone a cui si rivolgono e sulla società nel suo insieme. Richiede circa dieci minuti. Solo l’indirizzo e-mail richiesto alla fine è un dato personale, ed è facoltativo. Le vostre risposte restano nel vostro browser, a meno che il sito che pubblica questo questionario non le invii altrove.',
  completedHtml:
    'Grazie per il vostro tempo. Le vostre risposte aiutano a conoscere meglio come le organizzazioni dell’ESS dimostrano il valore del loro lavoro.',
  'pages.organisation.title': 'La vostra organizzazione',
  'pages.organisation.elements.organisation_type.title': 'Di che tipo di organizzazione si tratta?',
  'pages.organisation.elements.organisation_type.choices.association.text': 'Associazione o ente senza scopo di lucro',
  'pages.organisation.elements.organisation_type.choices.cooperative.text': 'Cooperativa',
  'pages.organisation.elements.organisation_type.choices.mutual.text': 'Società di mutuo soccorso',
  'pages.organisation.elements.organisation_type.choices.foundation.text': 'Fondazione',
  'pages.organisation.elements.organisation_type.choices.social_enterprise.text': 'Impresa sociale',
  'pages.organisation.elements.organisation_type.otherText': 'Un’altra forma (specificare)',
  'pages.organisation.elements.field_of_activity.title': 'Qual è il suo principale settore di attività?',
  'pages.organisation.elements.field_of_activity.choices.social_care.text': 'Servizi sociali, sanità e cura',
  'pages.organisation.elements.field_of_activity.choices.work_integration.text': 'Inserimento lavorativo e occupazione',
  'pages.organisation.elements.field_of_activity.choices.education.text': 'Istruzione e formazione',
  'pages.organisation.elements.field_of_activity.choices.culture.text': 'Cultura, sport e tempo libero',
  'pages.organisation.elements.field_of_activity.choices.environment.text': 'Ambiente ed energia',
  'pages.organisation.elements.field_of_activity.choices.food.text': 'Alimentazione e agricoltura',
  'pages.organisation.elements.field_of_activity.choices.housing.text': 'Abitare',
  'pages.organisation.elements.field_of_activity.choices.finance.text': 'Finanza etica',
  'pages.organisation.elements.field_of_activity.choices.fair_trade.text': 'Commercio equo e consumo responsabile',
  'pages.organisation.elements.field_of_activity.choices.sse_support.text':
    'Sostegno alle organizzazioni dell’ESS (rete, polo di sviluppo)',
  'pages.organisation.elements.field_of_activity.otherText': 'Un altro settore (specificare)',
  'pages.organisation.elements.employees.title': 'Quante persone impiega?',
  'pages.organisation.elements.employees.description': 'Contate le persone, non gli equivalenti a tempo pieno.',
  'pages.organisation.elements.employees.choices.0.text': 'Nessuna: solo volontari',
  'pages.organisation.elements.employees.choices.1_9.text': 'Da 1 a 9',
  'pages.organisation.elements.employees.choices.10_49.text': 'Da 10 a 49',
  'pages.organisation.elements.employees.choices.50_249.text': 'Da 50 a 249',
  'pages.organisation.elements.employees.choices.250_plus.text': '250 o più',
  'pages.organisation.elements.country.title': 'In quale paese ha sede?',
  'pages.organisation.elements.country.choices.BE.text': 'Belgio',
  'pages.organisation.elements.country.choices.FR.text': 'Francia',
  'pages.organisation.elements.country.choices.DE.text': 'Germania',
  'pages.organisation.elements.country.choices.IT.text': 'Italia',
  'pages.organisation.elements.country.choices.PT.text': 'Portogallo',
  'pages.organisation.elements.country.choices.ES.text': 'Spagna',
  'pages.organisation.elements.country.choices.GB.text': 'Regno Unito',
  'pages.organisation.elements.country.otherText': 'Un altro paese (specificare)',
  'pages.organisation.elements.respondent_role.title': 'Qual è il vostro ruolo al suo interno?',
  'pages.organisation.elements.respondent_role.choices.management.text': 'Direttore o responsabile',
  'pages.organisation.elements.respondent_role.choices.evaluation_staff.text':
    'Dipendente incaricato della valutazione',
  'pages.organisation.elements.respondent_role.choices.other_staff.text': 'Altro dipendente',
  'pages.organisation.elements.respondent_role.choices.board.text': 'Membro del consiglio di amministrazione',
  'pages.organisation.elements.respondent_role.choices.volunteer.text': 'Volontario o socio',
  'pages.organisation.elements.respondent_role.otherText': 'Un altro ruolo (specificare)',
  'pages.evaluation.title': 'La valutazione del vostro impatto',
  'pages.evaluation.elements.evaluates_impact.title': 'La vostra organizzazione valuta l’impatto delle sue attività?',
  'pages.evaluation.elements.evaluates_impact.description':
    'Conta qualsiasi osservazione intenzionale di ciò che cambia grazie al vostro lavoro, anche la più semplice.',
  'pages.evaluation.elements.evaluates_impact.choices.yes.text': 'Sì',
  'pages.evaluation.elements.evaluates_impact.choices.planned.text': 'Non ancora, ma è previsto',
  'pages.evaluation.elements.evaluates_impact.choices.no.text': 'No',
  'pages.evaluation.elements.planned_start.title': 'Quando pensate di cominciare?',
  'pages.evaluation.elements.planned_start.choices.six_months.text': 'Entro sei mesi',
  'pages.evaluation.elements.planned_start.choices.one_year.text': 'Entro un anno',
  'pages.evaluation.elements.planned_start.choices.later.text': 'Più avanti',
  'pages.evaluation.elements.planned_start.choices.unknown.text': 'Non lo sappiamo ancora',
  'pages.evaluation.elements.evaluation_practice.title': 'La vostra valutazione finora',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.title':
    'Da quale anno valutate il vostro impatto?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.description':
    'Basta un anno approssimativo.',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.title':
    'Con quale frequenza considerate il vostro impatto su…',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.never.text': 'Mai',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.sometimes.text': 'A volte',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.regularly.text': 'Regolarmente',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.territory.text': 'il vostro territorio',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.beneficiaries.text':
    'i vostri beneficiari',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.society.text':
    'la società nel suo insieme',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.title':
    'Chi partecipa alla valutazione?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.staff.text': 'Personale',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.board.text':
    'Membri del consiglio di amministrazione',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.volunteers.text':
    'Volontari e soci',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.beneficiaries.text':
    'Beneficiari o utenti',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.partners.text':
    'Partner e finanziatori',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.external.text':
    'Un valutatore esterno',
  'pages.evaluation.elements.importance.title':
    'Quanto è importante per la vostra organizzazione dimostrare il proprio impatto?',
  'pages.evaluation.elements.importance.description': '1 significa non importante, 5 significa essenziale.',
  'pages.methods_and_tools.title': 'Metodi e strumenti',
  'pages.methods_and_tools.elements.methods.title': 'Quali metodi utilizzate?',
  'pages.methods_and_tools.elements.methods.description': 'Selezionate tutte le risposte pertinenti.',
  'pages.methods_and_tools.elements.methods.choices.indicators.text': 'Indicatori seguiti nel tempo',
  'pages.methods_and_tools.elements.methods.choices.beneficiary_surveys.text': 'Indagini presso i beneficiari',
  'pages.methods_and_tools.elements.methods.choices.interviews.text': 'Interviste',
  'pages.methods_and_tools.elements.methods.choices.focus_groups.text': 'Focus group',
  'pages.methods_and_tools.elements.methods.choices.case_studies.text': 'Studi di caso',
  'pages.methods_and_tools.elements.methods.choices.monetisation.text':
    'Analisi costi-benefici o monetizzazione dell’impatto',
  'pages.methods_and_tools.elements.methods.choices.participatory.text':
    'Valutazione partecipativa con gli stakeholder',
  'pages.methods_and_tools.elements.methods.choices.external.text': 'Una valutazione esterna',
  'pages.methods_and_tools.elements.methods.otherText': 'Un altro metodo (specificare)',
  'pages.methods_and_tools.elements.indicator_count.title': 'Quanti indicatori seguite, all’incirca?',
  'pages.methods_and_tools.elements.frameworks.title': 'Vi basate su un quadro di riferimento o una guida pubblicati?',
  'pages.methods_and_tools.elements.frameworks.choices.social_utility_guides.text':
    'Una guida francese di autovalutazione dell’utilità sociale (Avise, COORACE…)',
  'pages.methods_and_tools.elements.frameworks.choices.vises.text': 'L’approccio VISES',
  'pages.methods_and_tools.elements.frameworks.choices.social_value_principles.text':
    'I principi di Social Value International',
  'pages.methods_and_tools.elements.frameworks.choices.impact_management_project.text':
    'Le cinque dimensioni dell’Impact Management Project',
  'pages.methods_and_tools.elements.frameworks.choices.own_grid.text': 'Una griglia costruita da noi',
  'pages.methods_and_tools.elements.purposes.title':
    'Perché valutate, o perché lo fareste? Mettete le ragioni in ordine, dalla più importante alla meno importante.',
  'pages.methods_and_tools.elements.purposes.choices.improve.text': 'Per migliorare le nostre attività',
  'pages.methods_and_tools.elements.purposes.choices.report.text': 'Per rendere conto ai nostri finanziatori',
  'pages.methods_and_tools.elements.purposes.choices.communicate.text': 'Per comunicare sul nostro lavoro',
  'pages.methods_and_tools.elements.purposes.choices.involve.text': 'Per coinvolgere i nostri soci',
  'pages.methods_and_tools.elements.purposes.choices.policy.text': 'Per incidere sulle politiche pubbliche',
  'pages.obstacles_and_usefulness.title': 'Ostacoli e utilità',
  'pages.obstacles_and_usefulness.elements.obstacles.title':
    'Che cosa vi rende difficile la valutazione, o vi impedisce di cominciare?',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.time.text': 'Mancanza di tempo',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.money.text': 'Mancanza di risorse economiche',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.skills.text': 'Mancanza di competenze',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.unsuited_methods.text':
    'Metodi non adatti ai valori dell’ESS',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.data.text': 'Dati mancanti o difficili da raccogliere',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.fear_of_results.text':
    'Il timore di ciò che i risultati potrebbero mostrare',
  'pages.obstacles_and_usefulness.elements.usefulness.title':
    'Quanto è stata utile finora la valutazione per la vostra organizzazione?',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.1.text': 'Non utile',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.2.text': 'Poco utile',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.3.text': 'Abbastanza utile',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.4.text': 'Molto utile',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.5.text': 'Indispensabile',
  'pages.obstacles_and_usefulness.elements.changed_activity.title':
    'Una valutazione vi ha mai portato a modificare una delle vostre attività?',
  'pages.obstacles_and_usefulness.elements.change_description.title': 'Che cosa avete modificato?',
  'pages.support.title': 'Accompagnamento, formazione e condivisione',
  'pages.support.elements.support_needs.title': 'Quale sostegno vi aiuterebbe a valutare il vostro impatto?',
  'pages.support.elements.support_needs.choices.training.text': 'Formazione',
  'pages.support.elements.support_needs.choices.coaching.text': 'Accompagnamento da parte di una persona esperta',
  'pages.support.elements.support_needs.choices.tools.text': 'Metodi e strumenti semplici',
  'pages.support.elements.support_needs.choices.peer_exchange.text': 'Scambi con altre organizzazioni dell’ESS',
  'pages.support.elements.support_needs.choices.funding.text': 'Finanziamenti per la valutazione',
  'pages.support.elements.support_needs.choices.data_help.text': 'Aiuto per raccogliere e analizzare i dati',
  'pages.support.elements.support_needs.choices.communication.text': 'Aiuto per presentare i risultati',
  'pages.support.elements.training_format.title': 'Quale formato di formazione vi sarebbe più adatto?',
  'pages.support.elements.training_format.choices.in_person.text': 'In presenza',
  'pages.support.elements.training_format.choices.online.text': 'Online',
  'pages.support.elements.training_format.choices.mixed.text': 'Un misto dei due',
  'pages.support.elements.training_format.choices.no_preference.text': 'Nessuna preferenza',
  'pages.support.elements.support_details.title': 'Diteci di più su ciò che vi aiuterebbe.',
  'pages.support.elements.share_practice.title':
    'Sareste disposti a condividere una delle vostre pratiche di valutazione con altre organizzazioni dell’ESS?',
  'pages.support.elements.contact_email.title': 'A quale indirizzo e-mail possiamo contattarvi?',
  'pages.support.elements.contact_email.description':
    'Usato solo per parlare con voi della condivisione della vostra pratica.',
  'pages.support.elements.practice_link.title': 'Esiste una pagina web che presenta questa pratica? (facoltativo)',
  'pages.support.elements.final_comment.title': 'C’è altro che vorreste dirci? (facoltativo)',
} satisfies Translation;

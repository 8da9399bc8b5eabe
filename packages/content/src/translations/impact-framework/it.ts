import type { Translation } from '../../translate.js';

// Machine-assisted Italian translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Griglia DEVISUS di autovalutazione dell’utilità sociale',
  description:
    'Una griglia di partenza per valutare l’utilità sociale e l’impatto sociale di un’organizzazione dell’economia sociale e solidale. Non è una norma ufficiale né un marchio: nella tradizione francese dell’autovalutazione dell’utilità sociale, ogni organizzazione la adatta, mantenendo, riformulando o aggiungendo dimensioni (registres), criteri (critères) e indicatori (indicateurs). I valori di partenza e gli obiettivi degli indicatori numerici sono esempi neutri, non dati su un’organizzazione reale: fissate i vostri.',
  'dimensions.territorial.title': 'Radicamento e coesione territoriale',
  'dimensions.territorial.description':
    'Come l’organizzazione è radicata nel suo territorio, collabora con gli attori locali e contribuisce alla coesione del territorio.',
  'dimensions.territorial.sources.0.label':
    'Autovalutazione dell’utilità sociale: la guida dell’Avise di Hélène Duclos (2007) e la sintesi del COORACE (2013)',
  'dimensions.territorial.sources.1.label':
    'Le dimensioni adottate dalle camere regionali francesi dell’economia sociale e solidale',
  'dimensions.territorial.sources.2.label':
    'I criteri di utilità sociale della legge francese del 2014 sull’economia sociale e solidale',
  'dimensions.territorial.criteria.territorial-anchoring.title': 'Radicamento locale',
  'dimensions.territorial.criteria.territorial-anchoring.description':
    'L’attività risponde a bisogni del territorio e si avvale delle sue risorse.',
  'dimensions.territorial.criteria.territorial-anchoring.guidance':
    'Interpellate la direzione e chi si occupa degli acquisti; basatevi sui conti, sull’elenco dei fornitori e su eventuali studi dei bisogni locali.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-study.title':
    'Negli ultimi tre anni avete svolto, o contribuito a, uno studio dei bisogni del territorio?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.title':
    'Le nostre attività rispondono a bisogni espressi dagli abitanti del territorio.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.label':
    'Non ancora',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.label':
    'Avviato',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.label':
    'Consolidato',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.label':
    'Esemplare',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.title':
    'Quale quota dei vostri acquisti va a fornitori con sede nel vostro territorio?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.description':
    'Spesa presso fornitori locali divisa per il totale degli acquisti, nell’ultimo esercizio.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.unit': '%',
  'dimensions.territorial.criteria.territorial-cooperation.title': 'Cooperazione con gli attori locali',
  'dimensions.territorial.criteria.territorial-cooperation.description':
    'L’organizzazione lavora con altre organizzazioni, imprese ed enti pubblici del suo territorio.',
  'dimensions.territorial.criteria.territorial-cooperation.guidance':
    'Elencate i vostri partner insieme al gruppo di lavoro; contate solo i partenariati che hanno dato luogo a un’azione comune negli ultimi dodici mesi, come un accordo o un progetto condiviso.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.title':
    'Quanti partenariati attivi avete con organizzazioni locali?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.unit':
    'partenariati',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-network.title':
    'Siete membri di una rete locale o regionale dell’economia sociale e solidale?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.title':
    'Condividiamo risorse come locali, attrezzature o competenze con altre organizzazioni locali.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.label':
    'Non ancora',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.label':
    'Avviato',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.label':
    'Consolidato',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.label':
    'Esemplare',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.territorial.criteria.territorial-cohesion.title': 'Coesione territoriale',
  'dimensions.territorial.criteria.territorial-cohesion.description':
    'L’attività aiuta le persone in tutto il territorio, anche nei luoghi con pochi servizi, ad accedere a ciò di cui hanno bisogno.',
  'dimensions.territorial.criteria.territorial-cohesion.guidance':
    'Interpellate le persone che erogano il servizio e alcuni utenti; basatevi sulle presenze per luogo di residenza e su ciò che vi dicono gli utenti.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-underserved-areas.title':
    'La vostra attività raggiunge zone rurali o quartieri con pochi servizi?',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.title':
    'I nostri servizi sono facilmente accessibili: orari, trasporti, prezzi e locali.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.label':
    'Non ancora',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.label':
    'Avviato',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.label':
    'Consolidato',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.label':
    'Esemplare',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-example.title':
    'Descrivete un modo in cui la vostra attività ha cambiato la vita quotidiana nel vostro territorio.',
  'dimensions.economic.title': 'Utilità economica',
  'dimensions.economic.description':
    'Come l’organizzazione crea e condivide valore economico, consolida le proprie risorse e offre posti di lavoro di qualità.',
  'dimensions.economic.sources.0.label':
    'Le dimensioni adottate dalle camere regionali francesi dell’economia sociale e solidale',
  'dimensions.economic.sources.1.label':
    'Autovalutazione dell’utilità sociale: la guida dell’Avise di Hélène Duclos (2007) e la sintesi del COORACE (2013)',
  'dimensions.economic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016–2019)',
  'dimensions.economic.sources.3.label': 'Le cinque dimensioni dell’impatto dell’Impact Management Project',
  'dimensions.economic.sources.4.label': 'Gli otto principi del valore sociale di Social Value International',
  'dimensions.economic.criteria.economic-resources.title': 'Risorse diversificate e solide',
  'dimensions.economic.criteria.economic-resources.description':
    'L’organizzazione combina diversi tipi di entrate e può pianificare il futuro.',
  'dimensions.economic.criteria.economic-resources.guidance':
    'Lavorate con chi tiene la contabilità; basatevi sugli ultimi due esercizi e sul bilancio di previsione.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.title':
    'Quanti tipi di entrate avete (vendite, finanziamenti pubblici, donazioni, quote associative, altro)?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.unit': 'tipi di entrate',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-volunteer-time.title':
    'Registrate il tempo che i volontari dedicano all’organizzazione?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.title':
    'La nostra situazione finanziaria ci permette di pianificare almeno un anno in anticipo.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.label': 'Non ancora',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.label': 'Avviato',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.label':
    'Consolidato',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.label': 'Esemplare',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.economic.criteria.economic-jobs.title': 'Lavoro di qualità',
  'dimensions.economic.criteria.economic-jobs.description':
    'L’organizzazione offre posti di lavoro stabili, formazione e buone condizioni di lavoro.',
  'dimensions.economic.criteria.economic-jobs.guidance':
    'Basatevi sul registro del personale e sul piano di formazione; per l’affermazione, svolgete una breve indagine anonima presso il personale.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.title':
    'Quale quota del vostro personale ha un contratto a tempo indeterminato?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.unit': '%',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.title':
    'Quante ore di formazione riceve in media ogni dipendente all’anno?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.unit':
    'ore per dipendente all’anno',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.title':
    'Il personale è soddisfatto delle proprie condizioni di lavoro.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.1.label':
    'Per niente d’accordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.2.label':
    'In disaccordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.3.label':
    'Né d’accordo né in disaccordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.4.label': 'D’accordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.5.label':
    'Completamente d’accordo',
  'dimensions.economic.criteria.economic-value.title': 'Valore creato e condiviso',
  'dimensions.economic.criteria.economic-value.description':
    'Ciò che l’attività apporta all’economia locale, e come vengono utilizzati i suoi avanzi di gestione.',
  'dimensions.economic.criteria.economic-value.guidance':
    'Discutetene con il consiglio di amministrazione e con il gruppo di lavoro; non attribuitevi cambiamenti che sarebbero avvenuti comunque o che sono dovuti ad altri.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-surplus-reinvested.title':
    'Gli eventuali avanzi di gestione vengono reinvestiti nel progetto anziché distribuiti come utili?',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.title':
    'Sappiamo distinguere quale parte dei cambiamenti osservati è dovuta alla nostra azione.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.label': 'Non ancora',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.label': 'Avviato',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.label': 'Consolidato',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.label': 'Esemplare',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-new-activity.title':
    'Descrivete un prodotto, un servizio o un posto di lavoro che senza di voi non esisterebbe nel vostro territorio.',
  'dimensions.social.title': 'Coesione sociale e sviluppo umano',
  'dimensions.social.description':
    'Come l’organizzazione sostiene le persone in situazione di vulnerabilità, riduce le disuguaglianze, rafforza i legami sociali e aiuta le persone a crescere.',
  'dimensions.social.sources.0.label': 'La definizione di utilità sociale di Jean Gadrey',
  'dimensions.social.sources.1.label':
    'I criteri di utilità sociale della legge francese del 2014 sull’economia sociale e solidale',
  'dimensions.social.sources.2.label': 'Le cinque dimensioni dell’impatto dell’Impact Management Project',
  'dimensions.social.sources.3.label': 'Gli otto principi del valore sociale di Social Value International',
  'dimensions.social.criteria.social-inclusion.title': 'Sostegno alle persone vulnerabili',
  'dimensions.social.criteria.social-inclusion.description':
    'L’attività raggiunge persone in difficoltà e le aiuta in modo duraturo.',
  'dimensions.social.criteria.social-inclusion.guidance':
    'Interpellate il personale che lavora con i beneficiari; basatevi su dati di monitoraggio resi anonimi, mai su fascicoli personali.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.title':
    'Quale quota delle persone che sostenete si trova in difficoltà economiche o sociali?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.unit': '%',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-affordable.title':
    'Adattate prezzi o condizioni perché possano partecipare anche le persone a basso reddito?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.title':
    'Il sostegno che offriamo porta a risultati duraturi, come un lavoro, un alloggio o una formazione.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.label':
    'Non ancora',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.label': 'Avviato',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.label':
    'Consolidato',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.label':
    'Esemplare',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.social.criteria.social-ties.title': 'Legami sociali e convivialità',
  'dimensions.social.criteria.social-ties.description': 'L’attività fa incontrare le persone e rompe l’isolamento.',
  'dimensions.social.criteria.social-ties.guidance':
    'Chiedetelo direttamente ai partecipanti, con un breve questionario o una discussione di gruppo, e annotate ciò che dicono con le loro parole.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-meeting-places.title':
    'Offrite luoghi o momenti in cui si incontrano persone che altrimenti non si incrocerebbero?',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.title':
    'I partecipanti si sentono meno isolati da quando prendono parte alle nostre attività.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.1.label': 'Per niente d’accordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.2.label': 'In disaccordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.3.label':
    'Né d’accordo né in disaccordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.4.label': 'D’accordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.5.label': 'Completamente d’accordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-reported-change.title':
    'Descrivete un cambiamento riferito dai vostri beneficiari.',
  'dimensions.social.criteria.social-development.title': 'Sviluppo umano',
  'dimensions.social.criteria.social-development.description':
    'L’attività aiuta le persone a imparare, a prendersi cura della propria salute e a diventare più autonome.',
  'dimensions.social.criteria.social-development.guidance':
    'Basatevi sui registri di formazione e di presenza; chiedete ai beneficiari come vedono i propri progressi, idealmente al loro arrivo e alla loro uscita.',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.title':
    'Quante persone hanno acquisito una competenza o una qualifica grazie alla vostra attività quest’anno?',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.unit': 'persone',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.title':
    'I beneficiari affermano che l’attività ha migliorato la loro salute o il loro benessere.',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.1.label':
    'Per niente d’accordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.2.label':
    'In disaccordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.3.label':
    'Né d’accordo né in disaccordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.4.label': 'D’accordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.5.label':
    'Completamente d’accordo',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.title':
    'Le persone che sosteniamo diventano più capaci di agire in autonomia.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.label': 'Non ancora',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.label': 'Avviato',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.label': 'Consolidato',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.label': 'Esemplare',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.democratic.title': 'Democrazia e cittadinanza',
  'dimensions.democratic.description':
    'Come l’organizzazione condivide il potere, incoraggia la cittadinanza attiva e costruisce l’interesse generale insieme ad altri.',
  'dimensions.democratic.sources.0.label':
    'Le dimensioni adottate dalle camere regionali francesi dell’economia sociale e solidale',
  'dimensions.democratic.sources.1.label':
    'I criteri di utilità sociale della legge francese del 2014 sull’economia sociale e solidale',
  'dimensions.democratic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016–2019)',
  'dimensions.democratic.sources.3.label': 'Gli otto principi del valore sociale di Social Value International',
  'dimensions.democratic.criteria.democratic-governance.title': 'Governance condivisa',
  'dimensions.democratic.criteria.democratic-governance.description':
    'Le decisioni sono prese collettivamente e le persone interessate hanno voce in capitolo.',
  'dimensions.democratic.criteria.democratic-governance.guidance':
    'Basatevi sullo statuto, sui verbali delle riunioni e sui fogli presenze; chiedete ai membri del consiglio di amministrazione e al personale come vengono prese le decisioni nella pratica.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-voting-rule.title':
    'Ogni socio dispone di un voto, indipendentemente dal suo apporto finanziario?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.title':
    'Beneficiari, personale, volontari e partner hanno un posto negli organi in cui si prendono le decisioni.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.label':
    'Non ancora',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.label':
    'Avviato',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.label':
    'Consolidato',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.label':
    'Esemplare',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.title':
    'Quale quota dei soci ha partecipato alla vostra ultima assemblea generale?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.unit': '%',
  'dimensions.democratic.criteria.democratic-citizenship.title': 'Cittadinanza attiva',
  'dimensions.democratic.criteria.democratic-citizenship.description':
    'L’organizzazione offre alle persone modi per impegnarsi e per comprendere la vita pubblica.',
  'dimensions.democratic.criteria.democratic-citizenship.guidance':
    'Contate i volontari che hanno partecipato almeno una volta negli ultimi tre mesi; chiedete ai partecipanti se si sentono ascoltati.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.title':
    'Quanti volontari sono attivi nella vostra organizzazione?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.unit': 'persone',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-education.title':
    'Svolgete attività che aiutano le persone a comprendere la vita pubblica e a prendervi parte?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.title':
    'I partecipanti sentono che la loro opinione conta nell’organizzazione.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.1.label':
    'Per niente d’accordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.2.label':
    'In disaccordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.3.label':
    'Né d’accordo né in disaccordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.4.label':
    'D’accordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.5.label':
    'Completamente d’accordo',
  'dimensions.democratic.criteria.democratic-general-interest.title': 'Costruire insieme l’interesse generale',
  'dimensions.democratic.criteria.democratic-general-interest.description':
    'L’organizzazione partecipa al dibattito pubblico e all’elaborazione delle politiche locali, e rende conto con trasparenza di ciò che fa.',
  'dimensions.democratic.criteria.democratic-general-interest.guidance':
    'Elencate con il consiglio di amministrazione le consultazioni, i gruppi di lavoro e i dibattiti pubblici a cui avete partecipato quest’anno; conservate verbali o lettere come prova.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.title':
    'Contribuiamo alle politiche pubbliche locali attraverso consultazioni, gruppi di lavoro o proposte.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.label':
    'Non ancora',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.label':
    'Avviato',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.label':
    'Consolidato',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.label':
    'Esemplare',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-transparency.title':
    'Chiunque ne faccia richiesta può consultare i vostri conti e il vostro rapporto di attività?',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-example.title':
    'Descrivete un dibattito pubblico o una decisione che avete contribuito a orientare.',
  'dimensions.democratic.criteria.democratic-evaluation.title': 'Valutazione con gli stakeholder',
  'dimensions.democratic.criteria.democratic-evaluation.description':
    'Le persone interessate dall’attività contribuiscono a decidere che cosa viene valutato e vengono informate dei risultati.',
  'dimensions.democratic.criteria.democratic-evaluation.guidance':
    'Riprendete la vostra ultima valutazione: chi ha scelto le domande, chi è stato intervistato e chi ha ricevuto i risultati.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.title':
    'Beneficiari e partner contribuiscono a scegliere che cosa valutiamo e come.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.label':
    'Non ancora',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.label':
    'Avviato',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.label':
    'Consolidato',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.label':
    'Esemplare',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-feedback.title':
    'Condividete i risultati delle vostre valutazioni con le persone che vi hanno partecipato?',
  'dimensions.ecological.title': 'Transizione ecologica',
  'dimensions.ecological.description':
    'Come l’organizzazione limita i propri effetti sull’ambiente e aiuta altri a fare altrettanto.',
  'dimensions.ecological.sources.0.label':
    'Le dimensioni adottate dalle camere regionali francesi dell’economia sociale e solidale',
  'dimensions.ecological.sources.1.label': 'La definizione di utilità sociale di Jean Gadrey',
  'dimensions.ecological.sources.2.label':
    'I criteri di utilità sociale della legge francese del 2014 sull’economia sociale e solidale',
  'dimensions.ecological.sources.3.label': 'Le cinque dimensioni dell’impatto dell’Impact Management Project',
  'dimensions.ecological.criteria.ecological-resources.title': 'Uso parsimonioso delle risorse',
  'dimensions.ecological.criteria.ecological-resources.description':
    'L’organizzazione consuma meno energia e materiali, e riutilizza ciò che può.',
  'dimensions.ecological.criteria.ecological-resources.guidance':
    'Basatevi sulle bollette energetiche, sui registri di raccolta dei rifiuti e sull’inventario delle attrezzature; interpellate la persona responsabile dei locali.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.title':
    'Quale quota dei vostri rifiuti è differenziata, riutilizzata o riciclata?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.unit': '%',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-reuse.title':
    'Riparate, condividete o acquistate usato prima di comprare attrezzature nuove?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.title':
    'Monitoriamo il nostro consumo di energia e agiamo per ridurlo.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.label':
    'Non ancora',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.label':
    'Avviato',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.label':
    'Consolidato',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.label':
    'Esemplare',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.ecological.criteria.ecological-practices.title': 'Pratiche responsabili',
  'dimensions.ecological.criteria.ecological-practices.description':
    'Acquisti, spostamenti e sensibilizzazione tengono conto dell’ambiente.',
  'dimensions.ecological.criteria.ecological-practices.guidance':
    'Chiedete al personale di annotare i propri spostamenti di lavoro durante un mese tipo; rivedete le regole di acquisto con chi le applica.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.title':
    'Quale quota degli spostamenti di lavoro avviene a piedi, in bicicletta, con i mezzi pubblici o in car pooling?',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.unit': '%',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.title':
    'Le nostre scelte di acquisto includono criteri ambientali.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.label':
    'Non ancora',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.label':
    'Avviato',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.label':
    'Consolidato',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.label':
    'Esemplare',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-awareness.title':
    'Sensibilizzate personale, volontari o pubblico sulle questioni ambientali?',
  'dimensions.ecological.criteria.ecological-effects.title': 'Effetti ambientali dell’attività',
  'dimensions.ecological.criteria.ecological-effects.description':
    'L’organizzazione conosce i danni che la sua attività può causare all’ambiente, e i benefici che gli apporta.',
  'dimensions.ecological.criteria.ecological-effects.guidance':
    'Passate in rassegna l’attività passo per passo con il gruppo di lavoro; distinguete ciò che è misurato da ciò che è solo stimato.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.title':
    'Conosciamo i principali rischi della nostra attività per l’ambiente e agiamo per limitarli.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.label': 'Non ancora',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.description':
    'Non c’è ancora nulla in atto.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.label': 'Avviato',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.description':
    'Sono stati fatti i primi passi, ma non in modo regolare.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.label': 'Consolidato',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.description':
    'Fa parte della pratica quotidiana ed è seguito nel tempo.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.label': 'Esemplare',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.description':
    'Pienamente in atto, rivisto regolarmente e condiviso con altri.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-benefit.title':
    'Descrivete un beneficio della vostra attività per l’ambiente.',
} satisfies Translation;

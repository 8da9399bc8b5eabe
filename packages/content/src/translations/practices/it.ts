import type { Translation } from '../../translate.js';

// Machine-assisted Italian translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'devisus-partnership.title': 'DEVISUS: una cultura comune dell’utilità sociale tra reti dell’ESS',
  'devisus-partnership.summary':
    'Un partenariato su piccola scala Erasmus+ nell’educazione degli adulti, da aprile 2022 a ottobre 2023, in cui sette organizzazioni dell’economia sociale e solidale, per lo più membri di RIPESS Europe, si sono proposte di costruire una visione comune dell’impatto sociale e dell’utilità sociale nel corso di cinque incontri tra partner.',
  'devisus-partnership.themes.0': 'Utilità sociale',
  'devisus-partnership.themes.1': 'Valutazione d’impatto',
  'devisus-partnership.themes.2': 'Reti',
  'devisus-partnership.themes.3': 'Formazione',
  'devisus-partnership.problem':
    'La valutazione dell’impatto sociale e dell’utilità sociale è una questione centrale per l’economia sociale e solidale, eppure in Europa manca una visione comune che vada oltre il consueto approccio alla valutazione d’impatto, incentrato sui numeri.',
  'devisus-partnership.approach':
    'Sette organizzazioni, affiancate da altre due di supporto e coordinate dalla Francia, si sono riunite cinque volte, dedicando ogni incontro a un asse del lavoro. Il primo, a Parigi nell’aprile 2022, ha avviato il consorzio: il suo funzionamento, il calendario generale e i prodotti attesi. Sono seguiti Lille, Roma, Namur e Bruxelles. I partner intendono ricavare dalla loro cultura comune punti di riferimento e linee guida capaci di diffondersi in Europa, e rafforzare le alleanze tra le loro reti.',
  'devisus-partnership.transferability':
    'Altre reti potrebbero riprendere il formato: un piccolo consorzio che si riunisce in più città, un asse di lavoro per incontro, partendo da un vocabolario comune prima di passare alle competenze, alla formazione e alla diffusione.',
  'devisus-lille-shared-culture.title': 'Lille: costruire una cultura comune con i ricercatori',
  'devisus-lille-shared-culture.summary':
    'Al secondo incontro dei partner di DEVISUS, nel settembre 2022, i partner hanno messo a confronto le loro esperienze e ascoltato interventi su misurare e valutare, impatto e utilità, sistemi di garanzia partecipativi e VISES.',
  'devisus-lille-shared-culture.city': 'Lille',
  'devisus-lille-shared-culture.themes.0': 'Utilità sociale',
  'devisus-lille-shared-culture.themes.1': 'Valutazione d’impatto',
  'devisus-lille-shared-culture.themes.2': 'Reti',
  'devisus-lille-shared-culture.themes.3': 'Valutazione partecipativa',
  'devisus-lille-shared-culture.themes.4': 'Ricerca',
  'devisus-lille-shared-culture.problem':
    'In assenza di una visione europea dell’impatto sociale che vada oltre il consueto approccio incentrato sui numeri, i partner avevano anzitutto bisogno di una base comune.',
  'devisus-lille-shared-culture.approach':
    'I partner hanno condiviso le proprie esperienze, poi hanno ascoltato alcuni ricercatori: la Chaire ESS Hauts-de-France sulla differenza tra misurare e valutare e tra impatto e utilità; il CIRAD sui sistemi di garanzia partecipativi; ConcertES e il CES Liège su VISES e sui suoi sviluppi in Vallonia.',
  'devisus-lille-shared-culture.transferability':
    'Una rete che inizia a lavorare sull’impatto potrebbe cominciare allo stesso modo: chiarire con i ricercatori il significato di parole come misurazione, valutazione, impatto e utilità prima di scegliere qualsiasi strumento.',
  'devisus-rome-support-skills.title': 'Roma: le competenze per accompagnare la valutazione dell’impatto sociale',
  'devisus-rome-support-skills.summary':
    'Il terzo incontro dei partner di DEVISUS, nell’ottobre 2022, si è occupato delle competenze e del saper fare necessari per aiutare le organizzazioni a valutare il proprio impatto sociale.',
  'devisus-rome-support-skills.city': 'Roma',
  'devisus-rome-support-skills.themes.0': 'Valutazione d’impatto',
  'devisus-rome-support-skills.themes.1': 'Formazione',
  'devisus-rome-support-skills.problem':
    'DEVISUS si propone di rafforzare le competenze degli accompagnatori, docenti e formatori dell’economia sociale e solidale, e di preparare un progetto successivo che offra in tutta Europa formazione sulla valutazione dell’impatto sociale e dell’utilità sociale.',
  'devisus-rome-support-skills.approach':
    'I partner hanno dedicato l’incontro a una domanda: che cosa deve sapere e saper fare una persona per accompagnare un’organizzazione nella valutazione del suo impatto sociale?',
  'devisus-rome-support-skills.transferability':
    'Enti di formazione e reti di accompagnamento potrebbero partire dalla stessa domanda per definire le competenze di cui ha bisogno il loro personale.',
  'devisus-namur-coach-training.title': 'Namur: un quadro di formazione per gli accompagnatori sull’impatto sociale',
  'devisus-namur-coach-training.summary':
    'Il quarto incontro dei partner di DEVISUS, nel febbraio 2023, ha lavorato su un quadro di formazione per le persone che accompagnano le organizzazioni sull’impatto sociale.',
  'devisus-namur-coach-training.city': 'Namur',
  'devisus-namur-coach-training.themes.0': 'Valutazione d’impatto',
  'devisus-namur-coach-training.themes.1': 'Formazione',
  'devisus-namur-coach-training.problem':
    'DEVISUS si propone di rafforzare le competenze degli accompagnatori, docenti e formatori dell’economia sociale e solidale, e di preparare un progetto successivo che offra in tutta Europa formazione sulla valutazione dell’impatto sociale e dell’utilità sociale.',
  'devisus-namur-coach-training.approach':
    'I partner hanno dedicato l’incontro a un quadro di formazione per gli accompagnatori sull’impatto sociale.',
  'devisus-namur-coach-training.transferability':
    'Le reti che formano i propri accompagnatori potrebbero riprendere l’idea di un quadro di formazione comune e adattarlo al proprio paese e ai propri membri.',
  'devisus-brussels-dissemination.title': 'Bruxelles: diffondere i risultati e chiudere il progetto',
  'devisus-brussels-dissemination.summary':
    'Il quinto e ultimo incontro dei partner di DEVISUS, nel maggio 2023, è stato dedicato alla diffusione dei risultati del progetto e alla sua conclusione.',
  'devisus-brussels-dissemination.city': 'Bruxelles',
  'devisus-brussels-dissemination.themes.0': 'Diffusione',
  'devisus-brussels-dissemination.themes.1': 'Reti',
  'devisus-brussels-dissemination.problem':
    'DEVISUS vuole che i suoi punti di riferimento e le sue linee guida si diffondano in Europa e rafforzino le alleanze tra le reti dell’economia sociale e solidale.',
  'devisus-brussels-dissemination.approach':
    'I partner hanno dedicato il loro ultimo incontro a far conoscere ciò che il progetto aveva prodotto, e lo hanno concluso.',
  'devisus-brussels-dissemination.transferability':
    'Altri consorzi potrebbero allo stesso modo riservare l’ultimo incontro alla condivisione del loro lavoro al di là del partenariato.',
  'impact-valuess-questionnaire.title': 'Chiedere alle organizzazioni dell’ESS come valutano il proprio impatto',
  'impact-valuess-questionnaire.summary':
    'La prima tappa del lavoro di Impact & ValuESS sulla valutazione d’impatto: un questionario online che chiede alle organizzazioni dell’economia sociale e solidale come valutano l’impatto delle loro attività sul territorio, sulle persone a cui si rivolgono e sulla società nel suo insieme.',
  'impact-valuess-questionnaire.themes.0': 'Indagine',
  'impact-valuess-questionnaire.themes.1': 'Valutazione d’impatto',
  'impact-valuess-questionnaire.themes.2': 'Cooperazione transfrontaliera',
  'impact-valuess-questionnaire.problem':
    'Le organizzazioni dell’economia sociale e solidale hanno bisogno di mostrare l’impatto delle loro attività sul territorio e di spiegare la propria utilità sociale ai partner, per lavorare meglio con le imprese e gli enti pubblici, diversificare le proprie risorse e dare continuità alle proprie attività.',
  'impact-valuess-questionnaire.approach':
    'Impact & ValuESS, una cooperazione Interreg tra due poli di sviluppo dell’economia sociale e solidale in Bretagna e un’organizzazione inglese, ha avviato il suo lavoro sull’impatto chiedendo alle organizzazioni come lo valutano già, a tre livelli: il territorio, i beneficiari e la società in generale. Il questionario è stato diffuso su SurveyMonkey.',
  'impact-valuess-questionnaire.evaluationMethod':
    'Un questionario online inviato alle organizzazioni dell’economia sociale e solidale.',
  'impact-valuess-questionnaire.transferability':
    'Una rete potrebbe condurre un’indagine simile tra i propri membri prima di scegliere qualsiasi strumento, così da partire dalle pratiche di valutazione che già hanno.',
  'impact-valuess-questionnaire.links.0.label': 'Il questionario (SurveyMonkey)',
  'impact-valuess-case-studies.title': 'Studi di caso sulle pratiche di valutazione in Francia e in Inghilterra',
  'impact-valuess-case-studies.summary':
    'La seconda tappa del lavoro di Impact & ValuESS sulla valutazione d’impatto: studi di caso in Francia e in Inghilterra, basati su interviste approfondite, che analizzano come le organizzazioni valutano il proprio impatto e dove le loro pratiche mostrano dei limiti.',
  'impact-valuess-case-studies.themes.0': 'Studi di caso',
  'impact-valuess-case-studies.themes.1': 'Valutazione d’impatto',
  'impact-valuess-case-studies.themes.2': 'Cooperazione transfrontaliera',
  'impact-valuess-case-studies.problem':
    'Le organizzazioni dell’economia sociale e solidale hanno bisogno di mostrare l’impatto delle loro attività sul territorio e di spiegare la propria utilità sociale ai partner, per lavorare meglio con le imprese e gli enti pubblici, diversificare le proprie risorse e dare continuità alle proprie attività.',
  'impact-valuess-case-studies.approach':
    'Interviste approfondite con organizzazioni sulle due sponde della Manica, seguite da un’analisi qualitativa delle loro pratiche di valutazione e dei limiti di tali pratiche.',
  'impact-valuess-case-studies.evaluationMethod': 'Studi di caso: interviste approfondite e analisi qualitativa.',
  'impact-valuess-case-studies.transferability':
    'Guardare ai limiti delle pratiche attuali, e non solo a ciò che funziona, potrebbe aiutare un’altra rete a capire dove i suoi membri hanno più bisogno di sostegno.',
  'impact-valuess-exchange-2014.title': 'Un incontro franco-inglese sulla valutazione d’impatto',
  'impact-valuess-exchange-2014.summary':
    'Dal 13 al 15 maggio 2014, i partecipanti francesi e inglesi di Impact & ValuESS si sono incontrati per discutere di quanto emerso dal questionario e dagli studi di caso, lavorare in gruppi sulla valutazione d’impatto e sulla strategia di comunicazione e visitare organizzazioni dell’economia sociale e solidale in Inghilterra.',
  'impact-valuess-exchange-2014.themes.0': 'Cooperazione transfrontaliera',
  'impact-valuess-exchange-2014.themes.1': 'Valutazione d’impatto',
  'impact-valuess-exchange-2014.themes.2': 'Comunicazione',
  'impact-valuess-exchange-2014.problem':
    'Le organizzazioni dell’economia sociale e solidale hanno bisogno di mostrare l’impatto delle loro attività sul territorio e di spiegare la propria utilità sociale ai partner, per lavorare meglio con le imprese e gli enti pubblici, diversificare le proprie risorse e dare continuità alle proprie attività.',
  'impact-valuess-exchange-2014.approach':
    'Tre filoni in tre giorni: un ritorno sul questionario e sugli studi di caso, gruppi di lavoro sulla valutazione d’impatto e sulla strategia di comunicazione, e visite a organizzazioni in Inghilterra. Il programma Interreg ha coperto le spese di viaggio dei partecipanti francesi.',
  'impact-valuess-exchange-2014.transferability':
    'I progetti transfrontalieri potrebbero riprendere l’abbinamento tra risultati condivisi e visite a organizzazioni del paese partner.',
  'impact-valuess-guide.title': 'Una guida di buone pratiche per mostrare l’impatto delle attività dell’ESS',
  'impact-valuess-guide.summary':
    'La quarta e ultima tappa del lavoro di Impact & ValuESS sulla valutazione d’impatto: una guida che spiega perché valutare l’impatto è importante e propone un metodo accessibile per farlo all’interno della propria organizzazione.',
  'impact-valuess-guide.themes.0': 'Diffusione',
  'impact-valuess-guide.themes.1': 'Valutazione d’impatto',
  'impact-valuess-guide.themes.2': 'Utilità sociale',
  'impact-valuess-guide.problem':
    'Le organizzazioni dell’economia sociale e solidale hanno bisogno di mostrare l’impatto delle loro attività sul territorio e di spiegare la propria utilità sociale ai partner, per lavorare meglio con le imprese e gli enti pubblici, diversificare le proprie risorse e dare continuità alle proprie attività.',
  'impact-valuess-guide.approach':
    'La guida arriva per ultima, dopo il questionario, gli studi di caso e l’incontro franco-inglese.',
  'impact-valuess-guide.results':
    'Una guida di buone pratiche per mostrare l’impatto delle attività dell’economia sociale e solidale: perché la valutazione d’impatto è importante, e un metodo accessibile per applicarla nella propria organizzazione.',
  'impact-valuess-guide.transferability':
    'Un’altra rete potrebbe seguire lo stesso schema per la propria guida: prima perché la valutazione d’impatto è importante, poi un metodo semplice che un’organizzazione può applicare da sola.',
  'vises.title': 'VISES: un approccio di valutazione che valorizza le pratiche quanto i risultati',
  'vises.summary':
    'Un progetto Interreg France-Wallonie-Vlaanderen (2016–2019) guidato da ConcertES con la CRESS Hauts-de-France, con 21 partner e 69 imprese test. Dà alle pratiche e ai processi lo stesso peso dei risultati, e rifiuta di attribuire un valore monetario all’impatto.',
  'vises.themes.0': 'Valutazione d’impatto',
  'vises.themes.1': 'Utilità sociale',
  'vises.themes.2': 'Cooperazione transfrontaliera',
  'vises.approach':
    'La valutazione considera il modo in cui un’impresa produce, si gestisce e si governa e le sue finalità, non solo ciò che ottiene, e rinuncia alla monetizzazione. Il progetto ha riunito 21 partner, e 69 imprese test hanno sperimentato l’approccio.',
  'vises.evaluationMethod':
    'Tre fasi: (1) una ricognizione della situazione e la scelta di una domanda valutativa; (2) la raccolta dei dati tramite indicatori, interviste, indagini, focus group e storie di vita; (3) analisi e valorizzazione.',
  'vises.transferability':
    'Le reti restie a dare un prezzo al valore sociale potrebbero riprenderne le tre fasi, che partono da una domanda scelta dall’organizzazione stessa.',
  'impact-valuess-questionnaire.evaluationMethodLabel': 'Questionario online',
  'impact-valuess-case-studies.evaluationMethodLabel': 'Studi di caso',
  'vises.evaluationMethodLabel': 'Metodo VISES, in tre fasi',
} satisfies Translation;

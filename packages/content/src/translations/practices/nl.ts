import type { Translation } from '../../translate.js';

// Machine-assisted Dutch translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'devisus-partnership.title':
    'DEVISUS: een gedeelde cultuur van maatschappelijk nut tussen netwerken van de sociale en solidaire economie',
  'devisus-partnership.summary':
    'Een kleinschalig Erasmus+-partnerschap in de volwasseneneducatie, van april 2022 tot oktober 2023, waarin zeven organisaties van de sociale en solidaire economie, de meeste lid van RIPESS Europe, zich voornamen om in vijf partnerbijeenkomsten een gemeenschappelijk begrip van maatschappelijke impact en maatschappelijk nut op te bouwen.',
  'devisus-partnership.themes.0': 'Maatschappelijk nut',
  'devisus-partnership.themes.1': 'Impactevaluatie',
  'devisus-partnership.themes.2': 'Netwerken',
  'devisus-partnership.themes.3': 'Opleiding',
  'devisus-partnership.problem':
    'Het evalueren van maatschappelijke impact en maatschappelijk nut is een centrale vraag voor de sociale en solidaire economie, maar in Europa bestaat er geen gemeenschappelijk begrip van dat verder gaat dan de gebruikelijke, op cijfers gerichte kijk op impactevaluatie.',
  'devisus-partnership.approach':
    'Zeven organisaties, gesteund door twee ondersteunende organisaties en gecoördineerd vanuit Frankrijk, kwamen vijf keer samen, waarbij elke bijeenkomst aan één werkas was gewijd. De eerste, in april 2022 in Parijs, zette het consortium op: hoe het zou werken, de algemene planning en de op te leveren resultaten. Daarna volgden Rijsel, Rome, Namen en Brussel. De partners willen uit hun gedeelde cultuur ijkpunten en richtlijnen halen die zich over Europa kunnen verspreiden, en de allianties tussen hun netwerken versterken.',
  'devisus-partnership.transferability':
    'Andere netwerken zouden het format kunnen overnemen: een klein consortium dat in verschillende steden samenkomt, één werkas per bijeenkomst, te beginnen met een gedeelde woordenschat voordat men overgaat op vaardigheden, opleiding en verspreiding.',
  'devisus-lille-shared-culture.title': 'Rijsel: samen met onderzoekers een gedeelde cultuur opbouwen',
  'devisus-lille-shared-culture.summary':
    'Op de tweede DEVISUS-partnerbijeenkomst, in september 2022, vergeleken de partners hun ervaringen en hoorden ze lezingen over meten tegenover evalueren, impact tegenover nut, participatieve garantiesystemen en VISES.',
  'devisus-lille-shared-culture.city': 'Rijsel',
  'devisus-lille-shared-culture.themes.0': 'Maatschappelijk nut',
  'devisus-lille-shared-culture.themes.1': 'Impactevaluatie',
  'devisus-lille-shared-culture.themes.2': 'Netwerken',
  'devisus-lille-shared-culture.themes.3': 'Participatieve evaluatie',
  'devisus-lille-shared-culture.themes.4': 'Onderzoek',
  'devisus-lille-shared-culture.problem':
    'Bij gebrek aan een Europese kijk op maatschappelijke impact die verder gaat dan de gebruikelijke, op cijfers gerichte aanpak, hadden de partners eerst een gemeenschappelijke basis nodig.',
  'devisus-lille-shared-culture.approach':
    'De partners deelden hun eigen ervaringen en luisterden daarna naar onderzoekers: de Chaire ESS Hauts-de-France over het verschil tussen meten en evalueren en tussen impact en nut; CIRAD over participatieve garantiesystemen; ConcertES en CES Liège over VISES en wat daarop volgde in Wallonië.',
  'devisus-lille-shared-culture.transferability':
    'Een netwerk dat begint te werken rond impact zou op dezelfde manier kunnen starten: samen met onderzoekers de betekenis vastleggen van woorden als meting, evaluatie, impact en nut, voordat het een instrument kiest.',
  'devisus-rome-support-skills.title':
    'Rome: de vaardigheden om de evaluatie van maatschappelijke impact te begeleiden',
  'devisus-rome-support-skills.summary':
    'De derde DEVISUS-partnerbijeenkomst, in oktober 2022, ging over de vaardigheden en knowhow die mensen nodig hebben om organisaties te helpen hun maatschappelijke impact te evalueren.',
  'devisus-rome-support-skills.city': 'Rome',
  'devisus-rome-support-skills.themes.0': 'Impactevaluatie',
  'devisus-rome-support-skills.themes.1': 'Opleiding',
  'devisus-rome-support-skills.problem':
    'DEVISUS wil de vaardigheden versterken van de begeleiders, docenten en opleiders van de sociale en solidaire economie, en een vervolgproject voorbereiden dat in heel Europa opleidingen aanbiedt in de evaluatie van maatschappelijke impact en maatschappelijk nut.',
  'devisus-rome-support-skills.approach':
    'De partners wijdden de bijeenkomst aan één vraag: wat moet iemand weten en kunnen om een organisatie te begeleiden bij de evaluatie van haar maatschappelijke impact?',
  'devisus-rome-support-skills.transferability':
    'Opleidingsinstellingen en ondersteuningsnetwerken zouden van dezelfde vraag kunnen uitgaan bij het bepalen van de vaardigheden die hun eigen medewerkers nodig hebben.',
  'devisus-namur-coach-training.title': 'Namen: een opleidingskader voor begeleiders in maatschappelijke impact',
  'devisus-namur-coach-training.summary':
    'De vierde DEVISUS-partnerbijeenkomst, in februari 2023, werkte aan een opleidingskader voor de mensen die organisaties begeleiden rond maatschappelijke impact.',
  'devisus-namur-coach-training.city': 'Namen',
  'devisus-namur-coach-training.themes.0': 'Impactevaluatie',
  'devisus-namur-coach-training.themes.1': 'Opleiding',
  'devisus-namur-coach-training.problem':
    'DEVISUS wil de vaardigheden versterken van de begeleiders, docenten en opleiders van de sociale en solidaire economie, en een vervolgproject voorbereiden dat in heel Europa opleidingen aanbiedt in de evaluatie van maatschappelijke impact en maatschappelijk nut.',
  'devisus-namur-coach-training.approach':
    'De partners wijdden de bijeenkomst aan een opleidingskader voor begeleiders in maatschappelijke impact.',
  'devisus-namur-coach-training.transferability':
    'Netwerken die hun eigen begeleiders opleiden, zouden het idee van een gemeenschappelijk opleidingskader kunnen overnemen en het aanpassen aan hun eigen land en leden.',
  'devisus-brussels-dissemination.title': 'Brussel: de resultaten delen en het project afsluiten',
  'devisus-brussels-dissemination.summary':
    'De vijfde en laatste DEVISUS-partnerbijeenkomst, in mei 2023, was gewijd aan de verspreiding van de resultaten van het project en aan de afsluiting ervan.',
  'devisus-brussels-dissemination.city': 'Brussel',
  'devisus-brussels-dissemination.themes.0': 'Verspreiding',
  'devisus-brussels-dissemination.themes.1': 'Netwerken',
  'devisus-brussels-dissemination.problem':
    'DEVISUS wil dat zijn ijkpunten en richtlijnen zich over Europa verspreiden en de allianties tussen netwerken van de sociale en solidaire economie versterken.',
  'devisus-brussels-dissemination.approach':
    'De partners wijdden hun laatste bijeenkomst aan het delen van wat het project had opgeleverd, en sloten het af.',
  'devisus-brussels-dissemination.transferability':
    'Andere consortia zouden hun laatste bijeenkomst eveneens kunnen reserveren om hun werk buiten het partnerschap te delen.',
  'impact-valuess-questionnaire.title':
    'Organisaties van de sociale en solidaire economie vragen hoe zij hun impact evalueren',
  'impact-valuess-questionnaire.summary':
    'De eerste stap van het werk rond impactevaluatie van Impact & ValuESS: een online vragenlijst waarin organisaties van de sociale en solidaire economie werd gevraagd hoe zij de impact van hun activiteiten evalueren op hun regio, op de mensen voor wie zij werken en op de samenleving als geheel.',
  'impact-valuess-questionnaire.themes.0': 'Enquête',
  'impact-valuess-questionnaire.themes.1': 'Impactevaluatie',
  'impact-valuess-questionnaire.themes.2': 'Grensoverschrijdende samenwerking',
  'impact-valuess-questionnaire.problem':
    'Organisaties van de sociale en solidaire economie moeten de impact van hun activiteiten op hun regio kunnen laten zien en hun maatschappelijk nut aan partners kunnen uitleggen, om beter samen te werken met bedrijven en overheden, hun middelen te diversifiëren en hun activiteiten te laten voortbestaan.',
  'impact-valuess-questionnaire.approach':
    'Impact & ValuESS, een Interreg-samenwerking tussen twee ontwikkelingscentra van de sociale en solidaire economie in Bretagne en een Engelse organisatie, begon zijn werk rond impact door organisaties te vragen hoe zij die al evalueren, op drie niveaus: de regio, de begunstigden en de samenleving in het algemeen. De vragenlijst liep via SurveyMonkey.',
  'impact-valuess-questionnaire.evaluationMethod':
    'Een online vragenlijst die naar organisaties van de sociale en solidaire economie werd gestuurd.',
  'impact-valuess-questionnaire.transferability':
    'Een netwerk zou een vergelijkbare enquête onder zijn leden kunnen houden voordat het een instrument kiest, om uit te gaan van de evaluatiepraktijken die zij al hebben.',
  'impact-valuess-questionnaire.links.0.label': 'De vragenlijst (SurveyMonkey)',
  'impact-valuess-case-studies.title': 'Casestudy’s van evaluatiepraktijken in Frankrijk en Engeland',
  'impact-valuess-case-studies.summary':
    'De tweede stap van het werk rond impactevaluatie van Impact & ValuESS: casestudy’s in Frankrijk en Engeland, gebaseerd op diepte-interviews, die analyseren hoe organisaties hun impact evalueren en waar hun praktijken tekortschieten.',
  'impact-valuess-case-studies.themes.0': 'Casestudy’s',
  'impact-valuess-case-studies.themes.1': 'Impactevaluatie',
  'impact-valuess-case-studies.themes.2': 'Grensoverschrijdende samenwerking',
  'impact-valuess-case-studies.problem':
    'Organisaties van de sociale en solidaire economie moeten de impact van hun activiteiten op hun regio kunnen laten zien en hun maatschappelijk nut aan partners kunnen uitleggen, om beter samen te werken met bedrijven en overheden, hun middelen te diversifiëren en hun activiteiten te laten voortbestaan.',
  'impact-valuess-case-studies.approach':
    'Diepte-interviews met organisaties aan beide kanten van het Kanaal, gevolgd door een kwalitatieve analyse van hun evaluatiepraktijken en van de grenzen van die praktijken.',
  'impact-valuess-case-studies.evaluationMethod': 'Casestudy’s: diepte-interviews en kwalitatieve analyse.',
  'impact-valuess-case-studies.transferability':
    'Kijken naar de grenzen van de huidige praktijken, en niet alleen naar wat werkt, zou een ander netwerk kunnen helpen zien waar zijn leden de meeste ondersteuning nodig hebben.',
  'impact-valuess-exchange-2014.title': 'Een Frans-Engelse bijeenkomst over impactevaluatie',
  'impact-valuess-exchange-2014.summary':
    'Van 13 tot 15 mei 2014 kwamen Franse en Engelse deelnemers aan Impact & ValuESS samen om te bespreken wat de vragenlijst en de casestudy’s hadden laten zien, in groepen te werken aan impactevaluatie en communicatiestrategie, en organisaties van de sociale en solidaire economie in Engeland te bezoeken.',
  'impact-valuess-exchange-2014.themes.0': 'Grensoverschrijdende samenwerking',
  'impact-valuess-exchange-2014.themes.1': 'Impactevaluatie',
  'impact-valuess-exchange-2014.themes.2': 'Communicatie',
  'impact-valuess-exchange-2014.problem':
    'Organisaties van de sociale en solidaire economie moeten de impact van hun activiteiten op hun regio kunnen laten zien en hun maatschappelijk nut aan partners kunnen uitleggen, om beter samen te werken met bedrijven en overheden, hun middelen te diversifiëren en hun activiteiten te laten voortbestaan.',
  'impact-valuess-exchange-2014.approach':
    'Drie sporen in drie dagen: terugkoppeling over de vragenlijst en de casestudy’s, werkgroepen over impactevaluatie en over communicatiestrategie, en bezoeken aan organisaties in Engeland. Het Interreg-programma betaalde de reiskosten van de Franse deelnemers.',
  'impact-valuess-exchange-2014.transferability':
    'Grensoverschrijdende projecten zouden de combinatie van gedeelde bevindingen en bezoeken aan organisaties in het partnerland kunnen overnemen.',
  'impact-valuess-guide.title':
    'Een handleiding met goede praktijken om de impact van activiteiten van de sociale en solidaire economie te laten zien',
  'impact-valuess-guide.summary':
    'De vierde en laatste stap van het werk rond impactevaluatie van Impact & ValuESS: een handleiding die uitlegt waarom het evalueren van impact belangrijk is en een toegankelijke methode biedt om dat binnen de eigen organisatie te doen.',
  'impact-valuess-guide.themes.0': 'Verspreiding',
  'impact-valuess-guide.themes.1': 'Impactevaluatie',
  'impact-valuess-guide.themes.2': 'Maatschappelijk nut',
  'impact-valuess-guide.problem':
    'Organisaties van de sociale en solidaire economie moeten de impact van hun activiteiten op hun regio kunnen laten zien en hun maatschappelijk nut aan partners kunnen uitleggen, om beter samen te werken met bedrijven en overheden, hun middelen te diversifiëren en hun activiteiten te laten voortbestaan.',
  'impact-valuess-guide.approach':
    'De handleiding komt als laatste, na de vragenlijst, de casestudy’s en de Frans-Engelse bijeenkomst.',
  'impact-valuess-guide.results':
    'Een handleiding met goede praktijken om de impact van activiteiten van de sociale en solidaire economie te laten zien: waarom impactevaluatie belangrijk is, en een toegankelijke methode om die in de eigen organisatie toe te passen.',
  'impact-valuess-guide.transferability':
    'Een ander netwerk zou voor zijn eigen handleiding dezelfde opbouw kunnen volgen: eerst waarom impactevaluatie belangrijk is, daarna een eenvoudige methode die een organisatie zelf kan toepassen.',
  'vises.title': 'VISES: een evaluatieaanpak die praktijken evenveel waardeert als resultaten',
  'vises.summary':
    'Een Interreg-project France-Wallonie-Vlaanderen (2016–2019) onder leiding van ConcertES met CRESS Hauts-de-France, met 21 partners en 69 testondernemingen. Het kent evenveel gewicht toe aan praktijken en processen als aan resultaten, en weigert impact in geld uit te drukken.',
  'vises.themes.0': 'Impactevaluatie',
  'vises.themes.1': 'Maatschappelijk nut',
  'vises.themes.2': 'Grensoverschrijdende samenwerking',
  'vises.approach':
    'De evaluatie kijkt naar hoe een onderneming produceert, zich organiseert en zichzelf bestuurt en naar haar doelen, niet alleen naar wat ze bereikt, en ze wijst monetarisering af. Het project bracht 21 partners samen, en 69 testondernemingen probeerden de aanpak uit.',
  'vises.evaluationMethod':
    'Drie stappen: (1) een stand van zaken en de keuze van een evaluatievraag; (2) gegevensverzameling via indicatoren, interviews, enquêtes, focusgroepen en levensverhalen; (3) analyse en valorisatie.',
  'vises.transferability':
    'Netwerken die terughoudend zijn om een prijs te plakken op maatschappelijke waarde, zouden de drie stappen kunnen overnemen, die vertrekken van een vraag die de organisatie zelf kiest.',
  'impact-valuess-questionnaire.evaluationMethodLabel': 'Online vragenlijst',
  'impact-valuess-case-studies.evaluationMethodLabel': 'Casestudy’s',
  'vises.evaluationMethodLabel': 'VISES-methode, in drie stappen',
} satisfies Translation;

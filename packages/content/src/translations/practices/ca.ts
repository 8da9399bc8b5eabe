import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'devisus-partnership.title': 'DEVISUS: una cultura compartida de la utilitat social entre xarxes de l’ESS',
  'devisus-partnership.summary':
    'Una associació de petita escala d’Erasmus+ en educació de persones adultes, d’abril de 2022 a octubre de 2023, en què set organitzacions de l’economia social i solidària, la majoria membres de RIPESS Europe, es van proposar construir una visió comuna de l’impacte social i de la utilitat social al llarg de cinc reunions de socis.',
  'devisus-partnership.themes.0': 'Utilitat social',
  'devisus-partnership.themes.1': 'Avaluació d’impacte',
  'devisus-partnership.themes.2': 'Xarxes',
  'devisus-partnership.themes.3': 'Formació',
  'devisus-partnership.problem':
    'Avaluar l’impacte social i la utilitat social és una qüestió central per a l’economia social i solidària, però Europa no en té una visió comuna que vagi més enllà de l’enfocament habitual de l’avaluació d’impacte, centrat sobretot en les xifres.',
  'devisus-partnership.approach':
    'Set organitzacions, amb el suport de dues més i coordinades des de França, es van reunir cinc vegades, i cada reunió es va dedicar a un eix del treball. La primera, a París l’abril de 2022, va posar en marxa el consorci: el seu funcionament, el calendari general i els lliurables. Després van venir Lilla, Roma, Namur i Brussel·les. Els socis volen extreure de la seva cultura comuna punts de referència i orientacions que es puguin difondre per Europa, i reforçar les aliances entre les seves xarxes.',
  'devisus-partnership.transferability':
    'Altres xarxes podrien adoptar el format: un petit consorci que es reuneix en diverses ciutats, un eix de treball per reunió, començant per un vocabulari compartit abans de passar a les competències, la formació i la difusió.',
  'devisus-lille-shared-culture.title': 'Lilla: construir una cultura compartida amb investigadors',
  'devisus-lille-shared-culture.summary':
    'A la segona reunió de socis de DEVISUS, el setembre de 2022, els socis van comparar les seves experiències i van escoltar ponències sobre la distinció entre mesurar i avaluar i entre impacte i utilitat, els sistemes participatius de garantia i VISES.',
  'devisus-lille-shared-culture.city': 'Lilla',
  'devisus-lille-shared-culture.themes.0': 'Utilitat social',
  'devisus-lille-shared-culture.themes.1': 'Avaluació d’impacte',
  'devisus-lille-shared-culture.themes.2': 'Xarxes',
  'devisus-lille-shared-culture.themes.3': 'Avaluació participativa',
  'devisus-lille-shared-culture.themes.4': 'Recerca',
  'devisus-lille-shared-culture.problem':
    'Sense una visió europea de l’impacte social que vagi més enllà de l’enfocament habitual centrat en les xifres, els socis necessitaven primer una base comuna.',
  'devisus-lille-shared-culture.approach':
    'Els socis van compartir la seva pròpia experiència i després van escoltar investigadors: la Chaire ESS Hauts-de-France, sobre la diferència entre mesurar i avaluar i entre impacte i utilitat; el CIRAD, sobre els sistemes participatius de garantia; ConcertES i el CES Liège, sobre VISES i el que en va sorgir després a Valònia.',
  'devisus-lille-shared-culture.transferability':
    'Una xarxa que comenci a treballar sobre l’impacte podria començar de la mateixa manera: acordar amb investigadors el significat de paraules com mesura, avaluació, impacte i utilitat abans de triar cap eina.',
  'devisus-rome-support-skills.title': 'Roma: les competències per acompanyar l’avaluació de l’impacte social',
  'devisus-rome-support-skills.summary':
    'La tercera reunió de socis de DEVISUS, l’octubre de 2022, va examinar les competències i el saber fer que calen per ajudar les entitats a avaluar el seu impacte social.',
  'devisus-rome-support-skills.city': 'Roma',
  'devisus-rome-support-skills.themes.0': 'Avaluació d’impacte',
  'devisus-rome-support-skills.themes.1': 'Formació',
  'devisus-rome-support-skills.problem':
    'DEVISUS es proposa reforçar les competències d’acompanyants, docents i formadors de l’economia social i solidària, i preparar un projecte de continuïtat que ofereixi formació en avaluació de l’impacte social i de la utilitat social a tot Europa.',
  'devisus-rome-support-skills.approach':
    'Els socis van dedicar la reunió a una sola pregunta: què ha de saber i saber fer una persona per acompanyar una entitat en l’avaluació del seu impacte social?',
  'devisus-rome-support-skills.transferability':
    'Els organismes de formació i les xarxes d’acompanyament podrien partir de la mateixa pregunta a l’hora de definir les competències que necessita el seu propi personal.',
  'devisus-namur-coach-training.title': 'Namur: un marc de formació per a acompanyants en impacte social',
  'devisus-namur-coach-training.summary':
    'La quarta reunió de socis de DEVISUS, el febrer de 2023, va treballar en un marc de formació per a les persones que acompanyen les entitats en matèria d’impacte social.',
  'devisus-namur-coach-training.city': 'Namur',
  'devisus-namur-coach-training.themes.0': 'Avaluació d’impacte',
  'devisus-namur-coach-training.themes.1': 'Formació',
  'devisus-namur-coach-training.problem':
    'DEVISUS es proposa reforçar les competències d’acompanyants, docents i formadors de l’economia social i solidària, i preparar un projecte de continuïtat que ofereixi formació en avaluació de l’impacte social i de la utilitat social a tot Europa.',
  'devisus-namur-coach-training.approach':
    'Els socis van dedicar la reunió a un marc de formació per a acompanyants en impacte social.',
  'devisus-namur-coach-training.transferability':
    'Les xarxes que formen els seus propis acompanyants podrien recuperar la idea d’un marc de formació comú i adaptar-lo al seu país i als seus membres.',
  'devisus-brussels-dissemination.title': 'Brussel·les: difondre els resultats i tancar el projecte',
  'devisus-brussels-dissemination.summary':
    'La cinquena i última reunió de socis de DEVISUS, el maig de 2023, es va dedicar a difondre els resultats del projecte i a tancar-lo.',
  'devisus-brussels-dissemination.city': 'Brussel·les',
  'devisus-brussels-dissemination.themes.0': 'Difusió',
  'devisus-brussels-dissemination.themes.1': 'Xarxes',
  'devisus-brussels-dissemination.problem':
    'DEVISUS vol que els seus punts de referència i orientacions es difonguin per Europa i reforcin les aliances entre les xarxes de l’economia social i solidària.',
  'devisus-brussels-dissemination.approach':
    'Els socis van dedicar la seva última reunió a compartir el que havia produït el projecte, i el van tancar.',
  'devisus-brussels-dissemination.transferability':
    'Altres consorcis també podrien reservar la seva última reunió per compartir el seu treball més enllà de l’associació.',
  'impact-valuess-questionnaire.title': 'Preguntar a les entitats de l’ESS com avaluen el seu impacte',
  'impact-valuess-questionnaire.summary':
    'El primer pas del treball d’avaluació d’impacte d’Impact & ValuESS: un qüestionari en línia que preguntava a les entitats de l’economia social i solidària com avaluen l’impacte de les seves activitats en el seu territori, en les persones que atenen i en la societat en conjunt.',
  'impact-valuess-questionnaire.themes.0': 'Enquesta',
  'impact-valuess-questionnaire.themes.1': 'Avaluació d’impacte',
  'impact-valuess-questionnaire.themes.2': 'Cooperació transfronterera',
  'impact-valuess-questionnaire.problem':
    'Les entitats de l’economia social i solidària necessiten mostrar l’impacte de les seves activitats en el seu territori i explicar la seva utilitat social als seus socis, per treballar millor amb les empreses i els organismes públics, diversificar els seus recursos i mantenir les seves activitats.',
  'impact-valuess-questionnaire.approach':
    'Impact & ValuESS, una cooperació Interreg entre dos pols de desenvolupament de l’economia social i solidària de la Bretanya i una organització anglesa, va començar el seu treball sobre l’impacte preguntant a les entitats com l’avaluen ja, en tres nivells: el territori, els beneficiaris i la societat en general. El qüestionari es va difondre a SurveyMonkey.',
  'impact-valuess-questionnaire.evaluationMethod':
    'Un qüestionari en línia enviat a entitats de l’economia social i solidària.',
  'impact-valuess-questionnaire.transferability':
    'Una xarxa podria fer una enquesta similar entre els seus membres abans de triar cap eina, per partir de les pràctiques d’avaluació que ja tenen.',
  'impact-valuess-questionnaire.links.0.label': 'El qüestionari (SurveyMonkey)',
  'impact-valuess-case-studies.title': 'Estudis de cas sobre pràctiques d’avaluació a França i Anglaterra',
  'impact-valuess-case-studies.summary':
    'El segon pas del treball d’avaluació d’impacte d’Impact & ValuESS: estudis de cas a França i Anglaterra, basats en entrevistes en profunditat, que analitzen com avaluen les entitats el seu impacte i on es queden curtes les seves pràctiques.',
  'impact-valuess-case-studies.themes.0': 'Estudis de cas',
  'impact-valuess-case-studies.themes.1': 'Avaluació d’impacte',
  'impact-valuess-case-studies.themes.2': 'Cooperació transfronterera',
  'impact-valuess-case-studies.problem':
    'Les entitats de l’economia social i solidària necessiten mostrar l’impacte de les seves activitats en el seu territori i explicar la seva utilitat social als seus socis, per treballar millor amb les empreses i els organismes públics, diversificar els seus recursos i mantenir les seves activitats.',
  'impact-valuess-case-studies.approach':
    'Entrevistes en profunditat amb entitats de totes dues bandes del canal de la Mànega, seguides d’una anàlisi qualitativa de les seves pràctiques d’avaluació i dels límits d’aquestes pràctiques.',
  'impact-valuess-case-studies.evaluationMethod': 'Estudis de cas: entrevistes en profunditat i anàlisi qualitativa.',
  'impact-valuess-case-studies.transferability':
    'Fixar-se en els límits de les pràctiques actuals, i no només en el que funciona, podria ajudar una altra xarxa a veure on necessiten més suport els seus membres.',
  'impact-valuess-exchange-2014.title': 'Una trobada francoanglesa sobre avaluació d’impacte',
  'impact-valuess-exchange-2014.summary':
    'Del 13 al 15 de maig de 2014, participants francesos i anglesos d’Impact & ValuESS es van reunir per comentar el que havien mostrat el qüestionari i els estudis de cas, treballar en grups sobre avaluació d’impacte i estratègia de comunicació, i visitar entitats de l’economia social i solidària a Anglaterra.',
  'impact-valuess-exchange-2014.themes.0': 'Cooperació transfronterera',
  'impact-valuess-exchange-2014.themes.1': 'Avaluació d’impacte',
  'impact-valuess-exchange-2014.themes.2': 'Comunicació',
  'impact-valuess-exchange-2014.problem':
    'Les entitats de l’economia social i solidària necessiten mostrar l’impacte de les seves activitats en el seu territori i explicar la seva utilitat social als seus socis, per treballar millor amb les empreses i els organismes públics, diversificar els seus recursos i mantenir les seves activitats.',
  'impact-valuess-exchange-2014.approach':
    'Tres eixos en tres dies: una posada en comú sobre el qüestionari i els estudis de cas, grups de treball sobre avaluació d’impacte i sobre estratègia de comunicació, i visites a entitats d’Anglaterra. El programa Interreg va pagar els desplaçaments dels participants francesos.',
  'impact-valuess-exchange-2014.transferability':
    'Els projectes transfronterers podrien reutilitzar aquesta combinació de resultats compartits i visites a entitats del país soci.',
  'impact-valuess-guide.title': 'Una guia de bones pràctiques per mostrar l’impacte de les activitats de l’ESS',
  'impact-valuess-guide.summary':
    'El quart i últim pas del treball d’avaluació d’impacte d’Impact & ValuESS: una guia que explica per què és important avaluar l’impacte i ofereix un mètode accessible per fer-ho dins de la pròpia entitat.',
  'impact-valuess-guide.themes.0': 'Difusió',
  'impact-valuess-guide.themes.1': 'Avaluació d’impacte',
  'impact-valuess-guide.themes.2': 'Utilitat social',
  'impact-valuess-guide.problem':
    'Les entitats de l’economia social i solidària necessiten mostrar l’impacte de les seves activitats en el seu territori i explicar la seva utilitat social als seus socis, per treballar millor amb les empreses i els organismes públics, diversificar els seus recursos i mantenir les seves activitats.',
  'impact-valuess-guide.approach':
    'La guia arriba al final, després del qüestionari, els estudis de cas i la trobada francoanglesa.',
  'impact-valuess-guide.results':
    'Una guia de bones pràctiques per mostrar l’impacte de les activitats de l’economia social i solidària: per què és important l’avaluació d’impacte, i un mètode accessible per aplicar-la a la pròpia entitat.',
  'impact-valuess-guide.transferability':
    'Una altra xarxa podria seguir el mateix esquema per a la seva pròpia guia: primer per què és important l’avaluació d’impacte, i després un mètode senzill que una entitat pugui aplicar pel seu compte.',
  'vises.title': 'VISES: un enfocament d’avaluació que valora les pràctiques tant com els resultats',
  'vises.summary':
    'Un projecte Interreg France-Wallonie-Vlaanderen (2016-2019) liderat per ConcertES amb la CRESS Hauts-de-France, amb 21 socis i 69 empreses pilot. Dona tant de pes a les pràctiques i els processos com als resultats, i rebutja posar un valor monetari a l’impacte.',
  'vises.themes.0': 'Avaluació d’impacte',
  'vises.themes.1': 'Utilitat social',
  'vises.themes.2': 'Cooperació transfronterera',
  'vises.approach':
    'L’avaluació examina com una empresa produeix, es gestiona i es governa, i quines són les seves finalitats, no només el que aconsegueix, i rebutja la monetització. El projecte va reunir 21 socis, i 69 empreses pilot van posar a prova l’enfocament.',
  'vises.evaluationMethod':
    'Tres etapes: (1) una diagnosi de la situació i l’elecció d’una pregunta avaluativa; (2) la recollida de dades mitjançant indicadors, entrevistes, enquestes, grups de discussió i relats de vida; (3) l’anàlisi i la posada en valor.',
  'vises.transferability':
    'Les xarxes reticents a posar preu al valor social podrien adoptar les seves tres etapes, que parteixen d’una pregunta que tria la mateixa entitat.',
  'impact-valuess-questionnaire.evaluationMethodLabel': 'Qüestionari en línia',
  'impact-valuess-case-studies.evaluationMethodLabel': 'Estudis de cas',
  'vises.evaluationMethodLabel': 'Mètode VISES, en tres passos',
} satisfies Translation;

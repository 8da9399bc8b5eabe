import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Graella d’autoavaluació de la utilitat social DEVISUS',
  description:
    'Una graella de partida per avaluar la utilitat social i l’impacte social d’una entitat de l’economia social i solidària. No és una norma oficial ni un segell: en la tradició francesa d’autoavaluació de la utilitat social, cada entitat l’adapta i en conserva, reformula o afegeix dimensions (registres), criteris (critères) i indicadors (indicateurs). Els valors de partida i les fites dels indicadors numèrics són exemples neutres, no dades de cap entitat: fixeu-ne els vostres.',
  'dimensions.territorial.title': 'Arrelament i cohesió territorial',
  'dimensions.territorial.description':
    'Com l’entitat arrela en el seu territori, treballa amb els actors locals i contribueix a la seva cohesió.',
  'dimensions.territorial.sources.0.label':
    'Autoavaluació de la utilitat social: la guia de l’Avise d’Hélène Duclos (2007) i la síntesi del COORACE (2013)',
  'dimensions.territorial.sources.1.label':
    'Les dimensions que fan servir les cambres regionals franceses de l’economia social i solidària',
  'dimensions.territorial.sources.2.label':
    'Els criteris d’utilitat social de la llei francesa de 2014 sobre l’economia social i solidària',
  'dimensions.territorial.criteria.territorial-anchoring.title': 'Arrelament local',
  'dimensions.territorial.criteria.territorial-anchoring.description':
    'L’activitat respon a necessitats del territori i es basa en els seus recursos.',
  'dimensions.territorial.criteria.territorial-anchoring.guidance':
    'Pregunteu a la direcció i a qui s’ocupa de les compres; feu servir els comptes, la llista de proveïdors i qualsevol estudi de necessitats locals.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-study.title':
    'Heu fet un estudi de necessitats locals en els últims tres anys, o hi heu participat?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.title':
    'Les nostres activitats responen a necessitats que ha expressat la població del territori.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.label':
    'Encara no',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.label':
    'Incipient',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.label':
    'Consolidat',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.label':
    'Exemplar',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.title':
    'Quina part de les vostres compres va a proveïdors establerts al vostre territori?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.description':
    'Despesa en proveïdors locals dividida pel total de compres, en l’últim exercici.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.unit': '%',
  'dimensions.territorial.criteria.territorial-cooperation.title': 'Cooperació amb els actors locals',
  'dimensions.territorial.criteria.territorial-cooperation.description':
    'L’entitat treballa amb altres entitats, empreses i organismes públics del seu territori.',
  'dimensions.territorial.criteria.territorial-cooperation.guidance':
    'Feu la llista dels vostres socis amb l’equip; compteu només les col·laboracions que hagin donat lloc a una acció conjunta en els últims dotze mesos, com ara un conveni o un projecte compartit.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.title':
    'Quantes col·laboracions actives teniu amb entitats locals?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.unit':
    'col·laboracions',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-network.title':
    'Sou membres d’una xarxa local o regional de l’economia social i solidària?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.title':
    'Compartim recursos com ara locals, equipaments o competències amb altres entitats del territori.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.label':
    'Encara no',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.label':
    'Incipient',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.label':
    'Consolidat',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.label':
    'Exemplar',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.territorial.criteria.territorial-cohesion.title': 'Cohesió territorial',
  'dimensions.territorial.criteria.territorial-cohesion.description':
    'L’activitat ajuda la població de tot el territori, inclosos els llocs amb pocs serveis, a accedir al que necessita.',
  'dimensions.territorial.criteria.territorial-cohesion.guidance':
    'Pregunteu a les persones que presten el servei i a alguns usuaris; feu servir les xifres d’assistència per lloc de residència i el que us expliquen els usuaris.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-underserved-areas.title':
    'La vostra activitat arriba a zones rurals o a barris amb pocs serveis?',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.title':
    'Els nostres serveis són fàcilment accessibles: horaris, transport, preus i locals.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.label':
    'Encara no',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.label':
    'Incipient',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.label':
    'Consolidat',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.label':
    'Exemplar',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-example.title':
    'Descriviu una manera en què la vostra activitat ha canviat la vida quotidiana del vostre territori.',
  'dimensions.economic.title': 'Utilitat econòmica',
  'dimensions.economic.description':
    'Com l’entitat crea i reparteix valor econòmic, assegura els seus recursos i ofereix llocs de treball de qualitat.',
  'dimensions.economic.sources.0.label':
    'Les dimensions que fan servir les cambres regionals franceses de l’economia social i solidària',
  'dimensions.economic.sources.1.label':
    'Autoavaluació de la utilitat social: la guia de l’Avise d’Hélène Duclos (2007) i la síntesi del COORACE (2013)',
  'dimensions.economic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  'dimensions.economic.sources.3.label': 'Les cinc dimensions de l’impacte de l’Impact Management Project',
  'dimensions.economic.sources.4.label': 'Els vuit principis del valor social de Social Value International',
  'dimensions.economic.criteria.economic-resources.title': 'Recursos diversos i sòlids',
  'dimensions.economic.criteria.economic-resources.description':
    'L’entitat combina diversos tipus d’ingressos i pot planificar amb antelació.',
  'dimensions.economic.criteria.economic-resources.guidance':
    'Treballeu amb qui porta els comptes; feu servir els dos últims exercicis i el pressupost.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.title':
    'Quants tipus d’ingressos teniu (vendes, finançament públic, donacions, quotes, altres)?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.unit':
    'tipus d’ingressos',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-volunteer-time.title':
    'Registreu el temps que el voluntariat dedica a l’entitat?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.title':
    'Les nostres finances ens permeten planificar com a mínim amb un any d’antelació.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.label': 'Encara no',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.label': 'Incipient',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.label': 'Consolidat',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.label': 'Exemplar',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.economic.criteria.economic-jobs.title': 'Ocupació de qualitat',
  'dimensions.economic.criteria.economic-jobs.description':
    'L’entitat ofereix feina estable, formació i bones condicions de treball.',
  'dimensions.economic.criteria.economic-jobs.guidance':
    'Feu servir el registre de personal i el pla de formació; per a l’afirmació, feu una breu enquesta anònima a la plantilla.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.title':
    'Quina part de la vostra plantilla té un contracte indefinit?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.unit': '%',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.title':
    'Quantes hores de formació rep cada persona treballadora a l’any, de mitjana?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.unit':
    'hores per persona treballadora i any',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.title':
    'La plantilla està satisfeta amb les seves condicions de treball.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.1.label':
    'Totalment en desacord',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.2.label':
    'En desacord',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.3.label':
    'Ni d’acord ni en desacord',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.4.label': 'D’acord',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.5.label':
    'Totalment d’acord',
  'dimensions.economic.criteria.economic-value.title': 'Valor creat i compartit',
  'dimensions.economic.criteria.economic-value.description':
    'El que l’activitat aporta a l’economia local i a què es destinen els seus excedents.',
  'dimensions.economic.criteria.economic-value.guidance':
    'Parleu-ne amb la junta directiva i l’equip; no us atribuïu canvis que s’haurien produït igualment o que són obra d’altres.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-surplus-reinvested.title':
    'Es reinverteixen els excedents en el projecte en lloc de repartir-se com a beneficis?',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.title':
    'Sabem distingir quina part dels canvis que observem es deu a la nostra pròpia acció.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.label': 'Encara no',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.label': 'Incipient',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.label': 'Consolidat',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.label': 'Exemplar',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-new-activity.title':
    'Descriviu un producte, un servei o un lloc de treball que no existiria al vostre territori sense vosaltres.',
  'dimensions.social.title': 'Cohesió social i desenvolupament humà',
  'dimensions.social.description':
    'Com l’entitat dona suport a les persones en situació de vulnerabilitat, redueix les desigualtats, reforça els vincles socials i ajuda les persones a créixer.',
  'dimensions.social.sources.0.label': 'La definició d’utilitat social de Jean Gadrey',
  'dimensions.social.sources.1.label':
    'Els criteris d’utilitat social de la llei francesa de 2014 sobre l’economia social i solidària',
  'dimensions.social.sources.2.label': 'Les cinc dimensions de l’impacte de l’Impact Management Project',
  'dimensions.social.sources.3.label': 'Els vuit principis del valor social de Social Value International',
  'dimensions.social.criteria.social-inclusion.title': 'Suport a les persones vulnerables',
  'dimensions.social.criteria.social-inclusion.description':
    'L’activitat arriba a persones en dificultat i les ajuda de manera duradora.',
  'dimensions.social.criteria.social-inclusion.guidance':
    'Pregunteu al personal que treballa amb els beneficiaris; feu servir registres de seguiment anonimitzats, mai expedients personals.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.title':
    'Quina part de les persones que acompanyeu afronta dificultats econòmiques o socials?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.unit': '%',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-affordable.title':
    'Adapteu preus o condicions perquè hi puguin participar les persones amb ingressos baixos?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.title':
    'El suport que donem porta a resultats duradors, com ara una feina, un habitatge o una formació.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.label':
    'Encara no',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.label':
    'Incipient',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.label':
    'Consolidat',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.label': 'Exemplar',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.social.criteria.social-ties.title': 'Vincles socials i convivència',
  'dimensions.social.criteria.social-ties.description': 'L’activitat aplega les persones i trenca l’aïllament.',
  'dimensions.social.criteria.social-ties.guidance':
    'Pregunteu directament als participants, amb una breu enquesta o un debat en grup, i anoteu el que diuen amb les seves pròpies paraules.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-meeting-places.title':
    'Oferiu llocs o moments en què es troben persones que d’una altra manera no coincidirien?',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.title':
    'Els participants se senten menys aïllats des que participen en les nostres activitats.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.1.label': 'Totalment en desacord',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.2.label': 'En desacord',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.3.label': 'Ni d’acord ni en desacord',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.4.label': 'D’acord',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.5.label': 'Totalment d’acord',
  'dimensions.social.criteria.social-ties.indicators.social-ties-reported-change.title':
    'Descriviu un canvi que expliquin els vostres beneficiaris.',
  'dimensions.social.criteria.social-development.title': 'Desenvolupament humà',
  'dimensions.social.criteria.social-development.description':
    'L’activitat ajuda les persones a aprendre, a tenir cura de la seva salut i a guanyar autonomia.',
  'dimensions.social.criteria.social-development.guidance':
    'Feu servir els registres de formació i d’assistència; pregunteu als beneficiaris com veuen el seu propi progrés, idealment quan arriben i quan marxen.',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.title':
    'Quantes persones han adquirit una competència o una qualificació gràcies a la vostra activitat aquest any?',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.unit': 'persones',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.title':
    'Els beneficiaris afirmen que l’activitat ha millorat la seva salut o el seu benestar.',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.1.label':
    'Totalment en desacord',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.2.label': 'En desacord',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.3.label':
    'Ni d’acord ni en desacord',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.4.label': 'D’acord',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.5.label':
    'Totalment d’acord',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.title':
    'Les persones que acompanyem són cada vegada més capaces d’actuar per si mateixes.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.label': 'Encara no',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.label': 'Incipient',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.label': 'Consolidat',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.label': 'Exemplar',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.democratic.title': 'Democràcia i ciutadania',
  'dimensions.democratic.description':
    'Com l’entitat comparteix el poder, fomenta la ciutadania activa i treballa amb altres per construir l’interès general.',
  'dimensions.democratic.sources.0.label':
    'Les dimensions que fan servir les cambres regionals franceses de l’economia social i solidària',
  'dimensions.democratic.sources.1.label':
    'Els criteris d’utilitat social de la llei francesa de 2014 sobre l’economia social i solidària',
  'dimensions.democratic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  'dimensions.democratic.sources.3.label': 'Els vuit principis del valor social de Social Value International',
  'dimensions.democratic.criteria.democratic-governance.title': 'Governança compartida',
  'dimensions.democratic.criteria.democratic-governance.description':
    'Les decisions es prenen col·lectivament i les persones afectades hi tenen veu.',
  'dimensions.democratic.criteria.democratic-governance.guidance':
    'Feu servir els estatuts, les actes de les reunions i les llistes d’assistència; pregunteu als membres de la junta directiva i al personal com es prenen les decisions a la pràctica.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-voting-rule.title':
    'Cada membre té un vot, sigui quina sigui la seva aportació econòmica?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.title':
    'Beneficiaris, personal, voluntariat i socis tenen un lloc als òrgans de decisió.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.label':
    'Encara no',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.label':
    'Incipient',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.label':
    'Consolidat',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.label':
    'Exemplar',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.title':
    'Quina part dels membres va assistir a la vostra última assemblea general?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.unit': '%',
  'dimensions.democratic.criteria.democratic-citizenship.title': 'Ciutadania activa',
  'dimensions.democratic.criteria.democratic-citizenship.description':
    'L’entitat ofereix a les persones maneres d’implicar-se i de comprendre la vida pública.',
  'dimensions.democratic.criteria.democratic-citizenship.guidance':
    'Compteu els voluntaris que hi han participat almenys una vegada en els últims tres mesos; pregunteu als participants si se senten escoltats.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.title':
    'Quants voluntaris participen activament a la vostra entitat?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.unit': 'persones',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-education.title':
    'Feu activitats que ajudin les persones a comprendre la vida pública i a participar-hi?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.title':
    'Els participants senten que la seva opinió compta a l’entitat.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.1.label':
    'Totalment en desacord',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.2.label':
    'En desacord',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.3.label':
    'Ni d’acord ni en desacord',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.4.label':
    'D’acord',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.5.label':
    'Totalment d’acord',
  'dimensions.democratic.criteria.democratic-general-interest.title': 'Construir junts l’interès general',
  'dimensions.democratic.criteria.democratic-general-interest.description':
    'L’entitat participa en el debat públic i en l’elaboració de les polítiques locals, i actua amb transparència sobre el que fa.',
  'dimensions.democratic.criteria.democratic-general-interest.guidance':
    'Feu amb la junta directiva la llista de les consultes, grups de treball i debats públics en què heu participat aquest any; conserveu actes o cartes com a prova.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.title':
    'Contribuïm a les polítiques públiques locals mitjançant consultes, grups de treball o propostes.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.label':
    'Encara no',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.label':
    'Incipient',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.label':
    'Consolidat',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.label':
    'Exemplar',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-transparency.title':
    'Qualsevol persona que ho demani pot consultar els vostres comptes i la vostra memòria d’activitats?',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-example.title':
    'Descriviu un debat públic o una decisió que hàgiu contribuït a configurar.',
  'dimensions.democratic.criteria.democratic-evaluation.title': 'Avaluació amb les parts interessades',
  'dimensions.democratic.criteria.democratic-evaluation.description':
    'Les persones afectades per l’activitat participen en la decisió sobre què s’avalua i en coneixen els resultats.',
  'dimensions.democratic.criteria.democratic-evaluation.guidance':
    'Repasseu la vostra última avaluació: qui va triar les preguntes, a qui es va entrevistar i qui en va rebre els resultats.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.title':
    'Beneficiaris i socis ajuden a decidir què avaluem i com.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.label':
    'Encara no',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.label':
    'Incipient',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.label':
    'Consolidat',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.label':
    'Exemplar',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-feedback.title':
    'Compartiu els resultats de les vostres avaluacions amb les persones que hi van participar?',
  'dimensions.ecological.title': 'Transició ecològica',
  'dimensions.ecological.description':
    'Com l’entitat limita els seus efectes sobre el medi ambient i ajuda altres a fer el mateix.',
  'dimensions.ecological.sources.0.label':
    'Les dimensions que fan servir les cambres regionals franceses de l’economia social i solidària',
  'dimensions.ecological.sources.1.label': 'La definició d’utilitat social de Jean Gadrey',
  'dimensions.ecological.sources.2.label':
    'Els criteris d’utilitat social de la llei francesa de 2014 sobre l’economia social i solidària',
  'dimensions.ecological.sources.3.label': 'Les cinc dimensions de l’impacte de l’Impact Management Project',
  'dimensions.ecological.criteria.ecological-resources.title': 'Ús responsable dels recursos',
  'dimensions.ecological.criteria.ecological-resources.description':
    'L’entitat consumeix menys energia i materials, i reutilitza el que pot.',
  'dimensions.ecological.criteria.ecological-resources.guidance':
    'Feu servir les factures d’energia, els registres de recollida de residus i l’inventari d’equipaments; pregunteu a la persona responsable dels locals.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.title':
    'Quina part dels vostres residus se separa, es reutilitza o es recicla?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.unit': '%',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-reuse.title':
    'Repareu, compartiu o compreu de segona mà abans de comprar equipaments nous?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.title':
    'Fem el seguiment del nostre consum d’energia i actuem per reduir-lo.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.label':
    'Encara no',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.label':
    'Incipient',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.label':
    'Consolidat',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.label':
    'Exemplar',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.ecological.criteria.ecological-practices.title': 'Pràctiques responsables',
  'dimensions.ecological.criteria.ecological-practices.description':
    'Les compres, els desplaçaments i la sensibilització tenen en compte el medi ambient.',
  'dimensions.ecological.criteria.ecological-practices.guidance':
    'Demaneu al personal que anoti els seus desplaçaments de feina durant un mes tipus; repasseu les normes de compra amb qui les aplica.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.title':
    'Quina part dels desplaçaments de feina es fa a peu, en bicicleta, en transport públic o en cotxe compartit?',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.unit': '%',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.title':
    'Les nostres decisions de compra inclouen criteris ambientals.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.label':
    'Encara no',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.label':
    'Incipient',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.label':
    'Consolidat',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.label':
    'Exemplar',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-awareness.title':
    'Sensibilitzeu el personal, el voluntariat o el públic sobre les qüestions ambientals?',
  'dimensions.ecological.criteria.ecological-effects.title': 'Efectes ambientals de l’activitat',
  'dimensions.ecological.criteria.ecological-effects.description':
    'L’entitat coneix el dany que la seva activitat pot causar al medi ambient, i el bé que li fa.',
  'dimensions.ecological.criteria.ecological-effects.guidance':
    'Repasseu l’activitat pas a pas amb l’equip; distingiu el que es mesura del que només s’estima.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.title':
    'Coneixem els principals riscos de la nostra activitat per al medi ambient i actuem per limitar-los.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.label': 'Encara no',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.description':
    'Encara no hi ha res en marxa.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.label': 'Incipient',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.description':
    'S’han fet els primers passos, però no de manera regular.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.label': 'Consolidat',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.description':
    'Forma part de la pràctica habitual i se’n fa el seguiment en el temps.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.label': 'Exemplar',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.description':
    'Plenament en marxa, revisat regularment i compartit amb altres.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-benefit.title':
    'Descriviu un benefici de la vostra activitat per al medi ambient.',
} satisfies Translation;

import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'devisus-partnership.title': 'DEVISUS: una cultura compartida de la utilidad social entre redes de la ESS',
  'devisus-partnership.summary':
    'Una asociación a pequeña escala de Erasmus+ en educación de personas adultas, de abril de 2022 a octubre de 2023, en la que siete organizaciones de la economía social y solidaria, la mayoría miembros de RIPESS Europe, se propusieron construir una visión común del impacto social y de la utilidad social a lo largo de cinco reuniones de socios.',
  'devisus-partnership.themes.0': 'Utilidad social',
  'devisus-partnership.themes.1': 'Evaluación de impacto',
  'devisus-partnership.themes.2': 'Redes',
  'devisus-partnership.themes.3': 'Formación',
  'devisus-partnership.problem':
    'Evaluar el impacto social y la utilidad social es una cuestión central para la economía social y solidaria, pero Europa no tiene una visión común al respecto que vaya más allá del enfoque habitual de la evaluación de impacto, centrado ante todo en las cifras.',
  'devisus-partnership.approach':
    'Siete organizaciones, respaldadas por otras dos de apoyo y coordinadas desde Francia, se reunieron cinco veces, y cada reunión se dedicó a un eje del trabajo. La primera, en París en abril de 2022, puso en marcha el consorcio: su funcionamiento, el calendario general y los entregables. Siguieron Lille, Roma, Namur y Bruselas. Los socios aspiran a extraer de su cultura común puntos de referencia y orientaciones que puedan difundirse por Europa, y a reforzar las alianzas entre sus redes.',
  'devisus-partnership.transferability':
    'Otras redes podrían adoptar el formato: un pequeño consorcio que se reúne en varias ciudades, un eje de trabajo por reunión, empezando por un vocabulario compartido antes de pasar a las competencias, la formación y la difusión.',
  'devisus-lille-shared-culture.title': 'Lille: construir una cultura compartida con investigadores',
  'devisus-lille-shared-culture.summary':
    'En la segunda reunión de socios de DEVISUS, en septiembre de 2022, los socios compararon sus experiencias y escucharon ponencias sobre medir frente a evaluar, impacto frente a utilidad, los sistemas participativos de garantía y VISES.',
  'devisus-lille-shared-culture.city': 'Lille',
  'devisus-lille-shared-culture.themes.0': 'Utilidad social',
  'devisus-lille-shared-culture.themes.1': 'Evaluación de impacto',
  'devisus-lille-shared-culture.themes.2': 'Redes',
  'devisus-lille-shared-culture.themes.3': 'Evaluación participativa',
  'devisus-lille-shared-culture.themes.4': 'Investigación',
  'devisus-lille-shared-culture.problem':
    'Sin una visión europea del impacto social que vaya más allá del enfoque habitual centrado en las cifras, los socios necesitaban primero una base común.',
  'devisus-lille-shared-culture.approach':
    'Los socios compartieron su propia experiencia y después escucharon a investigadores: la Chaire ESS Hauts-de-France, sobre la diferencia entre medir y evaluar y entre impacto y utilidad; el CIRAD, sobre los sistemas participativos de garantía; ConcertES y el CES Liège, sobre VISES y lo que vino después en Valonia.',
  'devisus-lille-shared-culture.transferability':
    'Una red que empiece a trabajar sobre el impacto podría comenzar del mismo modo: acordar con investigadores el significado de palabras como medición, evaluación, impacto y utilidad antes de elegir ninguna herramienta.',
  'devisus-rome-support-skills.title': 'Roma: las competencias para acompañar la evaluación del impacto social',
  'devisus-rome-support-skills.summary':
    'La tercera reunión de socios de DEVISUS, en octubre de 2022, examinó las competencias y los conocimientos prácticos que se necesitan para ayudar a las entidades a evaluar su impacto social.',
  'devisus-rome-support-skills.city': 'Roma',
  'devisus-rome-support-skills.themes.0': 'Evaluación de impacto',
  'devisus-rome-support-skills.themes.1': 'Formación',
  'devisus-rome-support-skills.problem':
    'DEVISUS se propone reforzar las competencias de acompañantes, docentes y formadores de la economía social y solidaria, y preparar un proyecto de continuidad que ofrezca formación en evaluación del impacto social y de la utilidad social en toda Europa.',
  'devisus-rome-support-skills.approach':
    'Los socios dedicaron la reunión a una sola pregunta: ¿qué debe saber y saber hacer una persona para acompañar a una entidad en la evaluación de su impacto social?',
  'devisus-rome-support-skills.transferability':
    'Los organismos de formación y las redes de acompañamiento podrían partir de la misma pregunta al definir las competencias que necesita su propio personal.',
  'devisus-namur-coach-training.title': 'Namur: un marco de formación para acompañantes en impacto social',
  'devisus-namur-coach-training.summary':
    'La cuarta reunión de socios de DEVISUS, en febrero de 2023, trabajó en un marco de formación para las personas que acompañan a las entidades en materia de impacto social.',
  'devisus-namur-coach-training.city': 'Namur',
  'devisus-namur-coach-training.themes.0': 'Evaluación de impacto',
  'devisus-namur-coach-training.themes.1': 'Formación',
  'devisus-namur-coach-training.problem':
    'DEVISUS se propone reforzar las competencias de acompañantes, docentes y formadores de la economía social y solidaria, y preparar un proyecto de continuidad que ofrezca formación en evaluación del impacto social y de la utilidad social en toda Europa.',
  'devisus-namur-coach-training.approach':
    'Los socios dedicaron la reunión a un marco de formación para acompañantes en impacto social.',
  'devisus-namur-coach-training.transferability':
    'Las redes que forman a sus propios acompañantes podrían retomar la idea de un marco de formación común y adaptarlo a su país y a sus miembros.',
  'devisus-brussels-dissemination.title': 'Bruselas: difundir los resultados y cerrar el proyecto',
  'devisus-brussels-dissemination.summary':
    'La quinta y última reunión de socios de DEVISUS, en mayo de 2023, se dedicó a difundir los resultados del proyecto y a darlo por concluido.',
  'devisus-brussels-dissemination.city': 'Bruselas',
  'devisus-brussels-dissemination.themes.0': 'Difusión',
  'devisus-brussels-dissemination.themes.1': 'Redes',
  'devisus-brussels-dissemination.problem':
    'DEVISUS quiere que sus puntos de referencia y orientaciones se difundan por Europa y refuercen las alianzas entre las redes de la economía social y solidaria.',
  'devisus-brussels-dissemination.approach':
    'Los socios dedicaron su última reunión a compartir lo que había producido el proyecto, y lo cerraron.',
  'devisus-brussels-dissemination.transferability':
    'Otros consorcios podrían reservar también su última reunión para compartir su trabajo más allá de la asociación.',
  'impact-valuess-questionnaire.title': 'Preguntar a las entidades de la ESS cómo evalúan su impacto',
  'impact-valuess-questionnaire.summary':
    'El primer paso del trabajo de evaluación de impacto de Impact & ValuESS: un cuestionario en línea que preguntaba a las entidades de la economía social y solidaria cómo evalúan el impacto de sus actividades en su territorio, en las personas a las que atienden y en la sociedad en su conjunto.',
  'impact-valuess-questionnaire.themes.0': 'Encuesta',
  'impact-valuess-questionnaire.themes.1': 'Evaluación de impacto',
  'impact-valuess-questionnaire.themes.2': 'Cooperación transfronteriza',
  'impact-valuess-questionnaire.problem':
    'Las entidades de la economía social y solidaria necesitan mostrar el impacto de sus actividades en su territorio y explicar su utilidad social a sus socios, para trabajar mejor con las empresas y los organismos públicos, diversificar sus recursos y mantener sus actividades.',
  'impact-valuess-questionnaire.approach':
    'Impact & ValuESS, una cooperación Interreg entre dos polos de desarrollo de la economía social y solidaria de Bretaña y una organización inglesa, empezó su trabajo sobre el impacto preguntando a las entidades cómo lo evalúan ya, en tres niveles: el territorio, los beneficiarios y la sociedad en general. El cuestionario se difundió en SurveyMonkey.',
  'impact-valuess-questionnaire.evaluationMethod':
    'Un cuestionario en línea enviado a entidades de la economía social y solidaria.',
  'impact-valuess-questionnaire.transferability':
    'Una red podría hacer una encuesta similar entre sus miembros antes de elegir ninguna herramienta, para partir de las prácticas de evaluación que ya tienen.',
  'impact-valuess-questionnaire.links.0.label': 'El cuestionario (SurveyMonkey)',
  'impact-valuess-case-studies.title': 'Estudios de caso sobre prácticas de evaluación en Francia e Inglaterra',
  'impact-valuess-case-studies.summary':
    'El segundo paso del trabajo de evaluación de impacto de Impact & ValuESS: estudios de caso en Francia e Inglaterra, basados en entrevistas en profundidad, que analizan cómo evalúan las entidades su impacto y en qué se quedan cortas sus prácticas.',
  'impact-valuess-case-studies.themes.0': 'Estudios de caso',
  'impact-valuess-case-studies.themes.1': 'Evaluación de impacto',
  'impact-valuess-case-studies.themes.2': 'Cooperación transfronteriza',
  'impact-valuess-case-studies.problem':
    'Las entidades de la economía social y solidaria necesitan mostrar el impacto de sus actividades en su territorio y explicar su utilidad social a sus socios, para trabajar mejor con las empresas y los organismos públicos, diversificar sus recursos y mantener sus actividades.',
  'impact-valuess-case-studies.approach':
    'Entrevistas en profundidad con entidades de ambos lados del canal de la Mancha, seguidas de un análisis cualitativo de sus prácticas de evaluación y de los límites de esas prácticas.',
  'impact-valuess-case-studies.evaluationMethod':
    'Estudios de caso: entrevistas en profundidad y análisis cualitativo.',
  'impact-valuess-case-studies.transferability':
    'Fijarse en los límites de las prácticas actuales, y no solo en lo que funciona, podría ayudar a otra red a ver dónde necesitan más apoyo sus miembros.',
  'impact-valuess-exchange-2014.title': 'Un encuentro franco-inglés sobre evaluación de impacto',
  'impact-valuess-exchange-2014.summary':
    'Del 13 al 15 de mayo de 2014, participantes franceses e ingleses de Impact & ValuESS se reunieron para comentar lo que habían mostrado el cuestionario y los estudios de caso, trabajar en grupos sobre evaluación de impacto y estrategia de comunicación, y visitar entidades de la economía social y solidaria en Inglaterra.',
  'impact-valuess-exchange-2014.themes.0': 'Cooperación transfronteriza',
  'impact-valuess-exchange-2014.themes.1': 'Evaluación de impacto',
  'impact-valuess-exchange-2014.themes.2': 'Comunicación',
  'impact-valuess-exchange-2014.problem':
    'Las entidades de la economía social y solidaria necesitan mostrar el impacto de sus actividades en su territorio y explicar su utilidad social a sus socios, para trabajar mejor con las empresas y los organismos públicos, diversificar sus recursos y mantener sus actividades.',
  'impact-valuess-exchange-2014.approach':
    'Tres ejes en tres días: una puesta en común sobre el cuestionario y los estudios de caso, grupos de trabajo sobre evaluación de impacto y sobre estrategia de comunicación, y visitas a entidades en Inglaterra. El programa Interreg costeó los desplazamientos de los participantes franceses.',
  'impact-valuess-exchange-2014.transferability':
    'Los proyectos transfronterizos podrían reutilizar esta combinación de resultados compartidos y visitas a entidades del país socio.',
  'impact-valuess-guide.title': 'Una guía de buenas prácticas para mostrar el impacto de las actividades de la ESS',
  'impact-valuess-guide.summary':
    'El cuarto y último paso del trabajo de evaluación de impacto de Impact & ValuESS: una guía que explica por qué importa evaluar el impacto y ofrece un método accesible para hacerlo dentro de la propia entidad.',
  'impact-valuess-guide.themes.0': 'Difusión',
  'impact-valuess-guide.themes.1': 'Evaluación de impacto',
  'impact-valuess-guide.themes.2': 'Utilidad social',
  'impact-valuess-guide.problem':
    'Las entidades de la economía social y solidaria necesitan mostrar el impacto de sus actividades en su territorio y explicar su utilidad social a sus socios, para trabajar mejor con las empresas y los organismos públicos, diversificar sus recursos y mantener sus actividades.',
  'impact-valuess-guide.approach':
    'La guía llega al final, después del cuestionario, los estudios de caso y el encuentro franco-inglés.',
  'impact-valuess-guide.results':
    'Una guía de buenas prácticas para mostrar el impacto de las actividades de la economía social y solidaria: por qué importa la evaluación de impacto, y un método accesible para aplicarla en la propia entidad.',
  'impact-valuess-guide.transferability':
    'Otra red podría seguir el mismo esquema para su propia guía: primero por qué importa la evaluación de impacto y después un método sencillo que una entidad pueda aplicar por sí misma.',
  'vises.title': 'VISES: un enfoque de evaluación que valora las prácticas tanto como los resultados',
  'vises.summary':
    'Un proyecto Interreg France-Wallonie-Vlaanderen (2016-2019) liderado por ConcertES con la CRESS Hauts-de-France, con 21 socios y 69 empresas piloto. Da tanto peso a las prácticas y los procesos como a los resultados, y se niega a poner un valor monetario al impacto.',
  'vises.themes.0': 'Evaluación de impacto',
  'vises.themes.1': 'Utilidad social',
  'vises.themes.2': 'Cooperación transfronteriza',
  'vises.approach':
    'La evaluación examina cómo una empresa produce, se gestiona y se gobierna, y cuáles son sus fines, no solo lo que consigue, y rechaza la monetización. El proyecto reunió a 21 socios, y 69 empresas piloto pusieron a prueba el enfoque.',
  'vises.evaluationMethod':
    'Tres etapas: (1) un diagnóstico de la situación y la elección de una pregunta evaluativa; (2) la recogida de datos mediante indicadores, entrevistas, encuestas, grupos de discusión y relatos de vida; (3) el análisis y la puesta en valor.',
  'vises.transferability':
    'Las redes reticentes a poner precio al valor social podrían adoptar sus tres etapas, que parten de una pregunta que la propia entidad elige.',
  'impact-valuess-questionnaire.evaluationMethodLabel': 'Cuestionario en línea',
  'impact-valuess-case-studies.evaluationMethodLabel': 'Estudios de caso',
  'vises.evaluationMethodLabel': 'Método VISES, en tres pasos',
} satisfies Translation;

import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Matriz de autoevaluación de la utilidad social DEVISUS',
  description:
    'Una matriz de partida para evaluar la utilidad social y el impacto social de una entidad de la economía social y solidaria. No es una norma oficial ni un sello: en la tradición francesa de autoevaluación de la utilidad social, cada entidad la adapta, conservando, reformulando o añadiendo dimensiones (registres), criterios (critères) e indicadores (indicateurs). Los valores de partida y las metas de los indicadores numéricos son ejemplos neutros, no datos de ninguna entidad: fije los suyos.',
  'dimensions.territorial.title': 'Arraigo y cohesión territorial',
  'dimensions.territorial.description':
    'Cómo la entidad arraiga en su territorio, trabaja con los actores locales y contribuye a su cohesión.',
  'dimensions.territorial.sources.0.label':
    'Autoevaluación de la utilidad social: la guía de Avise de Hélène Duclos (2007) y la síntesis de COORACE (2013)',
  'dimensions.territorial.sources.1.label':
    'Las dimensiones que utilizan las cámaras regionales francesas de la economía social y solidaria',
  'dimensions.territorial.sources.2.label':
    'Los criterios de utilidad social de la ley francesa de 2014 sobre la economía social y solidaria',
  'dimensions.territorial.criteria.territorial-anchoring.title': 'Arraigo local',
  'dimensions.territorial.criteria.territorial-anchoring.description':
    'La actividad responde a necesidades del territorio y se apoya en sus recursos.',
  'dimensions.territorial.criteria.territorial-anchoring.guidance':
    'Pregunte a la dirección y a quien se ocupe de las compras; utilice las cuentas, la lista de proveedores y cualquier estudio de necesidades locales.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-study.title':
    '¿Han realizado, o han participado en, un estudio de necesidades locales en los últimos tres años?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.title':
    'Nuestras actividades responden a necesidades expresadas por la población del territorio.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.label':
    'Todavía no',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.label':
    'Incipiente',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.label':
    'Consolidado',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.label':
    'Ejemplar',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.title':
    '¿Qué parte de sus compras va a proveedores establecidos en su territorio?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.description':
    'Gasto en proveedores locales dividido por el total de compras, en el último ejercicio.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.unit': '%',
  'dimensions.territorial.criteria.territorial-cooperation.title': 'Cooperación con los actores locales',
  'dimensions.territorial.criteria.territorial-cooperation.description':
    'La entidad trabaja con otras entidades, empresas y organismos públicos de su territorio.',
  'dimensions.territorial.criteria.territorial-cooperation.guidance':
    'Elabore con el equipo la lista de sus socios; cuente solo las colaboraciones que hayan dado lugar a una acción conjunta en los últimos doce meses, como un convenio o un proyecto compartido.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.title':
    '¿Cuántas colaboraciones activas tienen con entidades locales?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.unit':
    'colaboraciones',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-network.title':
    '¿Son miembros de una red local o regional de la economía social y solidaria?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.title':
    'Compartimos recursos como locales, equipos o competencias con otras entidades del territorio.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.label':
    'Todavía no',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.label':
    'Incipiente',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.label':
    'Consolidado',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.label':
    'Ejemplar',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.territorial.criteria.territorial-cohesion.title': 'Cohesión territorial',
  'dimensions.territorial.criteria.territorial-cohesion.description':
    'La actividad ayuda a la población de todo el territorio, incluidos los lugares con pocos servicios, a acceder a lo que necesita.',
  'dimensions.territorial.criteria.territorial-cohesion.guidance':
    'Pregunte a las personas que prestan el servicio y a algunos usuarios; utilice las cifras de asistencia por lugar de residencia y lo que le cuentan los usuarios.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-underserved-areas.title':
    '¿Llega su actividad a zonas rurales o a barrios con pocos servicios?',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.title':
    'Nuestros servicios son fácilmente accesibles: horarios, transporte, precios y locales.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.label':
    'Todavía no',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.label':
    'Incipiente',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.label':
    'Consolidado',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.label':
    'Ejemplar',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-example.title':
    'Describa una forma en que su actividad ha cambiado la vida cotidiana de su territorio.',
  'dimensions.economic.title': 'Utilidad económica',
  'dimensions.economic.description':
    'Cómo la entidad crea y reparte valor económico, asegura sus recursos y ofrece empleos de calidad.',
  'dimensions.economic.sources.0.label':
    'Las dimensiones que utilizan las cámaras regionales francesas de la economía social y solidaria',
  'dimensions.economic.sources.1.label':
    'Autoevaluación de la utilidad social: la guía de Avise de Hélène Duclos (2007) y la síntesis de COORACE (2013)',
  'dimensions.economic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  'dimensions.economic.sources.3.label': 'Las cinco dimensiones del impacto del Impact Management Project',
  'dimensions.economic.sources.4.label': 'Los ocho principios del valor social de Social Value International',
  'dimensions.economic.criteria.economic-resources.title': 'Recursos diversos y sólidos',
  'dimensions.economic.criteria.economic-resources.description':
    'La entidad combina varios tipos de ingresos y puede planificar con antelación.',
  'dimensions.economic.criteria.economic-resources.guidance':
    'Trabaje con quien lleve las cuentas; utilice los dos últimos ejercicios y el presupuesto.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.title':
    '¿Cuántos tipos de ingresos tienen (ventas, financiación pública, donaciones, cuotas, otros)?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.unit':
    'tipos de ingresos',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-volunteer-time.title':
    '¿Registran el tiempo que el voluntariado dedica a la entidad?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.title':
    'Nuestras finanzas nos permiten planificar al menos con un año de antelación.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.label': 'Todavía no',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.label': 'Incipiente',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.label':
    'Consolidado',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.label': 'Ejemplar',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.economic.criteria.economic-jobs.title': 'Empleo de calidad',
  'dimensions.economic.criteria.economic-jobs.description':
    'La entidad ofrece empleo estable, formación y buenas condiciones de trabajo.',
  'dimensions.economic.criteria.economic-jobs.guidance':
    'Utilice el registro de personal y el plan de formación; para la afirmación, haga una breve encuesta anónima a la plantilla.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.title':
    '¿Qué parte de su plantilla tiene un contrato indefinido?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.unit': '%',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.title':
    '¿Cuántas horas de formación recibe cada persona empleada al año, de media?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.unit':
    'horas por persona empleada y año',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.title':
    'La plantilla está satisfecha con sus condiciones de trabajo.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.1.label':
    'Totalmente en desacuerdo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.2.label':
    'En desacuerdo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.3.label':
    'Ni de acuerdo ni en desacuerdo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.4.label': 'De acuerdo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.5.label':
    'Totalmente de acuerdo',
  'dimensions.economic.criteria.economic-value.title': 'Valor creado y compartido',
  'dimensions.economic.criteria.economic-value.description':
    'Lo que la actividad aporta a la economía local y a qué se destinan sus excedentes.',
  'dimensions.economic.criteria.economic-value.guidance':
    'Háblelo con la junta directiva y el equipo; no se atribuya cambios que se habrían producido de todos modos o que se deben a otros.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-surplus-reinvested.title':
    '¿Se reinvierten los excedentes en el proyecto en lugar de repartirse como beneficios?',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.title':
    'Sabemos distinguir qué parte de los cambios que observamos se debe a nuestra propia acción.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.label': 'Todavía no',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.label': 'Incipiente',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.label': 'Consolidado',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.label': 'Ejemplar',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-new-activity.title':
    'Describa un producto, servicio o empleo que no existiría en su territorio sin ustedes.',
  'dimensions.social.title': 'Cohesión social y desarrollo humano',
  'dimensions.social.description':
    'Cómo la entidad apoya a las personas en situación de vulnerabilidad, reduce las desigualdades, refuerza los vínculos sociales y ayuda a las personas a crecer.',
  'dimensions.social.sources.0.label': 'La definición de utilidad social de Jean Gadrey',
  'dimensions.social.sources.1.label':
    'Los criterios de utilidad social de la ley francesa de 2014 sobre la economía social y solidaria',
  'dimensions.social.sources.2.label': 'Las cinco dimensiones del impacto del Impact Management Project',
  'dimensions.social.sources.3.label': 'Los ocho principios del valor social de Social Value International',
  'dimensions.social.criteria.social-inclusion.title': 'Apoyo a las personas vulnerables',
  'dimensions.social.criteria.social-inclusion.description':
    'La actividad llega a personas en dificultad y las ayuda de forma duradera.',
  'dimensions.social.criteria.social-inclusion.guidance':
    'Pregunte al personal que trabaja con los beneficiarios; utilice registros de seguimiento anonimizados, nunca expedientes personales.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.title':
    '¿Qué parte de las personas a las que acompañan afronta dificultades económicas o sociales?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.unit': '%',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-affordable.title':
    '¿Adaptan precios o condiciones para que puedan participar las personas con ingresos bajos?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.title':
    'El apoyo que prestamos produce resultados duraderos, como un empleo, una vivienda o una formación.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.label':
    'Todavía no',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.label':
    'Incipiente',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.label':
    'Consolidado',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.label': 'Ejemplar',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.social.criteria.social-ties.title': 'Vínculos sociales y convivencia',
  'dimensions.social.criteria.social-ties.description': 'La actividad reúne a las personas y rompe el aislamiento.',
  'dimensions.social.criteria.social-ties.guidance':
    'Pregunte directamente a los participantes, con una breve encuesta o un debate en grupo, y anote lo que dicen con sus propias palabras.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-meeting-places.title':
    '¿Ofrecen lugares o momentos en los que se encuentran personas que de otro modo no coincidirían?',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.title':
    'Los participantes se sienten menos aislados desde que se sumaron a nuestras actividades.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.1.label': 'Totalmente en desacuerdo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.2.label': 'En desacuerdo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.3.label':
    'Ni de acuerdo ni en desacuerdo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.4.label': 'De acuerdo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.5.label': 'Totalmente de acuerdo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-reported-change.title':
    'Describa un cambio del que hablen sus beneficiarios.',
  'dimensions.social.criteria.social-development.title': 'Desarrollo humano',
  'dimensions.social.criteria.social-development.description':
    'La actividad ayuda a las personas a aprender, a cuidar su salud y a ganar autonomía.',
  'dimensions.social.criteria.social-development.guidance':
    'Utilice los registros de formación y de asistencia; pregunte a los beneficiarios cómo ven su propio progreso, idealmente a su llegada y a su salida.',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.title':
    '¿Cuántas personas han adquirido una competencia o una cualificación gracias a su actividad este año?',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.unit': 'personas',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.title':
    'Los beneficiarios afirman que la actividad ha mejorado su salud o su bienestar.',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.1.label':
    'Totalmente en desacuerdo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.2.label':
    'En desacuerdo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.3.label':
    'Ni de acuerdo ni en desacuerdo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.4.label': 'De acuerdo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.5.label':
    'Totalmente de acuerdo',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.title':
    'Las personas a las que acompañamos son cada vez más capaces de actuar por sí mismas.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.label': 'Todavía no',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.label': 'Incipiente',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.label': 'Consolidado',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.label': 'Ejemplar',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.democratic.title': 'Democracia y ciudadanía',
  'dimensions.democratic.description':
    'Cómo la entidad comparte el poder, fomenta la ciudadanía activa y trabaja con otros para construir el interés general.',
  'dimensions.democratic.sources.0.label':
    'Las dimensiones que utilizan las cámaras regionales francesas de la economía social y solidaria',
  'dimensions.democratic.sources.1.label':
    'Los criterios de utilidad social de la ley francesa de 2014 sobre la economía social y solidaria',
  'dimensions.democratic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  'dimensions.democratic.sources.3.label': 'Los ocho principios del valor social de Social Value International',
  'dimensions.democratic.criteria.democratic-governance.title': 'Gobernanza compartida',
  'dimensions.democratic.criteria.democratic-governance.description':
    'Las decisiones se toman de forma colectiva y las personas afectadas tienen voz.',
  'dimensions.democratic.criteria.democratic-governance.guidance':
    'Utilice los estatutos, las actas de las reuniones y las listas de asistencia; pregunte a los miembros de la junta directiva y al personal cómo se toman las decisiones en la práctica.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-voting-rule.title':
    '¿Tiene cada miembro un voto, sea cual sea su aportación económica?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.title':
    'Beneficiarios, personal, voluntariado y socios tienen un lugar en los órganos de decisión.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.label':
    'Todavía no',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.label':
    'Incipiente',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.label':
    'Consolidado',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.label':
    'Ejemplar',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.title':
    '¿Qué parte de los miembros asistió a su última asamblea general?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.unit': '%',
  'dimensions.democratic.criteria.democratic-citizenship.title': 'Ciudadanía activa',
  'dimensions.democratic.criteria.democratic-citizenship.description':
    'La entidad ofrece a las personas formas de implicarse y de comprender la vida pública.',
  'dimensions.democratic.criteria.democratic-citizenship.guidance':
    'Cuente los voluntarios que han participado al menos una vez en los últimos tres meses; pregunte a los participantes si se sienten escuchados.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.title':
    '¿Cuántos voluntarios participan activamente en su entidad?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.unit': 'personas',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-education.title':
    '¿Realizan actividades que ayuden a las personas a comprender la vida pública y a participar en ella?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.title':
    'Los participantes sienten que su opinión cuenta en la entidad.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.1.label':
    'Totalmente en desacuerdo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.2.label':
    'En desacuerdo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.3.label':
    'Ni de acuerdo ni en desacuerdo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.4.label':
    'De acuerdo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.5.label':
    'Totalmente de acuerdo',
  'dimensions.democratic.criteria.democratic-general-interest.title': 'Construir juntos el interés general',
  'dimensions.democratic.criteria.democratic-general-interest.description':
    'La entidad participa en el debate público y en la elaboración de las políticas locales, y actúa con transparencia sobre lo que hace.',
  'dimensions.democratic.criteria.democratic-general-interest.guidance':
    'Haga con la junta directiva la lista de las consultas, grupos de trabajo y debates públicos en los que han participado este año; conserve actas o cartas como prueba.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.title':
    'Contribuimos a las políticas públicas locales mediante consultas, grupos de trabajo o propuestas.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.label':
    'Todavía no',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.label':
    'Incipiente',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.label':
    'Consolidado',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.label':
    'Ejemplar',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-transparency.title':
    '¿Puede cualquier persona que lo solicite consultar sus cuentas y su memoria de actividades?',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-example.title':
    'Describa un debate público o una decisión que hayan contribuido a configurar.',
  'dimensions.democratic.criteria.democratic-evaluation.title': 'Evaluación con las partes interesadas',
  'dimensions.democratic.criteria.democratic-evaluation.description':
    'Las personas afectadas por la actividad participan en la decisión sobre qué se evalúa y conocen los resultados.',
  'dimensions.democratic.criteria.democratic-evaluation.guidance':
    'Repase su última evaluación: quién eligió las preguntas, a quién se entrevistó y quién recibió los resultados.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.title':
    'Beneficiarios y socios ayudan a decidir qué evaluamos y cómo.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.label':
    'Todavía no',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.label':
    'Incipiente',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.label':
    'Consolidado',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.label':
    'Ejemplar',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-feedback.title':
    '¿Comparten los resultados de sus evaluaciones con las personas que participaron?',
  'dimensions.ecological.title': 'Transición ecológica',
  'dimensions.ecological.description':
    'Cómo la entidad limita sus efectos sobre el medio ambiente y ayuda a otros a hacer lo mismo.',
  'dimensions.ecological.sources.0.label':
    'Las dimensiones que utilizan las cámaras regionales francesas de la economía social y solidaria',
  'dimensions.ecological.sources.1.label': 'La definición de utilidad social de Jean Gadrey',
  'dimensions.ecological.sources.2.label':
    'Los criterios de utilidad social de la ley francesa de 2014 sobre la economía social y solidaria',
  'dimensions.ecological.sources.3.label': 'Las cinco dimensiones del impacto del Impact Management Project',
  'dimensions.ecological.criteria.ecological-resources.title': 'Uso responsable de los recursos',
  'dimensions.ecological.criteria.ecological-resources.description':
    'La entidad consume menos energía y materiales, y reutiliza lo que puede.',
  'dimensions.ecological.criteria.ecological-resources.guidance':
    'Utilice las facturas de energía, los registros de recogida de residuos y el inventario de equipos; pregunte a la persona responsable de los locales.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.title':
    '¿Qué parte de sus residuos se separa, se reutiliza o se recicla?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.unit': '%',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-reuse.title':
    '¿Reparan, comparten o compran de segunda mano antes de comprar equipos nuevos?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.title':
    'Hacemos un seguimiento de nuestro consumo de energía y actuamos para reducirlo.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.label':
    'Todavía no',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.label':
    'Incipiente',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.label':
    'Consolidado',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.label':
    'Ejemplar',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.ecological.criteria.ecological-practices.title': 'Prácticas responsables',
  'dimensions.ecological.criteria.ecological-practices.description':
    'Las compras, los desplazamientos y la sensibilización tienen en cuenta el medio ambiente.',
  'dimensions.ecological.criteria.ecological-practices.guidance':
    'Pida al personal que anote sus desplazamientos de trabajo durante un mes típico; revise las normas de compra con quien las aplica.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.title':
    '¿Qué parte de los desplazamientos de trabajo se hace a pie, en bicicleta, en transporte público o en coche compartido?',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.unit': '%',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.title':
    'Nuestras decisiones de compra incluyen criterios ambientales.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.label':
    'Todavía no',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.label':
    'Incipiente',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.label':
    'Consolidado',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.label':
    'Ejemplar',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-awareness.title':
    '¿Sensibilizan sobre las cuestiones ambientales a su personal, a su voluntariado o al público?',
  'dimensions.ecological.criteria.ecological-effects.title': 'Efectos ambientales de la actividad',
  'dimensions.ecological.criteria.ecological-effects.description':
    'La entidad conoce el daño que su actividad puede causar al medio ambiente, y el bien que le hace.',
  'dimensions.ecological.criteria.ecological-effects.guidance':
    'Repase la actividad paso a paso con el equipo; distinga lo que se mide de lo que solo se estima.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.title':
    'Conocemos los principales riesgos de nuestra actividad para el medio ambiente y actuamos para limitarlos.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.label': 'Todavía no',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.description':
    'Todavía no hay nada en marcha.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.label': 'Incipiente',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.description':
    'Se han dado los primeros pasos, pero no de forma regular.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.label': 'Consolidado',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.description':
    'Forma parte de la práctica habitual y se sigue en el tiempo.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.label': 'Ejemplar',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.description':
    'Plenamente en marcha, revisado con regularidad y compartido con otros.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-benefit.title':
    'Describa un beneficio de su actividad para el medio ambiente.',
} satisfies Translation;

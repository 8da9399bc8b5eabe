import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Grelha de autoavaliação da utilidade social DEVISUS',
  description:
    'Uma grelha de partida para avaliar a utilidade social e o impacto social de uma organização da economia social e solidária. Não é uma norma oficial nem um selo: na tradição francesa de autoavaliação da utilidade social, cada organização adapta-a, mantendo, reformulando ou acrescentando dimensões (registres), critérios (critères) e indicadores (indicateurs). Os valores de partida e as metas dos indicadores numéricos são exemplos neutros, não dados sobre qualquer organização: defina os seus.',
  'dimensions.territorial.title': 'Enraizamento e coesão territorial',
  'dimensions.territorial.description':
    'Como a organização se enraíza no seu território, trabalha com os atores locais e contribui para a coesão do território.',
  'dimensions.territorial.sources.0.label':
    'Autoavaliação da utilidade social: o guia da Avise de Hélène Duclos (2007) e a síntese da COORACE (2013)',
  'dimensions.territorial.sources.1.label':
    'As dimensões utilizadas pelas câmaras regionais francesas da economia social e solidária',
  'dimensions.territorial.sources.2.label':
    'Os critérios de utilidade social da lei francesa de 2014 sobre a economia social e solidária',
  'dimensions.territorial.criteria.territorial-anchoring.title': 'Enraizamento local',
  'dimensions.territorial.criteria.territorial-anchoring.description':
    'A atividade responde a necessidades do território e apoia-se nos seus recursos.',
  'dimensions.territorial.criteria.territorial-anchoring.guidance':
    'Pergunte à direção e a quem trata das compras; utilize as contas, a lista de fornecedores e qualquer estudo sobre as necessidades locais.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-study.title':
    'Realizaram, ou participaram em, um estudo sobre as necessidades locais nos últimos três anos?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.title':
    'As nossas atividades respondem a necessidades expressas pela população do território.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.label':
    'Ainda não',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.label':
    'Inicial',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.label':
    'Consolidado',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.label':
    'Exemplar',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.title':
    'Que parte das vossas compras se destina a fornecedores sediados no vosso território?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.description':
    'Despesa com fornecedores locais dividida pelo total das compras, no último exercício.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.unit': '%',
  'dimensions.territorial.criteria.territorial-cooperation.title': 'Cooperação com os atores locais',
  'dimensions.territorial.criteria.territorial-cooperation.description':
    'A organização trabalha com outras organizações, empresas e entidades públicas do seu território.',
  'dimensions.territorial.criteria.territorial-cooperation.guidance':
    'Faça a lista dos parceiros com a equipa; conte apenas as parcerias que deram origem a uma ação conjunta nos últimos doze meses, como um acordo ou um projeto partilhado.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.title':
    'Quantas parcerias ativas têm com organizações locais?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.unit':
    'parcerias',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-network.title':
    'São membros de uma rede local ou regional da economia social e solidária?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.title':
    'Partilhamos recursos, como instalações, equipamentos ou competências, com outras organizações do território.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.label':
    'Ainda não',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.label':
    'Inicial',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.label':
    'Consolidado',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.label':
    'Exemplar',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.territorial.criteria.territorial-cohesion.title': 'Coesão territorial',
  'dimensions.territorial.criteria.territorial-cohesion.description':
    'A atividade ajuda as pessoas de todo o território, incluindo os locais com poucos serviços, a aceder ao que precisam.',
  'dimensions.territorial.criteria.territorial-cohesion.guidance':
    'Pergunte às pessoas que prestam o serviço e a alguns utentes; utilize os dados de frequência por local de residência e o que os utentes lhe dizem.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-underserved-areas.title':
    'A vossa atividade chega a zonas rurais ou a bairros com poucos serviços?',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.title':
    'Os nossos serviços são de fácil acesso: horários, transportes, preços e instalações.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.label':
    'Ainda não',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.label':
    'Inicial',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.label':
    'Consolidado',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.label':
    'Exemplar',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-example.title':
    'Descreva uma forma como a vossa atividade mudou o dia a dia no vosso território.',
  'dimensions.economic.title': 'Utilidade económica',
  'dimensions.economic.description':
    'Como a organização cria e partilha valor económico, assegura os seus recursos e oferece empregos de qualidade.',
  'dimensions.economic.sources.0.label':
    'As dimensões utilizadas pelas câmaras regionais francesas da economia social e solidária',
  'dimensions.economic.sources.1.label':
    'Autoavaliação da utilidade social: o guia da Avise de Hélène Duclos (2007) e a síntese da COORACE (2013)',
  'dimensions.economic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  'dimensions.economic.sources.3.label': 'As cinco dimensões do impacto do Impact Management Project',
  'dimensions.economic.sources.4.label': 'Os oito princípios do valor social da Social Value International',
  'dimensions.economic.criteria.economic-resources.title': 'Recursos diversificados e sólidos',
  'dimensions.economic.criteria.economic-resources.description':
    'A organização combina vários tipos de receitas e consegue planear com antecedência.',
  'dimensions.economic.criteria.economic-resources.guidance':
    'Trabalhe com quem faz a contabilidade; utilize os dois últimos exercícios e o orçamento.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.title':
    'Quantos tipos de receitas têm (vendas, financiamento público, donativos, quotas, outros)?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.unit':
    'tipos de receitas',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-volunteer-time.title':
    'Registam o tempo que os voluntários dedicam à organização?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.title':
    'A nossa situação financeira permite-nos planear pelo menos com um ano de antecedência.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.label': 'Ainda não',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.label': 'Inicial',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.label':
    'Consolidado',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.label': 'Exemplar',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.economic.criteria.economic-jobs.title': 'Emprego de qualidade',
  'dimensions.economic.criteria.economic-jobs.description':
    'A organização oferece empregos estáveis, formação e boas condições de trabalho.',
  'dimensions.economic.criteria.economic-jobs.guidance':
    'Utilize o registo de pessoal e o plano de formação; para a afirmação, faça um breve inquérito anónimo aos trabalhadores.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.title':
    'Que parte dos vossos trabalhadores tem contrato sem termo?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.unit': '%',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.title':
    'Quantas horas de formação recebe cada trabalhador por ano, em média?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.unit':
    'horas por trabalhador por ano',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.title':
    'Os trabalhadores estão satisfeitos com as suas condições de trabalho.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.1.label':
    'Discordo totalmente',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.2.label': 'Discordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.3.label':
    'Não concordo nem discordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.4.label': 'Concordo',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.5.label':
    'Concordo totalmente',
  'dimensions.economic.criteria.economic-value.title': 'Valor criado e partilhado',
  'dimensions.economic.criteria.economic-value.description':
    'O que a atividade traz à economia local e a que se destinam os seus excedentes.',
  'dimensions.economic.criteria.economic-value.guidance':
    'Debata o assunto com a direção e a equipa; não reclame para si mudanças que teriam acontecido de qualquer forma ou que se devem a outros.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-surplus-reinvested.title':
    'Os excedentes são reinvestidos no projeto em vez de serem distribuídos como lucros?',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.title':
    'Sabemos distinguir que parte das mudanças observadas se deve à nossa própria ação.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.label': 'Ainda não',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.label': 'Inicial',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.label': 'Consolidado',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.label': 'Exemplar',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-new-activity.title':
    'Descreva um produto, serviço ou emprego que não existiria no vosso território sem vocês.',
  'dimensions.social.title': 'Coesão social e desenvolvimento humano',
  'dimensions.social.description':
    'Como a organização apoia as pessoas em situação de vulnerabilidade, reduz as desigualdades, reforça os laços sociais e ajuda as pessoas a crescer.',
  'dimensions.social.sources.0.label': 'A definição de utilidade social de Jean Gadrey',
  'dimensions.social.sources.1.label':
    'Os critérios de utilidade social da lei francesa de 2014 sobre a economia social e solidária',
  'dimensions.social.sources.2.label': 'As cinco dimensões do impacto do Impact Management Project',
  'dimensions.social.sources.3.label': 'Os oito princípios do valor social da Social Value International',
  'dimensions.social.criteria.social-inclusion.title': 'Apoio às pessoas vulneráveis',
  'dimensions.social.criteria.social-inclusion.description':
    'A atividade chega a pessoas em dificuldade e ajuda-as de forma duradoura.',
  'dimensions.social.criteria.social-inclusion.guidance':
    'Pergunte aos trabalhadores que acompanham os beneficiários; utilize registos de acompanhamento anonimizados, nunca processos individuais.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.title':
    'Que parte das pessoas que acompanham enfrenta dificuldades económicas ou sociais?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.unit': '%',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-affordable.title':
    'Adaptam os preços ou as condições para que as pessoas com baixos rendimentos possam participar?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.title':
    'O apoio que prestamos conduz a resultados duradouros, como um emprego, uma habitação ou uma formação.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.label':
    'Ainda não',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.label': 'Inicial',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.label':
    'Consolidado',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.label': 'Exemplar',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.social.criteria.social-ties.title': 'Laços sociais e convivência',
  'dimensions.social.criteria.social-ties.description': 'A atividade aproxima as pessoas e quebra o isolamento.',
  'dimensions.social.criteria.social-ties.guidance':
    'Pergunte diretamente aos participantes, através de um breve inquérito ou de uma conversa em grupo, e registe o que dizem com as suas próprias palavras.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-meeting-places.title':
    'Oferecem espaços ou momentos onde se encontram pessoas que de outra forma não se cruzariam?',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.title':
    'Os participantes sentem-se menos isolados desde que aderiram às nossas atividades.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.1.label': 'Discordo totalmente',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.2.label': 'Discordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.3.label': 'Não concordo nem discordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.4.label': 'Concordo',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.5.label': 'Concordo totalmente',
  'dimensions.social.criteria.social-ties.indicators.social-ties-reported-change.title':
    'Descreva uma mudança relatada pelos vossos beneficiários.',
  'dimensions.social.criteria.social-development.title': 'Desenvolvimento humano',
  'dimensions.social.criteria.social-development.description':
    'A atividade ajuda as pessoas a aprender, a cuidar da sua saúde e a ganhar autonomia.',
  'dimensions.social.criteria.social-development.guidance':
    'Utilize os registos de formação e de presenças; pergunte aos beneficiários como veem o seu próprio progresso, idealmente à chegada e à saída.',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.title':
    'Quantas pessoas adquiriram uma competência ou uma qualificação graças à vossa atividade este ano?',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.unit': 'pessoas',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.title':
    'Os beneficiários afirmam que a atividade melhorou a sua saúde ou o seu bem-estar.',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.1.label':
    'Discordo totalmente',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.2.label': 'Discordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.3.label':
    'Não concordo nem discordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.4.label': 'Concordo',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.5.label':
    'Concordo totalmente',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.title':
    'As pessoas que acompanhamos tornam-se mais capazes de agir por si próprias.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.label': 'Ainda não',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.label': 'Inicial',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.label': 'Consolidado',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.label': 'Exemplar',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.democratic.title': 'Democracia e cidadania',
  'dimensions.democratic.description':
    'Como a organização partilha o poder, incentiva a cidadania ativa e trabalha com outros para construir o interesse geral.',
  'dimensions.democratic.sources.0.label':
    'As dimensões utilizadas pelas câmaras regionais francesas da economia social e solidária',
  'dimensions.democratic.sources.1.label':
    'Os critérios de utilidade social da lei francesa de 2014 sobre a economia social e solidária',
  'dimensions.democratic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016-2019)',
  'dimensions.democratic.sources.3.label': 'Os oito princípios do valor social da Social Value International',
  'dimensions.democratic.criteria.democratic-governance.title': 'Governação partilhada',
  'dimensions.democratic.criteria.democratic-governance.description':
    'As decisões são tomadas coletivamente e as pessoas envolvidas têm voz.',
  'dimensions.democratic.criteria.democratic-governance.guidance':
    'Utilize os estatutos, as atas das reuniões e as folhas de presenças; pergunte aos membros da direção e aos trabalhadores como são tomadas as decisões na prática.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-voting-rule.title':
    'Cada membro tem um voto, independentemente da sua participação financeira?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.title':
    'Beneficiários, trabalhadores, voluntários e parceiros têm lugar nos órgãos de decisão.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.label':
    'Ainda não',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.label':
    'Inicial',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.label':
    'Consolidado',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.label':
    'Exemplar',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.title':
    'Que parte dos membros esteve presente na vossa última assembleia geral?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.unit': '%',
  'dimensions.democratic.criteria.democratic-citizenship.title': 'Cidadania ativa',
  'dimensions.democratic.criteria.democratic-citizenship.description':
    'A organização oferece às pessoas formas de se envolverem e de compreenderem a vida pública.',
  'dimensions.democratic.criteria.democratic-citizenship.guidance':
    'Conte os voluntários que participaram pelo menos uma vez nos últimos três meses; pergunte aos participantes se se sentem ouvidos.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.title':
    'Quantos voluntários estão ativos na vossa organização?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.unit': 'pessoas',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-education.title':
    'Realizam atividades que ajudam as pessoas a compreender a vida pública e a participar nela?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.title':
    'Os participantes sentem que a sua opinião conta na organização.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.1.label':
    'Discordo totalmente',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.2.label':
    'Discordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.3.label':
    'Não concordo nem discordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.4.label':
    'Concordo',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.5.label':
    'Concordo totalmente',
  'dimensions.democratic.criteria.democratic-general-interest.title': 'Construir em conjunto o interesse geral',
  'dimensions.democratic.criteria.democratic-general-interest.description':
    'A organização participa no debate público e na definição das políticas locais, e é transparente quanto ao que faz.',
  'dimensions.democratic.criteria.democratic-general-interest.guidance':
    'Faça com a direção a lista das consultas, grupos de trabalho e debates públicos em que participaram este ano; guarde atas ou cartas como prova.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.title':
    'Contribuímos para as políticas públicas locais através de consultas, grupos de trabalho ou propostas.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.label':
    'Ainda não',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.label':
    'Inicial',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.label':
    'Consolidado',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.label':
    'Exemplar',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-transparency.title':
    'Qualquer pessoa que o peça pode consultar as vossas contas e o vosso relatório de atividades?',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-example.title':
    'Descreva um debate público ou uma decisão para a qual contribuíram.',
  'dimensions.democratic.criteria.democratic-evaluation.title': 'Avaliação com as partes interessadas',
  'dimensions.democratic.criteria.democratic-evaluation.description':
    'As pessoas afetadas pela atividade ajudam a decidir o que é avaliado e tomam conhecimento dos resultados.',
  'dimensions.democratic.criteria.democratic-evaluation.guidance':
    'Reveja a vossa última avaliação: quem escolheu as perguntas, quem foi entrevistado e quem recebeu os resultados.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.title':
    'Beneficiários e parceiros ajudam a escolher o que avaliamos e como.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.label':
    'Ainda não',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.label':
    'Inicial',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.label':
    'Consolidado',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.label':
    'Exemplar',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-feedback.title':
    'Partilham os resultados das vossas avaliações com as pessoas que participaram?',
  'dimensions.ecological.title': 'Transição ecológica',
  'dimensions.ecological.description':
    'Como a organização limita os seus efeitos no ambiente e ajuda outros a fazer o mesmo.',
  'dimensions.ecological.sources.0.label':
    'As dimensões utilizadas pelas câmaras regionais francesas da economia social e solidária',
  'dimensions.ecological.sources.1.label': 'A definição de utilidade social de Jean Gadrey',
  'dimensions.ecological.sources.2.label':
    'Os critérios de utilidade social da lei francesa de 2014 sobre a economia social e solidária',
  'dimensions.ecological.sources.3.label': 'As cinco dimensões do impacto do Impact Management Project',
  'dimensions.ecological.criteria.ecological-resources.title': 'Utilização cuidadosa dos recursos',
  'dimensions.ecological.criteria.ecological-resources.description':
    'A organização consome menos energia e materiais, e reutiliza o que pode.',
  'dimensions.ecological.criteria.ecological-resources.guidance':
    'Utilize as faturas de energia, os registos de recolha de resíduos e o inventário de equipamentos; pergunte à pessoa responsável pelas instalações.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.title':
    'Que parte dos vossos resíduos é separada, reutilizada ou reciclada?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.unit': '%',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-reuse.title':
    'Reparam, partilham ou compram em segunda mão antes de comprar equipamento novo?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.title':
    'Acompanhamos o nosso consumo de energia e agimos para o reduzir.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.label':
    'Ainda não',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.label':
    'Inicial',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.label':
    'Consolidado',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.label':
    'Exemplar',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.ecological.criteria.ecological-practices.title': 'Práticas responsáveis',
  'dimensions.ecological.criteria.ecological-practices.description':
    'As compras, as deslocações e a sensibilização têm em conta o ambiente.',
  'dimensions.ecological.criteria.ecological-practices.guidance':
    'Peça aos trabalhadores que registem as suas deslocações em serviço durante um mês típico; reveja as regras de compra com quem as aplica.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.title':
    'Que parte das deslocações em serviço é feita a pé, de bicicleta, de transportes públicos ou em partilha de automóvel?',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.unit': '%',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.title':
    'As nossas escolhas de compra incluem critérios ambientais.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.label':
    'Ainda não',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.label':
    'Inicial',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.label':
    'Consolidado',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.label':
    'Exemplar',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-awareness.title':
    'Sensibilizam os trabalhadores, os voluntários ou o público para as questões ambientais?',
  'dimensions.ecological.criteria.ecological-effects.title': 'Efeitos da atividade no ambiente',
  'dimensions.ecological.criteria.ecological-effects.description':
    'A organização conhece os danos que a sua atividade pode causar ao ambiente, e o bem que lhe faz.',
  'dimensions.ecological.criteria.ecological-effects.guidance':
    'Analise a atividade passo a passo com a equipa; distinga o que é medido do que é apenas estimado.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.title':
    'Conhecemos os principais riscos da nossa atividade para o ambiente e agimos para os limitar.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.label': 'Ainda não',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.description':
    'Ainda não há nada implementado.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.label': 'Inicial',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.description':
    'Foram dados os primeiros passos, mas sem regularidade.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.label': 'Consolidado',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.description':
    'Faz parte da prática corrente e é acompanhado ao longo do tempo.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.label': 'Exemplar',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.description':
    'Plenamente implementado, revisto com regularidade e partilhado com outros.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-benefit.title':
    'Descreva um benefício da vossa atividade para o ambiente.',
} satisfies Translation;

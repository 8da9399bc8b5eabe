import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Como avalia a sua organização o seu impacto?',
  description:
    'Um breve questionário para organizações da economia social e solidária sobre a forma como olham para os efeitos do seu trabalho no seu território, nas pessoas que servem e na sociedade no seu conjunto. Demora cerca de dez minutos. Só o endereço de correio eletrónico no final é um dado pessoal, e é facultativo. As suas respostas ficam no seu navegador, a menos que o sítio web que publica este inquérito as envie para outro local.',
  completedHtml:
    'Obrigado pelo seu tempo. As suas respostas ajudam a conhecer a forma como as organizações da ESS mostram o valor do seu trabalho.',
  'pages.organisation.title': 'A sua organização',
  'pages.organisation.elements.organisation_type.title': 'Que tipo de organização é?',
  'pages.organisation.elements.organisation_type.choices.association.text':
    'Associação ou entidade sem fins lucrativos',
  'pages.organisation.elements.organisation_type.choices.cooperative.text': 'Cooperativa',
  'pages.organisation.elements.organisation_type.choices.mutual.text': 'Associação mutualista',
  'pages.organisation.elements.organisation_type.choices.foundation.text': 'Fundação',
  'pages.organisation.elements.organisation_type.choices.social_enterprise.text': 'Empresa social',
  'pages.organisation.elements.organisation_type.otherText': 'Outra forma (indique qual)',
  'pages.organisation.elements.field_of_activity.title': 'Qual é a sua principal área de atividade?',
  'pages.organisation.elements.field_of_activity.choices.social_care.text': 'Serviços sociais, saúde e cuidados',
  'pages.organisation.elements.field_of_activity.choices.work_integration.text': 'Inserção profissional e emprego',
  'pages.organisation.elements.field_of_activity.choices.education.text': 'Educação e formação',
  'pages.organisation.elements.field_of_activity.choices.culture.text': 'Cultura, desporto e lazer',
  'pages.organisation.elements.field_of_activity.choices.environment.text': 'Ambiente e energia',
  'pages.organisation.elements.field_of_activity.choices.food.text': 'Alimentação e agricultura',
  'pages.organisation.elements.field_of_activity.choices.housing.text': 'Habitação',
  'pages.organisation.elements.field_of_activity.choices.finance.text': 'Finanças éticas',
  'pages.organisation.elements.field_of_activity.choices.fair_trade.text': 'Comércio justo e consumo responsável',
  'pages.organisation.elements.field_of_activity.choices.sse_support.text':
    'Apoio a organizações da ESS (rede, polo de desenvolvimento)',
  'pages.organisation.elements.field_of_activity.otherText': 'Outra área (indique qual)',
  'pages.organisation.elements.employees.title': 'Quantas pessoas emprega?',
  'pages.organisation.elements.employees.description': 'Conte pessoas, não equivalentes a tempo inteiro.',
  'pages.organisation.elements.employees.choices.0.text': 'Nenhuma: apenas voluntários',
  'pages.organisation.elements.employees.choices.1_9.text': 'De 1 a 9',
  'pages.organisation.elements.employees.choices.10_49.text': 'De 10 a 49',
  'pages.organisation.elements.employees.choices.50_249.text': 'De 50 a 249',
  'pages.organisation.elements.employees.choices.250_plus.text': '250 ou mais',
  'pages.organisation.elements.country.title': 'Em que país está sediada?',
  'pages.organisation.elements.country.choices.BE.text': 'Bélgica',
  'pages.organisation.elements.country.choices.FR.text': 'França',
  'pages.organisation.elements.country.choices.DE.text': 'Alemanha',
  'pages.organisation.elements.country.choices.IT.text': 'Itália',
  'pages.organisation.elements.country.choices.PT.text': 'Portugal',
  'pages.organisation.elements.country.choices.ES.text': 'Espanha',
  'pages.organisation.elements.country.choices.GB.text': 'Reino Unido',
  'pages.organisation.elements.country.otherText': 'Outro país (indique qual)',
  'pages.organisation.elements.respondent_role.title': 'Qual é o seu papel na organização?',
  'pages.organisation.elements.respondent_role.choices.management.text': 'Direção ou gestão',
  'pages.organisation.elements.respondent_role.choices.evaluation_staff.text': 'Trabalhador responsável pela avaliação',
  'pages.organisation.elements.respondent_role.choices.other_staff.text': 'Outro trabalhador',
  'pages.organisation.elements.respondent_role.choices.board.text': 'Membro da direção',
  'pages.organisation.elements.respondent_role.choices.volunteer.text': 'Voluntário ou associado',
  'pages.organisation.elements.respondent_role.otherText': 'Outro papel (indique qual)',
  'pages.evaluation.title': 'A avaliação do seu impacto',
  'pages.evaluation.elements.evaluates_impact.title': 'A sua organização avalia o impacto das suas atividades?',
  'pages.evaluation.elements.evaluates_impact.description':
    'Qualquer análise deliberada do que muda graças ao vosso trabalho conta, por mais simples que seja.',
  'pages.evaluation.elements.evaluates_impact.choices.yes.text': 'Sim',
  'pages.evaluation.elements.evaluates_impact.choices.planned.text': 'Ainda não, mas está previsto',
  'pages.evaluation.elements.evaluates_impact.choices.no.text': 'Não',
  'pages.evaluation.elements.planned_start.title': 'Quando preveem começar?',
  'pages.evaluation.elements.planned_start.choices.six_months.text': 'Nos próximos seis meses',
  'pages.evaluation.elements.planned_start.choices.one_year.text': 'No próximo ano',
  'pages.evaluation.elements.planned_start.choices.later.text': 'Mais tarde',
  'pages.evaluation.elements.planned_start.choices.unknown.text': 'Ainda não sabemos',
  'pages.evaluation.elements.evaluation_practice.title': 'A vossa avaliação até agora',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.title':
    'Desde que ano avaliam o vosso impacto?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.description': 'Basta um ano aproximado.',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.title':
    'Com que frequência analisam o vosso impacto…',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.never.text': 'Nunca',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.sometimes.text': 'Às vezes',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.regularly.text': 'Regularmente',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.territory.text': 'no vosso território',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.beneficiaries.text':
    'nos vossos beneficiários',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.society.text':
    'na sociedade no seu conjunto',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.title':
    'Quem participa na avaliação?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.staff.text': 'Trabalhadores',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.board.text':
    'Membros da direção',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.volunteers.text':
    'Voluntários e associados',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.beneficiaries.text':
    'Beneficiários ou utentes',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.partners.text':
    'Parceiros e financiadores',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.external.text':
    'Um avaliador externo',
  'pages.evaluation.elements.importance.title': 'Que importância tem para a sua organização mostrar o seu impacto?',
  'pages.evaluation.elements.importance.description': '1 significa sem importância, 5 significa essencial.',
  'pages.methods_and_tools.title': 'Métodos e ferramentas',
  'pages.methods_and_tools.elements.methods.title': 'Que métodos utilizam?',
  'pages.methods_and_tools.elements.methods.description': 'Assinale todas as opções aplicáveis.',
  'pages.methods_and_tools.elements.methods.choices.indicators.text': 'Indicadores acompanhados ao longo do tempo',
  'pages.methods_and_tools.elements.methods.choices.beneficiary_surveys.text': 'Inquéritos aos beneficiários',
  'pages.methods_and_tools.elements.methods.choices.interviews.text': 'Entrevistas',
  'pages.methods_and_tools.elements.methods.choices.focus_groups.text': 'Grupos focais',
  'pages.methods_and_tools.elements.methods.choices.case_studies.text': 'Estudos de caso',
  'pages.methods_and_tools.elements.methods.choices.monetisation.text':
    'Análise custo-benefício ou atribuição de um valor monetário ao impacto',
  'pages.methods_and_tools.elements.methods.choices.participatory.text':
    'Avaliação participativa com as partes interessadas',
  'pages.methods_and_tools.elements.methods.choices.external.text': 'Uma avaliação externa',
  'pages.methods_and_tools.elements.methods.otherText': 'Outro método (indique qual)',
  'pages.methods_and_tools.elements.indicator_count.title': 'Aproximadamente, quantos indicadores acompanham?',
  'pages.methods_and_tools.elements.frameworks.title': 'Baseiam-se num referencial ou guia publicado?',
  'pages.methods_and_tools.elements.frameworks.choices.social_utility_guides.text':
    'Um guia francês de autoavaliação da utilidade social (Avise, COORACE…)',
  'pages.methods_and_tools.elements.frameworks.choices.vises.text': 'A abordagem VISES',
  'pages.methods_and_tools.elements.frameworks.choices.social_value_principles.text':
    'Os princípios da Social Value International',
  'pages.methods_and_tools.elements.frameworks.choices.impact_management_project.text':
    'As cinco dimensões do Impact Management Project',
  'pages.methods_and_tools.elements.frameworks.choices.own_grid.text': 'Uma grelha construída por nós',
  'pages.methods_and_tools.elements.purposes.title':
    'Porque avaliam, ou porque o fariam? Ordene os motivos, do mais importante para o menos importante.',
  'pages.methods_and_tools.elements.purposes.choices.improve.text': 'Para melhorar as nossas atividades',
  'pages.methods_and_tools.elements.purposes.choices.report.text': 'Para prestar contas aos nossos financiadores',
  'pages.methods_and_tools.elements.purposes.choices.communicate.text': 'Para comunicar sobre o nosso trabalho',
  'pages.methods_and_tools.elements.purposes.choices.involve.text': 'Para envolver os nossos membros',
  'pages.methods_and_tools.elements.purposes.choices.policy.text': 'Para influenciar as políticas públicas',
  'pages.obstacles_and_usefulness.title': 'Obstáculos e utilidade',
  'pages.obstacles_and_usefulness.elements.obstacles.title':
    'O que torna a avaliação difícil para vocês, ou vos impede de começar?',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.time.text': 'Falta de tempo',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.money.text': 'Falta de dinheiro',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.skills.text': 'Falta de competências',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.unsuited_methods.text':
    'Métodos que não se coadunam com os valores da ESS',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.data.text': 'Dados em falta ou difíceis de recolher',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.fear_of_results.text':
    'Receio do que os resultados possam mostrar',
  'pages.obstacles_and_usefulness.elements.usefulness.title':
    'Até que ponto a avaliação foi útil para a sua organização até agora?',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.1.text': 'Nada útil',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.2.text': 'Pouco útil',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.3.text': 'Bastante útil',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.4.text': 'Muito útil',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.5.text': 'Indispensável',
  'pages.obstacles_and_usefulness.elements.changed_activity.title':
    'Alguma vez uma avaliação vos levou a alterar uma das vossas atividades?',
  'pages.obstacles_and_usefulness.elements.change_description.title': 'O que alteraram?',
  'pages.support.title': 'Apoio, formação e partilha',
  'pages.support.elements.support_needs.title': 'Que apoio vos ajudaria a avaliar o vosso impacto?',
  'pages.support.elements.support_needs.choices.training.text': 'Formação',
  'pages.support.elements.support_needs.choices.coaching.text': 'Acompanhamento por alguém com experiência',
  'pages.support.elements.support_needs.choices.tools.text': 'Métodos e ferramentas simples',
  'pages.support.elements.support_needs.choices.peer_exchange.text': 'Intercâmbios com outras organizações da ESS',
  'pages.support.elements.support_needs.choices.funding.text': 'Financiamento para a avaliação',
  'pages.support.elements.support_needs.choices.data_help.text': 'Ajuda para recolher e analisar dados',
  'pages.support.elements.support_needs.choices.communication.text': 'Ajuda para apresentar os resultados',
  'pages.support.elements.training_format.title': 'Que formato de formação lhe seria mais adequado?',
  'pages.support.elements.training_format.choices.in_person.text': 'Presencial',
  'pages.support.elements.training_format.choices.online.text': 'Em linha',
  'pages.support.elements.training_format.choices.mixed.text': 'Uma combinação de ambos',
  'pages.support.elements.training_format.choices.no_preference.text': 'Sem preferência',
  'pages.support.elements.support_details.title': 'Diga-nos mais sobre o que vos ajudaria.',
  'pages.support.elements.share_practice.title':
    'Estariam dispostos a partilhar uma das vossas práticas de avaliação com outras organizações da ESS?',
  'pages.support.elements.contact_email.title':
    'Em que endereço de correio eletrónico podemos entrar em contacto consigo?',
  'pages.support.elements.contact_email.description':
    'Utilizado apenas para falar consigo sobre a partilha da sua prática.',
  'pages.support.elements.practice_link.title': 'Existe uma página web que apresente esta prática? (facultativo)',
  'pages.support.elements.final_comment.title': 'Quer dizer-nos mais alguma coisa? (facultativo)',
} satisfies Translation;

import type { Translation } from '../../translate.js';

// Machine-assisted translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'devisus-partnership.title': 'DEVISUS: uma cultura partilhada da utilidade social entre redes da ESS',
  'devisus-partnership.summary':
    'Uma parceria de pequena escala Erasmus+ na educação de adultos, de abril de 2022 a outubro de 2023, em que sete organizações da economia social e solidária, na sua maioria membros da RIPESS Europe, se propuseram construir uma compreensão comum do impacto social e da utilidade social ao longo de cinco reuniões de parceiros.',
  'devisus-partnership.themes.0': 'Utilidade social',
  'devisus-partnership.themes.1': 'Avaliação de impacto',
  'devisus-partnership.themes.2': 'Redes',
  'devisus-partnership.themes.3': 'Formação',
  'devisus-partnership.problem':
    'Avaliar o impacto social e a utilidade social é uma questão central para a economia social e solidária, mas a Europa não tem uma compreensão comum desta questão que vá além da abordagem habitual da avaliação de impacto, centrada sobretudo nos números.',
  'devisus-partnership.approach':
    'Sete organizações, apoiadas por duas outras e coordenadas a partir de França, reuniram-se cinco vezes, sendo cada reunião dedicada a um eixo do trabalho. A primeira, em Paris, em abril de 2022, criou o consórcio: o seu funcionamento, o calendário geral e os resultados a entregar. Seguiram-se Lille, Roma, Namur e Bruxelas. Os parceiros pretendem extrair da sua cultura comum pontos de referência e orientações que possam difundir-se pela Europa, e reforçar as alianças entre as suas redes.',
  'devisus-partnership.transferability':
    'Outras redes poderiam adotar o formato: um pequeno consórcio que se reúne em várias cidades, um eixo de trabalho por reunião, começando por um vocabulário partilhado antes de passar às competências, à formação e à disseminação.',
  'devisus-lille-shared-culture.title': 'Lille: construir uma cultura partilhada com investigadores',
  'devisus-lille-shared-culture.summary':
    'Na segunda reunião de parceiros do DEVISUS, em setembro de 2022, os parceiros compararam as suas experiências e ouviram intervenções sobre medir versus avaliar, impacto versus utilidade, sistemas participativos de garantia e o VISES.',
  'devisus-lille-shared-culture.city': 'Lille',
  'devisus-lille-shared-culture.themes.0': 'Utilidade social',
  'devisus-lille-shared-culture.themes.1': 'Avaliação de impacto',
  'devisus-lille-shared-culture.themes.2': 'Redes',
  'devisus-lille-shared-culture.themes.3': 'Avaliação participativa',
  'devisus-lille-shared-culture.themes.4': 'Investigação',
  'devisus-lille-shared-culture.problem':
    'Sem uma visão europeia do impacto social que vá além da abordagem habitual centrada nos números, os parceiros precisavam primeiro de uma base comum.',
  'devisus-lille-shared-culture.approach':
    'Os parceiros partilharam a sua própria experiência e depois ouviram investigadores: a Chaire ESS Hauts-de-France, sobre a diferença entre medir e avaliar e entre impacto e utilidade; o CIRAD, sobre os sistemas participativos de garantia; a ConcertES e o CES Liège, sobre o VISES e o que se lhe seguiu na Valónia.',
  'devisus-lille-shared-culture.transferability':
    'Uma rede que comece a trabalhar sobre o impacto poderia começar da mesma forma: acordar com investigadores o significado de palavras como medição, avaliação, impacto e utilidade antes de escolher qualquer ferramenta.',
  'devisus-rome-support-skills.title': 'Roma: as competências para acompanhar a avaliação do impacto social',
  'devisus-rome-support-skills.summary':
    'A terceira reunião de parceiros do DEVISUS, em outubro de 2022, analisou as competências e o saber-fazer de que as pessoas precisam para ajudar as organizações a avaliar o seu impacto social.',
  'devisus-rome-support-skills.city': 'Roma',
  'devisus-rome-support-skills.themes.0': 'Avaliação de impacto',
  'devisus-rome-support-skills.themes.1': 'Formação',
  'devisus-rome-support-skills.problem':
    'O DEVISUS propõe-se reforçar as competências dos técnicos de acompanhamento, professores e formadores da economia social e solidária, e preparar um projeto de continuidade que ofereça formação em avaliação do impacto social e da utilidade social em toda a Europa.',
  'devisus-rome-support-skills.approach':
    'Os parceiros dedicaram a reunião a uma única pergunta: o que deve uma pessoa saber e saber fazer para acompanhar uma organização na avaliação do seu impacto social?',
  'devisus-rome-support-skills.transferability':
    'As entidades formadoras e as redes de acompanhamento poderiam partir da mesma pergunta ao definir as competências de que as suas equipas precisam.',
  'devisus-namur-coach-training.title':
    'Namur: um referencial de formação para técnicos de acompanhamento em impacto social',
  'devisus-namur-coach-training.summary':
    'A quarta reunião de parceiros do DEVISUS, em fevereiro de 2023, trabalhou num referencial de formação para as pessoas que acompanham as organizações em matéria de impacto social.',
  'devisus-namur-coach-training.city': 'Namur',
  'devisus-namur-coach-training.themes.0': 'Avaliação de impacto',
  'devisus-namur-coach-training.themes.1': 'Formação',
  'devisus-namur-coach-training.problem':
    'O DEVISUS propõe-se reforçar as competências dos técnicos de acompanhamento, professores e formadores da economia social e solidária, e preparar um projeto de continuidade que ofereça formação em avaliação do impacto social e da utilidade social em toda a Europa.',
  'devisus-namur-coach-training.approach':
    'Os parceiros dedicaram a reunião a um referencial de formação para técnicos de acompanhamento em impacto social.',
  'devisus-namur-coach-training.transferability':
    'As redes que formam os seus próprios técnicos de acompanhamento poderiam retomar a ideia de um referencial de formação comum e adaptá-lo ao seu país e aos seus membros.',
  'devisus-brussels-dissemination.title': 'Bruxelas: partilhar os resultados e encerrar o projeto',
  'devisus-brussels-dissemination.summary':
    'A quinta e última reunião de parceiros do DEVISUS, em maio de 2023, foi dedicada à disseminação dos resultados do projeto e ao seu encerramento.',
  'devisus-brussels-dissemination.city': 'Bruxelas',
  'devisus-brussels-dissemination.themes.0': 'Disseminação',
  'devisus-brussels-dissemination.themes.1': 'Redes',
  'devisus-brussels-dissemination.problem':
    'O DEVISUS pretende que os seus pontos de referência e orientações se difundam pela Europa e reforcem as alianças entre as redes da economia social e solidária.',
  'devisus-brussels-dissemination.approach':
    'Os parceiros dedicaram a sua última reunião a partilhar o que o projeto tinha produzido, e encerraram-no.',
  'devisus-brussels-dissemination.transferability':
    'Outros consórcios poderiam igualmente reservar a sua última reunião para partilhar o seu trabalho para além da parceria.',
  'impact-valuess-questionnaire.title': 'Perguntar às organizações da ESS como avaliam o seu impacto',
  'impact-valuess-questionnaire.summary':
    'O primeiro passo do trabalho de avaliação de impacto do Impact & ValuESS: um questionário em linha que perguntava às organizações da economia social e solidária como avaliam o impacto das suas atividades no seu território, nas pessoas que servem e na sociedade no seu conjunto.',
  'impact-valuess-questionnaire.themes.0': 'Inquérito',
  'impact-valuess-questionnaire.themes.1': 'Avaliação de impacto',
  'impact-valuess-questionnaire.themes.2': 'Cooperação transfronteiriça',
  'impact-valuess-questionnaire.problem':
    'As organizações da economia social e solidária precisam de mostrar o impacto das suas atividades no seu território e de explicar a sua utilidade social aos parceiros, para trabalhar melhor com as empresas e as entidades públicas, diversificar os seus recursos e manter as suas atividades.',
  'impact-valuess-questionnaire.approach':
    'O Impact & ValuESS, uma cooperação Interreg entre dois polos de desenvolvimento da economia social e solidária da Bretanha e uma organização inglesa, iniciou o seu trabalho sobre o impacto perguntando às organizações como já o avaliam, a três níveis: o território, os beneficiários e a sociedade em geral. O questionário foi divulgado no SurveyMonkey.',
  'impact-valuess-questionnaire.evaluationMethod':
    'Um questionário em linha enviado às organizações da economia social e solidária.',
  'impact-valuess-questionnaire.transferability':
    'Uma rede poderia realizar um inquérito semelhante junto dos seus membros antes de escolher qualquer ferramenta, de modo a partir das práticas de avaliação que estes já têm.',
  'impact-valuess-questionnaire.links.0.label': 'O questionário (SurveyMonkey)',
  'impact-valuess-case-studies.title': 'Estudos de caso sobre práticas de avaliação em França e em Inglaterra',
  'impact-valuess-case-studies.summary':
    'O segundo passo do trabalho de avaliação de impacto do Impact & ValuESS: estudos de caso em França e em Inglaterra, baseados em entrevistas aprofundadas, que analisam como as organizações avaliam o seu impacto e onde as suas práticas ficam aquém.',
  'impact-valuess-case-studies.themes.0': 'Estudos de caso',
  'impact-valuess-case-studies.themes.1': 'Avaliação de impacto',
  'impact-valuess-case-studies.themes.2': 'Cooperação transfronteiriça',
  'impact-valuess-case-studies.problem':
    'As organizações da economia social e solidária precisam de mostrar o impacto das suas atividades no seu território e de explicar a sua utilidade social aos parceiros, para trabalhar melhor com as empresas e as entidades públicas, diversificar os seus recursos e manter as suas atividades.',
  'impact-valuess-case-studies.approach':
    'Entrevistas aprofundadas com organizações dos dois lados do canal da Mancha, seguidas de uma análise qualitativa das suas práticas de avaliação e dos limites dessas práticas.',
  'impact-valuess-case-studies.evaluationMethod': 'Estudos de caso: entrevistas aprofundadas e análise qualitativa.',
  'impact-valuess-case-studies.transferability':
    'Olhar para os limites das práticas atuais, e não só para o que funciona, poderia ajudar outra rede a perceber onde os seus membros mais precisam de apoio.',
  'impact-valuess-exchange-2014.title': 'Um encontro franco-inglês sobre avaliação de impacto',
  'impact-valuess-exchange-2014.summary':
    'De 13 a 15 de maio de 2014, participantes franceses e ingleses do Impact & ValuESS reuniram-se para discutir o que o questionário e os estudos de caso tinham mostrado, trabalhar em grupos sobre avaliação de impacto e estratégia de comunicação, e visitar organizações da economia social e solidária em Inglaterra.',
  'impact-valuess-exchange-2014.themes.0': 'Cooperação transfronteiriça',
  'impact-valuess-exchange-2014.themes.1': 'Avaliação de impacto',
  'impact-valuess-exchange-2014.themes.2': 'Comunicação',
  'impact-valuess-exchange-2014.problem':
    'As organizações da economia social e solidária precisam de mostrar o impacto das suas atividades no seu território e de explicar a sua utilidade social aos parceiros, para trabalhar melhor com as empresas e as entidades públicas, diversificar os seus recursos e manter as suas atividades.',
  'impact-valuess-exchange-2014.approach':
    'Três vertentes em três dias: um balanço do questionário e dos estudos de caso, grupos de trabalho sobre avaliação de impacto e sobre estratégia de comunicação, e visitas a organizações em Inglaterra. O programa Interreg pagou as deslocações dos participantes franceses.',
  'impact-valuess-exchange-2014.transferability':
    'Os projetos transfronteiriços poderiam reutilizar esta combinação de resultados partilhados com visitas a organizações do país parceiro.',
  'impact-valuess-guide.title': 'Um guia de boas práticas para mostrar o impacto das atividades da ESS',
  'impact-valuess-guide.summary':
    'O quarto e último passo do trabalho de avaliação de impacto do Impact & ValuESS: um guia que explica porque é importante avaliar o impacto e propõe um método acessível para o fazer dentro da própria organização.',
  'impact-valuess-guide.themes.0': 'Disseminação',
  'impact-valuess-guide.themes.1': 'Avaliação de impacto',
  'impact-valuess-guide.themes.2': 'Utilidade social',
  'impact-valuess-guide.problem':
    'As organizações da economia social e solidária precisam de mostrar o impacto das suas atividades no seu território e de explicar a sua utilidade social aos parceiros, para trabalhar melhor com as empresas e as entidades públicas, diversificar os seus recursos e manter as suas atividades.',
  'impact-valuess-guide.approach':
    'O guia surge no fim, depois do questionário, dos estudos de caso e do encontro franco-inglês.',
  'impact-valuess-guide.results':
    'Um guia de boas práticas sobre como mostrar o impacto das atividades da economia social e solidária: porque é importante a avaliação de impacto, e um método acessível para a aplicar na própria organização.',
  'impact-valuess-guide.transferability':
    'Outra rede poderia seguir o mesmo esquema para o seu próprio guia: primeiro porque é importante a avaliação de impacto, depois um método simples que uma organização possa aplicar por si própria.',
  'vises.title': 'VISES: uma abordagem de avaliação que valoriza as práticas tanto quanto os resultados',
  'vises.summary':
    'Um projeto Interreg France-Wallonie-Vlaanderen (2016-2019) liderado pela ConcertES com a CRESS Hauts-de-France, com 21 parceiros e 69 empresas-piloto. Dá tanto peso às práticas e aos processos como aos resultados, e recusa atribuir um valor monetário ao impacto.',
  'vises.themes.0': 'Avaliação de impacto',
  'vises.themes.1': 'Utilidade social',
  'vises.themes.2': 'Cooperação transfronteiriça',
  'vises.approach':
    'A avaliação analisa a forma como uma empresa produz, se gere e se governa, bem como os seus fins, e não apenas o que alcança, e rejeita a monetização. O projeto reuniu 21 parceiros, e 69 empresas-piloto testaram a abordagem.',
  'vises.evaluationMethod':
    'Três etapas: (1) um diagnóstico da situação e a escolha de uma pergunta de avaliação; (2) a recolha de dados através de indicadores, entrevistas, inquéritos, grupos focais e histórias de vida; (3) a análise e a valorização.',
  'vises.transferability':
    'As redes relutantes em pôr um preço no valor social poderiam adotar as suas três etapas, que partem de uma pergunta escolhida pela própria organização.',
  'impact-valuess-questionnaire.evaluationMethodLabel': 'Questionário online',
  'impact-valuess-case-studies.evaluationMethodLabel': 'Estudos de caso',
  'vises.evaluationMethodLabel': 'Método VISES, em três etapas',
} satisfies Translation;

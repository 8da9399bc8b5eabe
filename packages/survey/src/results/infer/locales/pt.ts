export default {
  inferred: {
    surveymonkey:
      'Não foi dada nenhuma definição do questionário: as perguntas abaixo foram lidas das colunas e respostas de esta exportação do SurveyMonkey. Sob cada título, uma linha diz como.',
    google:
      'Não foi dada nenhuma definição do questionário: as perguntas abaixo foram lidas das colunas e respostas de esta exportação do Google Forms. Sob cada título, uma linha diz como.',
    kobo: 'Não foi dada nenhuma definição do questionário: as perguntas abaixo foram lidas das colunas e respostas de esta exportação do KoboToolbox. Sob cada título, uma linha diz como.',
    limesurvey:
      'Não foi dada nenhuma definição do questionário: as perguntas abaixo foram lidas das colunas e respostas de esta exportação do LimeSurvey. Sob cada título, uma linha diz como.',
    devisus:
      'Não foi dada nenhuma definição do questionário: as perguntas abaixo foram lidas das colunas e respostas de esta exportação DEVISUS. Sob cada título, uma linha diz como.',
    csv: 'Não foi dada nenhuma definição do questionário: as perguntas abaixo foram lidas das colunas e respostas de este ficheiro CSV. Sob cada título, uma linha diz como.',
  },
  readAs: {
    options: 'Lida como escolha múltipla a partir dos cabeçalhos: uma coluna por opção, assinalada ou não.',
    joined: 'Lida como escolha múltipla: as respostas escolhidas estão juntas por «{{separator}}» numa célula.',
    grid: 'Lida como grelha a partir dos cabeçalhos: uma coluna por linha, cada uma respondida com os mesmos poucos valores.',
    rankColumns: 'Lida como ordenação a partir dos cabeçalhos: uma coluna por posição, com o item lá colocado.',
    rankNumbers: 'Lida como ordenação a partir dos cabeçalhos: uma coluna por item, com a sua posição.',
    rating: 'Lida como avaliação: cada resposta é um número inteiro de {{min}} a {{max}}.',
    number: 'Lida como números: cada resposta é um número.',
    date: 'Lida como datas: cada resposta é uma data ou uma hora.',
    single: 'Lida como escolha única: poucas respostas diferentes, a maioria dada por várias pessoas.',
    closed: 'Lida como escolha única: o SurveyMonkey marca esta coluna «Response», não «Open-Ended Response».',
    open: 'Lida como texto livre: o SurveyMonkey marca esta coluna «Open-Ended Response».',
    withOther: 'Lida como escolha única: a exportação tem uma coluna à parte para as respostas «outro».',
    text: 'Lida como texto livre: as respostas são demasiado variadas para serem escolhas.',
  },
};

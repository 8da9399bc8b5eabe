import type { Translation } from '../../translate.js';

// Machine-assisted German translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  'devisus-partnership.title':
    'DEVISUS: eine gemeinsame Kultur des gesellschaftlichen Nutzens zwischen Netzwerken der Sozial- und Solidarwirtschaft',
  'devisus-partnership.summary':
    'Eine kleine Erasmus+-Partnerschaft in der Erwachsenenbildung von April 2022 bis Oktober 2023, in der sich sieben Organisationen der Sozial- und Solidarwirtschaft, die meisten davon Mitglieder von RIPESS Europe, vornahmen, in fünf Partnertreffen ein gemeinsames Verständnis von sozialer Wirkung und gesellschaftlichem Nutzen zu entwickeln.',
  'devisus-partnership.themes.0': 'Gesellschaftlicher Nutzen',
  'devisus-partnership.themes.1': 'Wirkungsevaluation',
  'devisus-partnership.themes.2': 'Netzwerke',
  'devisus-partnership.themes.3': 'Weiterbildung',
  'devisus-partnership.problem':
    'Die Bewertung der sozialen Wirkung und des gesellschaftlichen Nutzens ist eine zentrale Frage für die Sozial- und Solidarwirtschaft, doch in Europa gibt es kein gemeinsames Verständnis davon, das über die übliche, zahlenorientierte Sicht der Wirkungsbewertung hinausgeht.',
  'devisus-partnership.approach':
    'Sieben Organisationen, unterstützt von zwei weiteren und von Frankreich aus koordiniert, trafen sich fünfmal, wobei jedes Treffen einem Arbeitsschwerpunkt gewidmet war. Das erste, im April 2022 in Paris, richtete das Konsortium ein: seine Arbeitsweise, den Gesamtzeitplan und die Arbeitsergebnisse. Es folgten Lille, Rom, Namur und Brüssel. Die Partner wollen aus ihrer gemeinsamen Kultur Orientierungspunkte und Leitlinien ableiten, die sich in Europa verbreiten können, und die Allianzen zwischen ihren Netzwerken stärken.',
  'devisus-partnership.transferability':
    'Andere Netzwerke könnten das Format übernehmen: ein kleines Konsortium, das sich in mehreren Städten trifft, ein Arbeitsschwerpunkt pro Treffen, beginnend mit einem gemeinsamen Vokabular, bevor es um Kompetenzen, Weiterbildung und Verbreitung geht.',
  'devisus-lille-shared-culture.title': 'Lille: mit Forschenden eine gemeinsame Kultur aufbauen',
  'devisus-lille-shared-culture.summary':
    'Beim zweiten DEVISUS-Partnertreffen im September 2022 verglichen die Partner ihre Erfahrungen und hörten Vorträge über Messen und Evaluieren, Wirkung und Nutzen, partizipative Garantiesysteme und VISES.',
  'devisus-lille-shared-culture.city': 'Lille',
  'devisus-lille-shared-culture.themes.0': 'Gesellschaftlicher Nutzen',
  'devisus-lille-shared-culture.themes.1': 'Wirkungsevaluation',
  'devisus-lille-shared-culture.themes.2': 'Netzwerke',
  'devisus-lille-shared-culture.themes.3': 'Partizipative Evaluation',
  'devisus-lille-shared-culture.themes.4': 'Forschung',
  'devisus-lille-shared-culture.problem':
    'Da es keine europäische Sicht auf soziale Wirkung gibt, die über den üblichen zahlenorientierten Ansatz hinausgeht, brauchten die Partner zunächst eine gemeinsame Grundlage.',
  'devisus-lille-shared-culture.approach':
    'Die Partner tauschten ihre eigenen Erfahrungen aus und hörten dann Forschenden zu: der Chaire ESS Hauts-de-France zum Unterschied zwischen Messen und Evaluieren sowie zwischen Wirkung und Nutzen; dem CIRAD zu partizipativen Garantiesystemen; ConcertES und dem CES Liège zu VISES und dem, was in Wallonien darauf folgte.',
  'devisus-lille-shared-culture.transferability':
    'Ein Netzwerk, das mit der Arbeit zur Wirkung beginnt, könnte ebenso einsteigen: mit Forschenden die Bedeutung von Begriffen wie Messung, Evaluation, Wirkung und Nutzen klären, bevor es ein Instrument wählt.',
  'devisus-rome-support-skills.title': 'Rom: die Kompetenzen zur Begleitung der Bewertung sozialer Wirkung',
  'devisus-rome-support-skills.summary':
    'Das dritte DEVISUS-Partnertreffen im Oktober 2022 befasste sich mit den Kompetenzen und dem Know-how, die Menschen brauchen, um Organisationen bei der Bewertung ihrer sozialen Wirkung zu helfen.',
  'devisus-rome-support-skills.city': 'Rom',
  'devisus-rome-support-skills.themes.0': 'Wirkungsevaluation',
  'devisus-rome-support-skills.themes.1': 'Weiterbildung',
  'devisus-rome-support-skills.problem':
    'DEVISUS will die Kompetenzen der Coaches, Lehrkräfte und Weiterbildenden der Sozial- und Solidarwirtschaft stärken und ein Folgeprojekt vorbereiten, das europaweit Weiterbildungen zur Bewertung von sozialer Wirkung und gesellschaftlichem Nutzen anbietet.',
  'devisus-rome-support-skills.approach':
    'Die Partner widmeten das Treffen einer Frage: Was muss eine Person wissen und können, um eine Organisation bei der Bewertung ihrer sozialen Wirkung zu begleiten?',
  'devisus-rome-support-skills.transferability':
    'Weiterbildungseinrichtungen und Unterstützungsnetzwerke könnten von derselben Frage ausgehen, wenn sie die Kompetenzen festlegen, die ihre eigenen Mitarbeitenden brauchen.',
  'devisus-namur-coach-training.title': 'Namur: ein Weiterbildungsrahmen für Coaches im Bereich soziale Wirkung',
  'devisus-namur-coach-training.summary':
    'Das vierte DEVISUS-Partnertreffen im Februar 2023 arbeitete an einem Weiterbildungsrahmen für die Personen, die Organisationen zur sozialen Wirkung begleiten.',
  'devisus-namur-coach-training.city': 'Namur',
  'devisus-namur-coach-training.themes.0': 'Wirkungsevaluation',
  'devisus-namur-coach-training.themes.1': 'Weiterbildung',
  'devisus-namur-coach-training.problem':
    'DEVISUS will die Kompetenzen der Coaches, Lehrkräfte und Weiterbildenden der Sozial- und Solidarwirtschaft stärken und ein Folgeprojekt vorbereiten, das europaweit Weiterbildungen zur Bewertung von sozialer Wirkung und gesellschaftlichem Nutzen anbietet.',
  'devisus-namur-coach-training.approach':
    'Die Partner widmeten das Treffen einem Weiterbildungsrahmen für Coaches im Bereich soziale Wirkung.',
  'devisus-namur-coach-training.transferability':
    'Netzwerke, die ihre eigenen Coaches ausbilden, könnten die Idee eines gemeinsamen Weiterbildungsrahmens aufgreifen und ihn an ihr eigenes Land und ihre Mitglieder anpassen.',
  'devisus-brussels-dissemination.title': 'Brüssel: die Ergebnisse teilen und das Projekt abschließen',
  'devisus-brussels-dissemination.summary':
    'Das fünfte und letzte DEVISUS-Partnertreffen im Mai 2023 war der Verbreitung der Projektergebnisse und dem Abschluss des Projekts gewidmet.',
  'devisus-brussels-dissemination.city': 'Brüssel',
  'devisus-brussels-dissemination.themes.0': 'Verbreitung',
  'devisus-brussels-dissemination.themes.1': 'Netzwerke',
  'devisus-brussels-dissemination.problem':
    'DEVISUS möchte, dass sich seine Orientierungspunkte und Leitlinien in Europa verbreiten und die Allianzen zwischen Netzwerken der Sozial- und Solidarwirtschaft stärken.',
  'devisus-brussels-dissemination.approach':
    'Die Partner widmeten ihr letztes Treffen der Weitergabe dessen, was das Projekt hervorgebracht hatte, und schlossen es ab.',
  'devisus-brussels-dissemination.transferability':
    'Andere Konsortien könnten ebenso ihr letztes Treffen dafür vorsehen, ihre Arbeit über die Partnerschaft hinaus bekannt zu machen.',
  'impact-valuess-questionnaire.title':
    'Organisationen der Sozial- und Solidarwirtschaft fragen, wie sie ihre Wirkung evaluieren',
  'impact-valuess-questionnaire.summary':
    'Der erste Schritt der Arbeit von Impact & ValuESS zur Wirkungsevaluation: ein Online-Fragebogen, der Organisationen der Sozial- und Solidarwirtschaft fragt, wie sie die Wirkung ihrer Tätigkeiten auf ihre Region, auf die Menschen, für die sie da sind, und auf die Gesellschaft als Ganzes evaluieren.',
  'impact-valuess-questionnaire.themes.0': 'Umfrage',
  'impact-valuess-questionnaire.themes.1': 'Wirkungsevaluation',
  'impact-valuess-questionnaire.themes.2': 'Grenzüberschreitende Zusammenarbeit',
  'impact-valuess-questionnaire.problem':
    'Organisationen der Sozial- und Solidarwirtschaft müssen die Wirkung ihrer Tätigkeiten auf ihre Region aufzeigen und Partnern ihren gesellschaftlichen Nutzen vermitteln, um besser mit Unternehmen und öffentlichen Stellen zusammenzuarbeiten, ihre Ressourcen zu diversifizieren und ihre Tätigkeiten dauerhaft fortzuführen.',
  'impact-valuess-questionnaire.approach':
    'Impact & ValuESS, eine Interreg-Kooperation zwischen zwei Entwicklungszentren der Sozial- und Solidarwirtschaft in der Bretagne und einer englischen Organisation, begann seine Arbeit zur Wirkung mit der Frage an Organisationen, wie sie diese bereits evaluieren, auf drei Ebenen: die Region, die Begünstigten und die Gesellschaft insgesamt. Der Fragebogen lief über SurveyMonkey.',
  'impact-valuess-questionnaire.evaluationMethod':
    'Ein Online-Fragebogen, der an Organisationen der Sozial- und Solidarwirtschaft verschickt wurde.',
  'impact-valuess-questionnaire.transferability':
    'Ein Netzwerk könnte eine ähnliche Umfrage unter seinen Mitgliedern durchführen, bevor es ein Instrument wählt, um von den Evaluationspraktiken auszugehen, die sie bereits haben.',
  'impact-valuess-questionnaire.links.0.label': 'Der Fragebogen (SurveyMonkey)',
  'impact-valuess-case-studies.title': 'Fallstudien zu Evaluationspraktiken in Frankreich und England',
  'impact-valuess-case-studies.summary':
    'Der zweite Schritt der Arbeit von Impact & ValuESS zur Wirkungsevaluation: Fallstudien in Frankreich und England auf der Grundlage vertiefender Interviews, die analysieren, wie Organisationen ihre Wirkung evaluieren und wo ihre Praktiken an Grenzen stoßen.',
  'impact-valuess-case-studies.themes.0': 'Fallstudien',
  'impact-valuess-case-studies.themes.1': 'Wirkungsevaluation',
  'impact-valuess-case-studies.themes.2': 'Grenzüberschreitende Zusammenarbeit',
  'impact-valuess-case-studies.problem':
    'Organisationen der Sozial- und Solidarwirtschaft müssen die Wirkung ihrer Tätigkeiten auf ihre Region aufzeigen und Partnern ihren gesellschaftlichen Nutzen vermitteln, um besser mit Unternehmen und öffentlichen Stellen zusammenzuarbeiten, ihre Ressourcen zu diversifizieren und ihre Tätigkeiten dauerhaft fortzuführen.',
  'impact-valuess-case-studies.approach':
    'Vertiefende Interviews mit Organisationen auf beiden Seiten des Ärmelkanals, gefolgt von einer qualitativen Analyse ihrer Evaluationspraktiken und der Grenzen dieser Praktiken.',
  'impact-valuess-case-studies.evaluationMethod': 'Fallstudien: vertiefende Interviews und qualitative Analyse.',
  'impact-valuess-case-studies.transferability':
    'Der Blick auf die Grenzen der bisherigen Praktiken, und nicht nur auf das, was funktioniert, könnte einem anderen Netzwerk helfen zu erkennen, wo seine Mitglieder am meisten Unterstützung brauchen.',
  'impact-valuess-exchange-2014.title': 'Ein französisch-englisches Treffen zur Wirkungsevaluation',
  'impact-valuess-exchange-2014.summary':
    'Vom 13. bis 15. Mai 2014 trafen sich französische und englische Teilnehmende von Impact & ValuESS, um die Ergebnisse des Fragebogens und der Fallstudien zu besprechen, in Gruppen zu Wirkungsevaluation und Kommunikationsstrategie zu arbeiten und Organisationen der Sozial- und Solidarwirtschaft in England zu besuchen.',
  'impact-valuess-exchange-2014.themes.0': 'Grenzüberschreitende Zusammenarbeit',
  'impact-valuess-exchange-2014.themes.1': 'Wirkungsevaluation',
  'impact-valuess-exchange-2014.themes.2': 'Kommunikation',
  'impact-valuess-exchange-2014.problem':
    'Organisationen der Sozial- und Solidarwirtschaft müssen die Wirkung ihrer Tätigkeiten auf ihre Region aufzeigen und Partnern ihren gesellschaftlichen Nutzen vermitteln, um besser mit Unternehmen und öffentlichen Stellen zusammenzuarbeiten, ihre Ressourcen zu diversifizieren und ihre Tätigkeiten dauerhaft fortzuführen.',
  'impact-valuess-exchange-2014.approach':
    'Drei Stränge an drei Tagen: eine Rückmeldung zum Fragebogen und zu den Fallstudien, Arbeitsgruppen zur Wirkungsevaluation und zur Kommunikationsstrategie sowie Besuche bei Organisationen in England. Das Interreg-Programm übernahm die Reisekosten der französischen Teilnehmenden.',
  'impact-valuess-exchange-2014.transferability':
    'Grenzüberschreitende Projekte könnten die Verbindung von gemeinsamen Erkenntnissen und Besuchen bei Organisationen im Partnerland übernehmen.',
  'impact-valuess-guide.title':
    'Ein Leitfaden guter Praxis, um die Wirkung der Tätigkeiten der Sozial- und Solidarwirtschaft aufzuzeigen',
  'impact-valuess-guide.summary':
    'Der vierte und letzte Schritt der Arbeit von Impact & ValuESS zur Wirkungsevaluation: ein Leitfaden, der erklärt, warum die Evaluation der Wirkung wichtig ist, und eine zugängliche Methode bietet, um sie in der eigenen Organisation umzusetzen.',
  'impact-valuess-guide.themes.0': 'Verbreitung',
  'impact-valuess-guide.themes.1': 'Wirkungsevaluation',
  'impact-valuess-guide.themes.2': 'Gesellschaftlicher Nutzen',
  'impact-valuess-guide.problem':
    'Organisationen der Sozial- und Solidarwirtschaft müssen die Wirkung ihrer Tätigkeiten auf ihre Region aufzeigen und Partnern ihren gesellschaftlichen Nutzen vermitteln, um besser mit Unternehmen und öffentlichen Stellen zusammenzuarbeiten, ihre Ressourcen zu diversifizieren und ihre Tätigkeiten dauerhaft fortzuführen.',
  'impact-valuess-guide.approach':
    'Der Leitfaden kommt zuletzt, nach dem Fragebogen, den Fallstudien und dem französisch-englischen Treffen.',
  'impact-valuess-guide.results':
    'Ein Leitfaden guter Praxis, um die Wirkung der Tätigkeiten der Sozial- und Solidarwirtschaft aufzuzeigen: warum Wirkungsevaluation wichtig ist, und eine zugängliche Methode, um sie in der eigenen Organisation anzuwenden.',
  'impact-valuess-guide.transferability':
    'Ein anderes Netzwerk könnte für seinen eigenen Leitfaden derselben Gliederung folgen: zuerst, warum Wirkungsevaluation wichtig ist, dann eine einfache Methode, die eine Organisation selbst anwenden kann.',
  'vises.title': 'VISES: ein Evaluationsansatz, der Praktiken ebenso wertschätzt wie Ergebnisse',
  'vises.summary':
    'Ein Interreg-Projekt France-Wallonie-Vlaanderen (2016–2019) unter der Leitung von ConcertES mit der CRESS Hauts-de-France, mit 21 Partnern und 69 Testunternehmen. Es gewichtet Praktiken und Prozesse ebenso stark wie Ergebnisse und lehnt es ab, Wirkung in Geld auszudrücken.',
  'vises.themes.0': 'Wirkungsevaluation',
  'vises.themes.1': 'Gesellschaftlicher Nutzen',
  'vises.themes.2': 'Grenzüberschreitende Zusammenarbeit',
  'vises.approach':
    'Die Evaluation betrachtet, wie ein Unternehmen produziert, wie es geführt und gesteuert wird und welche Ziele es verfolgt, nicht nur, was es erreicht, und sie verzichtet auf Monetarisierung. Das Projekt brachte 21 Partner zusammen, und 69 Testunternehmen erprobten den Ansatz.',
  'vises.evaluationMethod':
    'Drei Schritte: (1) eine Bestandsaufnahme und die Wahl einer Evaluationsfrage; (2) Datenerhebung mit Indikatoren, Interviews, Befragungen, Fokusgruppen und Lebensgeschichten; (3) Analyse und Valorisierung.',
  'vises.transferability':
    'Netzwerke, die davor zurückschrecken, sozialem Wert einen Preis zu geben, könnten seine drei Schritte übernehmen, die von einer Frage ausgehen, die die Organisation selbst wählt.',
  'impact-valuess-questionnaire.evaluationMethodLabel': 'Online-Fragebogen',
  'impact-valuess-case-studies.evaluationMethodLabel': 'Fallstudien',
  'vises.evaluationMethodLabel': 'VISES-Methode in drei Schritten',
} satisfies Translation;

import type { Translation } from '../../translate.js';

// Machine-assisted German translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Wie evaluiert Ihre Organisation ihre Wirkung?',
  description:
    'Ein kurzer Fragebogen für Organisationen der Sozial- und Solidarwirtschaft darüber, wie sie die Wirkung ihrer Arbeit auf ihre Region, auf die Menschen, für die sie da sind, und auf die Gesellschaft als Ganzes betrachten. Das Ausfüllen dauert etwa zehn Minuten. Nur die E-Mail-Adresse am Ende ist personenbezogen, und sie ist freiwillig. Ihre Antworten bleiben in Ihrem Browser, es sei denn, die Website, die diese Umfrage veröffentlicht, sendet sie weiter.',
  completedHtml:
    'Vielen Dank für Ihre Zeit. Ihre Antworten helfen zu erfassen, wie Organisationen der Sozial- und Solidarwirtschaft den Wert ihrer Arbeit sichtbar machen.',
  'pages.organisation.title': 'Ihre Organisation',
  'pages.organisation.elements.organisation_type.title': 'Um welche Art von Organisation handelt es sich?',
  'pages.organisation.elements.organisation_type.choices.association.text': 'Verein oder gemeinnützige Organisation',
  'pages.organisation.elements.organisation_type.choices.cooperative.text': 'Genossenschaft',
  'pages.organisation.elements.organisation_type.choices.mutual.text': 'Gegenseitigkeitsgesellschaft',
  'pages.organisation.elements.organisation_type.choices.foundation.text': 'Stiftung',
  'pages.organisation.elements.organisation_type.choices.social_enterprise.text': 'Sozialunternehmen',
  'pages.organisation.elements.organisation_type.otherText': 'Eine andere Form (bitte angeben)',
  'pages.organisation.elements.field_of_activity.title': 'Was ist ihr hauptsächliches Tätigkeitsfeld?',
  'pages.organisation.elements.field_of_activity.choices.social_care.text': 'Soziale Dienste, Gesundheit und Pflege',
  'pages.organisation.elements.field_of_activity.choices.work_integration.text':
    'Arbeitsmarktintegration und Beschäftigung',
  'pages.organisation.elements.field_of_activity.choices.education.text': 'Bildung und Weiterbildung',
  'pages.organisation.elements.field_of_activity.choices.culture.text': 'Kultur, Sport und Freizeit',
  'pages.organisation.elements.field_of_activity.choices.environment.text': 'Umwelt und Energie',
  'pages.organisation.elements.field_of_activity.choices.food.text': 'Ernährung und Landwirtschaft',
  'pages.organisation.elements.field_of_activity.choices.housing.text': 'Wohnen',
  'pages.organisation.elements.field_of_activity.choices.finance.text': 'Ethisches Finanzwesen',
  'pages.organisation.elements.field_of_activity.choices.fair_trade.text':
    'Fairer Handel und verantwortungsvoller Konsum',
  'pages.organisation.elements.field_of_activity.choices.sse_support.text':
    'Unterstützung von Organisationen der Sozial- und Solidarwirtschaft (Netzwerk, Entwicklungszentrum)',
  'pages.organisation.elements.field_of_activity.otherText': 'Ein anderes Feld (bitte angeben)',
  'pages.organisation.elements.employees.title': 'Wie viele Personen beschäftigt sie?',
  'pages.organisation.elements.employees.description': 'Zählen Sie Personen, nicht Vollzeitäquivalente.',
  'pages.organisation.elements.employees.choices.0.text': 'Keine: nur Ehrenamtliche',
  'pages.organisation.elements.employees.choices.1_9.text': '1 bis 9',
  'pages.organisation.elements.employees.choices.10_49.text': '10 bis 49',
  'pages.organisation.elements.employees.choices.50_249.text': '50 bis 249',
  'pages.organisation.elements.employees.choices.250_plus.text': '250 oder mehr',
  'pages.organisation.elements.country.title': 'In welchem Land hat sie ihren Sitz?',
  'pages.organisation.elements.country.choices.BE.text': 'Belgien',
  'pages.organisation.elements.country.choices.FR.text': 'Frankreich',
  'pages.organisation.elements.country.choices.DE.text': 'Deutschland',
  'pages.organisation.elements.country.choices.IT.text': 'Italien',
  'pages.organisation.elements.country.choices.PT.text': 'Portugal',
  'pages.organisation.elements.country.choices.ES.text': 'Spanien',
  'pages.organisation.elements.country.choices.GB.text': 'Vereinigtes Königreich',
  'pages.organisation.elements.country.otherText': 'Ein anderes Land (bitte angeben)',
  'pages.organisation.elements.respondent_role.title': 'Welche Rolle haben Sie dort?',
  'pages.organisation.elements.respondent_role.choices.management.text': 'Geschäftsführung oder Leitung',
  'pages.organisation.elements.respondent_role.choices.evaluation_staff.text':
    'Mitarbeiterin oder Mitarbeiter mit Zuständigkeit für Evaluation',
  'pages.organisation.elements.respondent_role.choices.other_staff.text':
    'Andere Mitarbeiterin oder anderer Mitarbeiter',
  'pages.organisation.elements.respondent_role.choices.board.text': 'Vorstandsmitglied',
  'pages.organisation.elements.respondent_role.choices.volunteer.text': 'Ehrenamtliche Person oder Mitglied',
  'pages.organisation.elements.respondent_role.otherText': 'Eine andere Rolle (bitte angeben)',
  'pages.evaluation.title': 'Die Evaluation Ihrer Wirkung',
  'pages.evaluation.elements.evaluates_impact.title': 'Evaluiert Ihre Organisation die Wirkung ihrer Tätigkeiten?',
  'pages.evaluation.elements.evaluates_impact.description':
    'Jeder bewusste Blick darauf, was sich durch Ihre Arbeit verändert, zählt, so einfach er auch sein mag.',
  'pages.evaluation.elements.evaluates_impact.choices.yes.text': 'Ja',
  'pages.evaluation.elements.evaluates_impact.choices.planned.text': 'Noch nicht, aber es ist geplant',
  'pages.evaluation.elements.evaluates_impact.choices.no.text': 'Nein',
  'pages.evaluation.elements.planned_start.title': 'Wann wollen Sie voraussichtlich beginnen?',
  'pages.evaluation.elements.planned_start.choices.six_months.text': 'Innerhalb von sechs Monaten',
  'pages.evaluation.elements.planned_start.choices.one_year.text': 'Innerhalb eines Jahres',
  'pages.evaluation.elements.planned_start.choices.later.text': 'Später',
  'pages.evaluation.elements.planned_start.choices.unknown.text': 'Das wissen wir noch nicht',
  'pages.evaluation.elements.evaluation_practice.title': 'Ihre bisherige Evaluation',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.title':
    'Seit welchem Jahr evaluieren Sie Ihre Wirkung?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.description':
    'Eine ungefähre Jahresangabe genügt.',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.title':
    'Wie oft betrachten Sie Ihre Wirkung auf …',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.never.text': 'Nie',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.sometimes.text': 'Manchmal',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.regularly.text': 'Regelmäßig',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.territory.text': 'Ihre Region',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.beneficiaries.text':
    'Ihre Begünstigten',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.society.text':
    'die Gesellschaft als Ganzes',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.title':
    'Wer wirkt an der Evaluation mit?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.staff.text': 'Mitarbeitende',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.board.text':
    'Vorstandsmitglieder',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.volunteers.text':
    'Ehrenamtliche und Mitglieder',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.beneficiaries.text':
    'Begünstigte oder Nutzerinnen und Nutzer',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.partners.text':
    'Partner und Geldgeber',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.external.text':
    'Eine externe Evaluatorin oder ein externer Evaluator',
  'pages.evaluation.elements.importance.title': 'Wie wichtig ist es für Ihre Organisation, ihre Wirkung aufzuzeigen?',
  'pages.evaluation.elements.importance.description': '1 bedeutet unwichtig, 5 bedeutet unverzichtbar.',
  'pages.methods_and_tools.title': 'Methoden und Instrumente',
  'pages.methods_and_tools.elements.methods.title': 'Welche Methoden verwenden Sie?',
  'pages.methods_and_tools.elements.methods.description': 'Kreuzen Sie alles Zutreffende an.',
  'pages.methods_and_tools.elements.methods.choices.indicators.text': 'Indikatoren, die über die Zeit verfolgt werden',
  'pages.methods_and_tools.elements.methods.choices.beneficiary_surveys.text': 'Befragungen der Begünstigten',
  'pages.methods_and_tools.elements.methods.choices.interviews.text': 'Interviews',
  'pages.methods_and_tools.elements.methods.choices.focus_groups.text': 'Fokusgruppen',
  'pages.methods_and_tools.elements.methods.choices.case_studies.text': 'Fallstudien',
  'pages.methods_and_tools.elements.methods.choices.monetisation.text':
    'Kosten-Nutzen-Analyse oder Monetarisierung der Wirkung',
  'pages.methods_and_tools.elements.methods.choices.participatory.text':
    'Partizipative Evaluation mit den Anspruchsgruppen',
  'pages.methods_and_tools.elements.methods.choices.external.text': 'Eine externe Evaluation',
  'pages.methods_and_tools.elements.methods.otherText': 'Eine andere Methode (bitte angeben)',
  'pages.methods_and_tools.elements.indicator_count.title': 'Wie viele Indikatoren verfolgen Sie ungefähr?',
  'pages.methods_and_tools.elements.frameworks.title':
    'Stützen Sie sich auf einen veröffentlichten Referenzrahmen oder Leitfaden?',
  'pages.methods_and_tools.elements.frameworks.choices.social_utility_guides.text':
    'Einen französischen Leitfaden zur Selbstevaluation des gesellschaftlichen Nutzens (Avise, COORACE …)',
  'pages.methods_and_tools.elements.frameworks.choices.vises.text': 'Den VISES-Ansatz',
  'pages.methods_and_tools.elements.frameworks.choices.social_value_principles.text':
    'Die Grundsätze von Social Value International',
  'pages.methods_and_tools.elements.frameworks.choices.impact_management_project.text':
    'Die fünf Dimensionen des Impact Management Project',
  'pages.methods_and_tools.elements.frameworks.choices.own_grid.text': 'Ein selbst entwickeltes Raster',
  'pages.methods_and_tools.elements.purposes.title':
    'Warum evaluieren Sie, oder warum würden Sie es tun? Ordnen Sie die Gründe, den wichtigsten zuerst.',
  'pages.methods_and_tools.elements.purposes.choices.improve.text': 'Um unsere Tätigkeiten zu verbessern',
  'pages.methods_and_tools.elements.purposes.choices.report.text': 'Um unseren Geldgebern Rechenschaft abzulegen',
  'pages.methods_and_tools.elements.purposes.choices.communicate.text': 'Um über unsere Arbeit zu kommunizieren',
  'pages.methods_and_tools.elements.purposes.choices.involve.text': 'Um unsere Mitglieder einzubeziehen',
  'pages.methods_and_tools.elements.purposes.choices.policy.text':
    'Um auf politische Entscheidungen Einfluss zu nehmen',
  'pages.obstacles_and_usefulness.title': 'Hindernisse und Nutzen',
  'pages.obstacles_and_usefulness.elements.obstacles.title':
    'Was erschwert Ihnen die Evaluation oder hält Sie davon ab, damit zu beginnen?',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.time.text': 'Zeitmangel',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.money.text': 'Geldmangel',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.skills.text': 'Fehlende Kompetenzen',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.unsuited_methods.text':
    'Methoden, die nicht zu den Werten der Sozial- und Solidarwirtschaft passen',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.data.text':
    'Daten, die fehlen oder schwer zu erheben sind',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.fear_of_results.text':
    'Sorge vor dem, was die Ergebnisse zeigen könnten',
  'pages.obstacles_and_usefulness.elements.usefulness.title':
    'Wie nützlich war die Evaluation bisher für Ihre Organisation?',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.1.text': 'Nicht nützlich',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.2.text': 'Wenig nützlich',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.3.text': 'Ziemlich nützlich',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.4.text': 'Sehr nützlich',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.5.text': 'Unverzichtbar',
  'pages.obstacles_and_usefulness.elements.changed_activity.title':
    'Hat eine Evaluation Sie schon einmal dazu gebracht, eine Ihrer Tätigkeiten zu verändern?',
  'pages.obstacles_and_usefulness.elements.change_description.title': 'Was haben Sie verändert?',
  'pages.support.title': 'Begleitung, Weiterbildung und Austausch',
  'pages.support.elements.support_needs.title': 'Welche Unterstützung würde Ihnen helfen, Ihre Wirkung zu evaluieren?',
  'pages.support.elements.support_needs.choices.training.text': 'Weiterbildung',
  'pages.support.elements.support_needs.choices.coaching.text': 'Begleitung durch eine erfahrene Person',
  'pages.support.elements.support_needs.choices.tools.text': 'Einfache Methoden und Instrumente',
  'pages.support.elements.support_needs.choices.peer_exchange.text':
    'Austausch mit anderen Organisationen der Sozial- und Solidarwirtschaft',
  'pages.support.elements.support_needs.choices.funding.text': 'Finanzierung für die Evaluation',
  'pages.support.elements.support_needs.choices.data_help.text': 'Hilfe beim Erheben und Auswerten von Daten',
  'pages.support.elements.support_needs.choices.communication.text': 'Hilfe bei der Darstellung der Ergebnisse',
  'pages.support.elements.training_format.title': 'Welches Weiterbildungsformat würde Ihnen am besten passen?',
  'pages.support.elements.training_format.choices.in_person.text': 'In Präsenz',
  'pages.support.elements.training_format.choices.online.text': 'Online',
  'pages.support.elements.training_format.choices.mixed.text': 'Eine Mischung aus beidem',
  'pages.support.elements.training_format.choices.no_preference.text': 'Keine Präferenz',
  'pages.support.elements.support_details.title': 'Erzählen Sie uns mehr darüber, was Ihnen helfen würde.',
  'pages.support.elements.share_practice.title':
    'Wären Sie bereit, eine Ihrer Evaluationspraktiken mit anderen Organisationen der Sozial- und Solidarwirtschaft zu teilen?',
  'pages.support.elements.contact_email.title': 'Unter welcher E-Mail-Adresse können wir Sie erreichen?',
  'pages.support.elements.contact_email.description':
    'Wird nur verwendet, um mit Ihnen über das Teilen Ihrer Praxis zu sprechen.',
  'pages.support.elements.practice_link.title': 'Gibt es eine Webseite, die diese Praxis vorstellt? (optional)',
  'pages.support.elements.final_comment.title': 'Möchten Sie uns noch etwas mitteilen? (optional)',
} satisfies Translation;

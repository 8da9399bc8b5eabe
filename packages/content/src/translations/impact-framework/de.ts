import type { Translation } from '../../translate.js';

// Machine-assisted German translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'DEVISUS-Raster zur Selbstbewertung des gesellschaftlichen Nutzens',
  description:
    'Ein Ausgangsraster zur Bewertung des gesellschaftlichen Nutzens und der sozialen Wirkung einer Organisation der Sozial- und Solidarwirtschaft. Es ist weder eine offizielle Norm noch ein Label: In der französischen Tradition der Selbstevaluation des gesellschaftlichen Nutzens passt jede Organisation es an, indem sie Dimensionen (registres), Kriterien (critères) und Indikatoren (indicateurs) beibehält, umformuliert oder ergänzt. Die Ausgangs- und Zielwerte der Kennzahlen sind neutrale Beispiele, keine Daten über eine bestimmte Organisation: Legen Sie Ihre eigenen fest.',
  'dimensions.territorial.title': 'Territoriale Verankerung und Zusammenhalt',
  'dimensions.territorial.description':
    'Wie die Organisation in ihrer Region verwurzelt ist, mit lokalen Akteuren zusammenarbeitet und zum Zusammenhalt der Region beiträgt.',
  'dimensions.territorial.sources.0.label':
    'Selbstevaluation des gesellschaftlichen Nutzens: der Avise-Leitfaden von Hélène Duclos (2007) und die Synthese von COORACE (2013)',
  'dimensions.territorial.sources.1.label':
    'Die Dimensionen der französischen Regionalkammern der Sozial- und Solidarwirtschaft',
  'dimensions.territorial.sources.2.label':
    'Die Kriterien des gesellschaftlichen Nutzens im französischen Gesetz über die Sozial- und Solidarwirtschaft von 2014',
  'dimensions.territorial.criteria.territorial-anchoring.title': 'Lokale Verankerung',
  'dimensions.territorial.criteria.territorial-anchoring.description':
    'Die Tätigkeit deckt Bedarfe der Region und stützt sich auf ihre Ressourcen.',
  'dimensions.territorial.criteria.territorial-anchoring.guidance':
    'Fragen Sie die Leitung und die für den Einkauf zuständige Person; nutzen Sie die Buchhaltung, die Lieferantenliste und etwaige Studien zum lokalen Bedarf.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-study.title':
    'Haben Sie in den letzten drei Jahren eine Studie zum lokalen Bedarf durchgeführt oder sich daran beteiligt?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.title':
    'Unsere Tätigkeiten decken Bedarfe, die Menschen in der Region geäußert haben.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.label':
    'Noch nicht',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.label':
    'In Ansätzen',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.label':
    'Etabliert',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.label':
    'Vorbildlich',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.title':
    'Welcher Anteil Ihrer Einkäufe geht an Lieferanten mit Sitz in Ihrer Region?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.description':
    'Ausgaben bei lokalen Lieferanten geteilt durch die gesamten Einkäufe, im letzten Geschäftsjahr.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.unit': '%',
  'dimensions.territorial.criteria.territorial-cooperation.title': 'Zusammenarbeit mit lokalen Akteuren',
  'dimensions.territorial.criteria.territorial-cooperation.description':
    'Die Organisation arbeitet mit anderen Organisationen, Unternehmen und öffentlichen Stellen in ihrer Region zusammen.',
  'dimensions.territorial.criteria.territorial-cooperation.guidance':
    'Erstellen Sie mit dem Team eine Liste Ihrer Partner; zählen Sie nur Partnerschaften, die in den letzten zwölf Monaten zu einer gemeinsamen Aktion geführt haben, etwa einer Vereinbarung oder einem gemeinsamen Projekt.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.title':
    'Wie viele aktive Partnerschaften haben Sie mit lokalen Organisationen?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.unit':
    'Partnerschaften',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-network.title':
    'Sind Sie Mitglied eines lokalen oder regionalen Netzwerks der Sozial- und Solidarwirtschaft?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.title':
    'Wir teilen Ressourcen wie Räume, Ausstattung oder Kompetenzen mit anderen lokalen Organisationen.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.label':
    'Noch nicht',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.label':
    'In Ansätzen',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.label':
    'Etabliert',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.label':
    'Vorbildlich',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.territorial.criteria.territorial-cohesion.title': 'Territorialer Zusammenhalt',
  'dimensions.territorial.criteria.territorial-cohesion.description':
    'Die Tätigkeit hilft Menschen in der ganzen Region, auch an Orten mit wenigen Angeboten, zu erreichen, was sie brauchen.',
  'dimensions.territorial.criteria.territorial-cohesion.guidance':
    'Fragen Sie die Personen, die die Leistung erbringen, und einige Nutzerinnen und Nutzer; nutzen Sie Besuchszahlen nach Wohnort und deren Rückmeldungen.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-underserved-areas.title':
    'Erreicht Ihre Tätigkeit ländliche Gebiete oder Stadtviertel mit wenigen Angeboten?',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.title':
    'Unsere Angebote sind leicht zugänglich: Öffnungszeiten, Verkehrsanbindung, Preise und Räumlichkeiten.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.label':
    'Noch nicht',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.label':
    'In Ansätzen',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.label':
    'Etabliert',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.label':
    'Vorbildlich',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-example.title':
    'Beschreiben Sie, wie Ihre Tätigkeit den Alltag in Ihrer Region verändert hat.',
  'dimensions.economic.title': 'Wirtschaftlicher Nutzen',
  'dimensions.economic.description':
    'Wie die Organisation wirtschaftlichen Wert schafft und teilt, ihre Ressourcen sichert und gute Arbeitsplätze bietet.',
  'dimensions.economic.sources.0.label':
    'Die Dimensionen der französischen Regionalkammern der Sozial- und Solidarwirtschaft',
  'dimensions.economic.sources.1.label':
    'Selbstevaluation des gesellschaftlichen Nutzens: der Avise-Leitfaden von Hélène Duclos (2007) und die Synthese von COORACE (2013)',
  'dimensions.economic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016–2019)',
  'dimensions.economic.sources.3.label': 'Die fünf Dimensionen der Wirkung des Impact Management Project',
  'dimensions.economic.sources.4.label': 'Die acht Grundsätze des sozialen Werts von Social Value International',
  'dimensions.economic.criteria.economic-resources.title': 'Vielfältige und solide Ressourcen',
  'dimensions.economic.criteria.economic-resources.description':
    'Die Organisation kombiniert mehrere Arten von Einnahmen und kann vorausplanen.',
  'dimensions.economic.criteria.economic-resources.guidance':
    'Arbeiten Sie mit der Person, die die Buchhaltung führt; nutzen Sie die letzten beiden Geschäftsjahre und den Haushaltsplan.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.title':
    'Wie viele Arten von Einnahmen haben Sie (Verkäufe, öffentliche Mittel, Spenden, Mitgliedsbeiträge, Sonstiges)?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.unit': 'Einnahmearten',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-volunteer-time.title':
    'Erfassen Sie die Zeit, die Ehrenamtliche für die Organisation aufwenden?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.title':
    'Unsere Finanzlage erlaubt uns, mindestens ein Jahr im Voraus zu planen.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.label': 'Noch nicht',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.label':
    'In Ansätzen',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.label': 'Etabliert',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.label':
    'Vorbildlich',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.economic.criteria.economic-jobs.title': 'Gute Arbeitsplätze',
  'dimensions.economic.criteria.economic-jobs.description':
    'Die Organisation bietet stabile Arbeitsplätze, Weiterbildung und gute Arbeitsbedingungen.',
  'dimensions.economic.criteria.economic-jobs.guidance':
    'Nutzen Sie das Personalverzeichnis und den Weiterbildungsplan; führen Sie für die Aussage eine kurze anonyme Befragung der Mitarbeitenden durch.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.title':
    'Welcher Anteil Ihrer Mitarbeitenden hat einen unbefristeten Vertrag?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.unit': '%',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.title':
    'Wie viele Stunden Weiterbildung erhält jede beschäftigte Person durchschnittlich pro Jahr?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.unit':
    'Stunden pro beschäftigter Person und Jahr',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.title':
    'Die Mitarbeitenden sind mit ihren Arbeitsbedingungen zufrieden.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.1.label':
    'Stimme überhaupt nicht zu',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.2.label':
    'Stimme eher nicht zu',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.3.label': 'Weder noch',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.4.label':
    'Stimme eher zu',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.5.label':
    'Stimme voll und ganz zu',
  'dimensions.economic.criteria.economic-value.title': 'Geschaffener und geteilter Wert',
  'dimensions.economic.criteria.economic-value.description':
    'Was die Tätigkeit der lokalen Wirtschaft bringt und wofür ihre Überschüsse verwendet werden.',
  'dimensions.economic.criteria.economic-value.guidance':
    'Besprechen Sie es mit dem Vorstand und dem Team; schreiben Sie sich keine Veränderungen zu, die ohnehin eingetreten wären oder die andere bewirkt haben.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-surplus-reinvested.title':
    'Werden Überschüsse wieder in das Projekt investiert, statt als Gewinn ausgeschüttet zu werden?',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.title':
    'Wir können erkennen, welcher Teil der beobachteten Veränderungen auf unser eigenes Handeln zurückgeht.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.label': 'Noch nicht',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.label': 'In Ansätzen',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.label': 'Etabliert',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.label': 'Vorbildlich',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-new-activity.title':
    'Beschreiben Sie ein Produkt, eine Dienstleistung oder einen Arbeitsplatz, die es ohne Sie in Ihrer Region nicht gäbe.',
  'dimensions.social.title': 'Sozialer Zusammenhalt und menschliche Entwicklung',
  'dimensions.social.description':
    'Wie die Organisation Menschen in verletzlichen Lebenslagen unterstützt, Ungleichheiten verringert, soziale Bindungen stärkt und Menschen hilft, sich zu entfalten.',
  'dimensions.social.sources.0.label': 'Die Definition des gesellschaftlichen Nutzens von Jean Gadrey',
  'dimensions.social.sources.1.label':
    'Die Kriterien des gesellschaftlichen Nutzens im französischen Gesetz über die Sozial- und Solidarwirtschaft von 2014',
  'dimensions.social.sources.2.label': 'Die fünf Dimensionen der Wirkung des Impact Management Project',
  'dimensions.social.sources.3.label': 'Die acht Grundsätze des sozialen Werts von Social Value International',
  'dimensions.social.criteria.social-inclusion.title': 'Unterstützung verletzlicher Menschen',
  'dimensions.social.criteria.social-inclusion.description':
    'Die Tätigkeit erreicht Menschen in schwierigen Lebenslagen und hilft ihnen nachhaltig.',
  'dimensions.social.criteria.social-inclusion.guidance':
    'Fragen Sie die Mitarbeitenden, die mit den Begünstigten arbeiten; nutzen Sie anonymisierte Begleitdaten, niemals persönliche Akten.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.title':
    'Welcher Anteil der Menschen, die Sie unterstützen, befindet sich in einer wirtschaftlich oder sozial schwierigen Lage?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.unit': '%',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-affordable.title':
    'Passen Sie Preise oder Bedingungen an, damit Menschen mit geringem Einkommen teilnehmen können?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.title':
    'Unsere Unterstützung führt zu dauerhaften Ergebnissen, etwa einem Arbeitsplatz, einer Wohnung oder einer Ausbildung.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.label':
    'Noch nicht',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.label':
    'In Ansätzen',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.label':
    'Etabliert',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.label':
    'Vorbildlich',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.social.criteria.social-ties.title': 'Soziale Bindungen und Geselligkeit',
  'dimensions.social.criteria.social-ties.description':
    'Die Tätigkeit bringt Menschen zusammen und durchbricht Isolation.',
  'dimensions.social.criteria.social-ties.guidance':
    'Fragen Sie die Teilnehmenden direkt, in einer kurzen Befragung oder einem Gruppengespräch, und notieren Sie ihre Aussagen in ihren eigenen Worten.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-meeting-places.title':
    'Bieten Sie Orte oder Zeiten an, an denen Menschen zusammenkommen, die sich sonst nicht begegnen würden?',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.title':
    'Die Teilnehmenden fühlen sich weniger isoliert, seit sie an unseren Aktivitäten teilnehmen.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.1.label': 'Stimme überhaupt nicht zu',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.2.label': 'Stimme eher nicht zu',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.3.label': 'Weder noch',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.4.label': 'Stimme eher zu',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.5.label': 'Stimme voll und ganz zu',
  'dimensions.social.criteria.social-ties.indicators.social-ties-reported-change.title':
    'Beschreiben Sie eine Veränderung, von der Ihre Begünstigten berichten.',
  'dimensions.social.criteria.social-development.title': 'Menschliche Entwicklung',
  'dimensions.social.criteria.social-development.description':
    'Die Tätigkeit hilft Menschen, zu lernen, auf ihre Gesundheit zu achten und selbstständiger zu werden.',
  'dimensions.social.criteria.social-development.guidance':
    'Nutzen Sie Weiterbildungs- und Anwesenheitsnachweise; fragen Sie die Begünstigten, wie sie ihre eigenen Fortschritte sehen, idealerweise zu Beginn und am Ende ihrer Teilnahme.',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.title':
    'Wie viele Menschen haben in diesem Jahr durch Ihre Tätigkeit eine Kompetenz oder einen Abschluss erworben?',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.unit': 'Personen',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.title':
    'Die Begünstigten sagen, dass die Tätigkeit ihre Gesundheit oder ihr Wohlbefinden verbessert hat.',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.1.label':
    'Stimme überhaupt nicht zu',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.2.label':
    'Stimme eher nicht zu',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.3.label': 'Weder noch',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.4.label':
    'Stimme eher zu',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.5.label':
    'Stimme voll und ganz zu',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.title':
    'Die Menschen, die wir unterstützen, werden fähiger, selbst zu handeln.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.label': 'Noch nicht',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.label': 'In Ansätzen',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.label': 'Etabliert',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.label': 'Vorbildlich',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.democratic.title': 'Demokratie und Bürgerschaft',
  'dimensions.democratic.description':
    'Wie die Organisation Macht teilt, aktive Bürgerschaft fördert und mit anderen das Gemeinwohl gestaltet.',
  'dimensions.democratic.sources.0.label':
    'Die Dimensionen der französischen Regionalkammern der Sozial- und Solidarwirtschaft',
  'dimensions.democratic.sources.1.label':
    'Die Kriterien des gesellschaftlichen Nutzens im französischen Gesetz über die Sozial- und Solidarwirtschaft von 2014',
  'dimensions.democratic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016–2019)',
  'dimensions.democratic.sources.3.label': 'Die acht Grundsätze des sozialen Werts von Social Value International',
  'dimensions.democratic.criteria.democratic-governance.title': 'Geteilte Governance',
  'dimensions.democratic.criteria.democratic-governance.description':
    'Entscheidungen werden gemeinsam getroffen, und die Betroffenen haben ein Mitspracherecht.',
  'dimensions.democratic.criteria.democratic-governance.guidance':
    'Nutzen Sie die Satzung, die Sitzungsprotokolle und die Anwesenheitslisten; fragen Sie Vorstandsmitglieder und Mitarbeitende, wie Entscheidungen in der Praxis getroffen werden.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-voting-rule.title':
    'Hat jedes Mitglied eine Stimme, unabhängig von seiner finanziellen Beteiligung?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.title':
    'Begünstigte, Mitarbeitende, Ehrenamtliche und Partner haben einen Platz dort, wo Entscheidungen getroffen werden.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.label':
    'Noch nicht',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.label':
    'In Ansätzen',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.label':
    'Etabliert',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.label':
    'Vorbildlich',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.title':
    'Welcher Anteil der Mitglieder hat an Ihrer letzten Mitgliederversammlung teilgenommen?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.unit': '%',
  'dimensions.democratic.criteria.democratic-citizenship.title': 'Aktive Bürgerschaft',
  'dimensions.democratic.criteria.democratic-citizenship.description':
    'Die Organisation bietet Menschen Möglichkeiten, sich zu engagieren und das öffentliche Leben zu verstehen.',
  'dimensions.democratic.criteria.democratic-citizenship.guidance':
    'Zählen Sie die Ehrenamtlichen, die in den letzten drei Monaten mindestens einmal mitgewirkt haben; fragen Sie die Teilnehmenden, ob sie sich gehört fühlen.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.title':
    'Wie viele Ehrenamtliche sind in Ihrer Organisation aktiv?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.unit': 'Personen',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-education.title':
    'Bieten Sie Aktivitäten an, die Menschen helfen, das öffentliche Leben zu verstehen und daran teilzuhaben?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.title':
    'Die Teilnehmenden haben das Gefühl, dass ihre Meinung in der Organisation zählt.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.1.label':
    'Stimme überhaupt nicht zu',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.2.label':
    'Stimme eher nicht zu',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.3.label':
    'Weder noch',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.4.label':
    'Stimme eher zu',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.5.label':
    'Stimme voll und ganz zu',
  'dimensions.democratic.criteria.democratic-general-interest.title': 'Das Gemeinwohl gemeinsam gestalten',
  'dimensions.democratic.criteria.democratic-general-interest.description':
    'Die Organisation beteiligt sich an der öffentlichen Debatte und an der Gestaltung der lokalen Politik und legt offen, was sie tut.',
  'dimensions.democratic.criteria.democratic-general-interest.guidance':
    'Listen Sie mit dem Vorstand die Konsultationen, Arbeitsgruppen und öffentlichen Debatten auf, an denen Sie sich in diesem Jahr beteiligt haben; bewahren Sie Protokolle oder Schreiben als Nachweis auf.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.title':
    'Wir tragen durch Konsultationen, Arbeitsgruppen oder Vorschläge zur lokalen Politik bei.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.label':
    'Noch nicht',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.label':
    'In Ansätzen',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.label':
    'Etabliert',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.label':
    'Vorbildlich',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-transparency.title':
    'Kann jede Person, die danach fragt, Ihren Jahresabschluss und Ihren Tätigkeitsbericht einsehen?',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-example.title':
    'Beschreiben Sie eine öffentliche Debatte oder Entscheidung, die Sie mitgestaltet haben.',
  'dimensions.democratic.criteria.democratic-evaluation.title': 'Evaluation mit den Anspruchsgruppen',
  'dimensions.democratic.criteria.democratic-evaluation.description':
    'Die von der Tätigkeit betroffenen Menschen entscheiden mit, was evaluiert wird, und erfahren die Ergebnisse.',
  'dimensions.democratic.criteria.democratic-evaluation.guidance':
    'Blicken Sie auf Ihre letzte Evaluation zurück: Wer hat die Fragen gewählt, wer wurde befragt und wer hat die Ergebnisse erhalten?',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.title':
    'Begünstigte und Partner entscheiden mit, was wir evaluieren und wie.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.label':
    'Noch nicht',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.label':
    'In Ansätzen',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.label':
    'Etabliert',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.label':
    'Vorbildlich',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-feedback.title':
    'Teilen Sie die Ergebnisse Ihrer Evaluationen mit den Menschen, die daran mitgewirkt haben?',
  'dimensions.ecological.title': 'Ökologischer Wandel',
  'dimensions.ecological.description':
    'Wie die Organisation ihre Auswirkungen auf die Umwelt begrenzt und anderen hilft, dasselbe zu tun.',
  'dimensions.ecological.sources.0.label':
    'Die Dimensionen der französischen Regionalkammern der Sozial- und Solidarwirtschaft',
  'dimensions.ecological.sources.1.label': 'Die Definition des gesellschaftlichen Nutzens von Jean Gadrey',
  'dimensions.ecological.sources.2.label':
    'Die Kriterien des gesellschaftlichen Nutzens im französischen Gesetz über die Sozial- und Solidarwirtschaft von 2014',
  'dimensions.ecological.sources.3.label': 'Die fünf Dimensionen der Wirkung des Impact Management Project',
  'dimensions.ecological.criteria.ecological-resources.title': 'Sparsamer Umgang mit Ressourcen',
  'dimensions.ecological.criteria.ecological-resources.description':
    'Die Organisation verbraucht weniger Energie und Material und verwendet wieder, was sie kann.',
  'dimensions.ecological.criteria.ecological-resources.guidance':
    'Nutzen Sie Energierechnungen, Nachweise der Abfallentsorgung und das Inventar der Ausstattung; fragen Sie die für die Räumlichkeiten verantwortliche Person.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.title':
    'Welcher Anteil Ihrer Abfälle wird getrennt, wiederverwendet oder recycelt?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.unit': '%',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-reuse.title':
    'Reparieren, teilen oder kaufen Sie gebraucht, bevor Sie neue Ausstattung kaufen?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.title':
    'Wir verfolgen unseren Energieverbrauch und handeln, um ihn zu senken.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.label':
    'Noch nicht',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.label':
    'In Ansätzen',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.label':
    'Etabliert',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.label':
    'Vorbildlich',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.ecological.criteria.ecological-practices.title': 'Verantwortungsvolle Praktiken',
  'dimensions.ecological.criteria.ecological-practices.description':
    'Einkauf, Reisen und Sensibilisierung berücksichtigen die Umwelt.',
  'dimensions.ecological.criteria.ecological-practices.guidance':
    'Bitten Sie die Mitarbeitenden, ihre Dienstwege während eines typischen Monats zu notieren; gehen Sie die Einkaufsregeln mit der Person durch, die sie anwendet.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.title':
    'Welcher Anteil der Dienstwege wird zu Fuß, mit dem Fahrrad, mit öffentlichen Verkehrsmitteln oder in Fahrgemeinschaften zurückgelegt?',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.unit': '%',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.title':
    'Unsere Einkaufsentscheidungen berücksichtigen Umweltkriterien.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.label':
    'Noch nicht',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.label':
    'In Ansätzen',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.label':
    'Etabliert',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.label':
    'Vorbildlich',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-awareness.title':
    'Sensibilisieren Sie Mitarbeitende, Ehrenamtliche oder die Öffentlichkeit für Umweltfragen?',
  'dimensions.ecological.criteria.ecological-effects.title': 'Umweltwirkungen der Tätigkeit',
  'dimensions.ecological.criteria.ecological-effects.description':
    'Die Organisation kennt den Schaden, den ihre Tätigkeit der Umwelt zufügen kann, und den Nutzen, den sie ihr bringt.',
  'dimensions.ecological.criteria.ecological-effects.guidance':
    'Gehen Sie die Tätigkeit Schritt für Schritt mit dem Team durch; unterscheiden Sie, was gemessen und was nur geschätzt wird.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.title':
    'Wir kennen die wichtigsten Risiken unserer Tätigkeit für die Umwelt und handeln, um sie zu begrenzen.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.label': 'Noch nicht',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.description':
    'Es ist noch nichts vorhanden.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.label': 'In Ansätzen',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.description':
    'Erste Schritte wurden unternommen, aber nicht regelmäßig.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.label': 'Etabliert',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.description':
    'Teil der alltäglichen Praxis und über die Zeit verfolgt.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.label': 'Vorbildlich',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.description':
    'Vollständig umgesetzt, regelmäßig überprüft und mit anderen geteilt.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-benefit.title':
    'Beschreiben Sie einen Nutzen Ihrer Tätigkeit für die Umwelt.',
} satisfies Translation;

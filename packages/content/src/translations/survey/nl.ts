import type { Translation } from '../../translate.js';

// Machine-assisted Dutch translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'Hoe evalueert uw organisatie haar impact?',
  description:
    'Een korte vragenlijst voor organisaties van de sociale en solidaire economie over de manier waarop zij kijken naar de effecten van hun werk op hun regio, op de mensen voor wie zij werken en op de samenleving als geheel. Het invullen duurt ongeveer tien minuten. Alleen het e-mailadres aan het einde is een persoonsgegeven, en het is facultatief. Uw antwoorden blijven in uw browser, tenzij de website die deze vragenlijst publiceert ze ergens naartoe stuurt.',
  completedHtml:
    'Bedankt voor uw tijd. Uw antwoorden helpen in kaart te brengen hoe organisaties van de sociale en solidaire economie de waarde van hun werk laten zien.',
  'pages.organisation.title': 'Uw organisatie',
  'pages.organisation.elements.organisation_type.title': 'Wat voor organisatie is het?',
  'pages.organisation.elements.organisation_type.choices.association.text':
    'Vereniging of organisatie zonder winstoogmerk',
  'pages.organisation.elements.organisation_type.choices.cooperative.text': 'Coöperatie',
  'pages.organisation.elements.organisation_type.choices.mutual.text': 'Onderlinge maatschappij',
  'pages.organisation.elements.organisation_type.choices.foundation.text': 'Stichting',
  'pages.organisation.elements.organisation_type.choices.social_enterprise.text': 'Sociale onderneming',
  'pages.organisation.elements.organisation_type.otherText': 'Een andere vorm (graag vermelden welke)',
  'pages.organisation.elements.field_of_activity.title': 'Wat is haar belangrijkste werkterrein?',
  'pages.organisation.elements.field_of_activity.choices.social_care.text': 'Sociale diensten, gezondheid en zorg',
  'pages.organisation.elements.field_of_activity.choices.work_integration.text': 'Arbeidsintegratie en werkgelegenheid',
  'pages.organisation.elements.field_of_activity.choices.education.text': 'Onderwijs en opleiding',
  'pages.organisation.elements.field_of_activity.choices.culture.text': 'Cultuur, sport en vrije tijd',
  'pages.organisation.elements.field_of_activity.choices.environment.text': 'Milieu en energie',
  'pages.organisation.elements.field_of_activity.choices.food.text': 'Voeding en landbouw',
  'pages.organisation.elements.field_of_activity.choices.housing.text': 'Wonen',
  'pages.organisation.elements.field_of_activity.choices.finance.text': 'Ethische financiering',
  'pages.organisation.elements.field_of_activity.choices.fair_trade.text': 'Eerlijke handel en verantwoorde consumptie',
  'pages.organisation.elements.field_of_activity.choices.sse_support.text':
    'Ondersteuning van organisaties van de sociale en solidaire economie (netwerk, ontwikkelingscentrum)',
  'pages.organisation.elements.field_of_activity.otherText': 'Een ander werkterrein (graag vermelden welk)',
  'pages.organisation.elements.employees.title': 'Hoeveel mensen heeft zij in dienst?',
  'pages.organisation.elements.employees.description': 'Tel personen, geen voltijdequivalenten.',
  'pages.organisation.elements.employees.choices.0.text': 'Geen: alleen vrijwilligers',
  'pages.organisation.elements.employees.choices.1_9.text': '1 tot 9',
  'pages.organisation.elements.employees.choices.10_49.text': '10 tot 49',
  'pages.organisation.elements.employees.choices.50_249.text': '50 tot 249',
  'pages.organisation.elements.employees.choices.250_plus.text': '250 of meer',
  'pages.organisation.elements.country.title': 'In welk land is zij gevestigd?',
  'pages.organisation.elements.country.choices.BE.text': 'België',
  'pages.organisation.elements.country.choices.FR.text': 'Frankrijk',
  'pages.organisation.elements.country.choices.DE.text': 'Duitsland',
  'pages.organisation.elements.country.choices.IT.text': 'Italië',
  'pages.organisation.elements.country.choices.PT.text': 'Portugal',
  'pages.organisation.elements.country.choices.ES.text': 'Spanje',
  'pages.organisation.elements.country.choices.GB.text': 'Verenigd Koninkrijk',
  'pages.organisation.elements.country.otherText': 'Een ander land (graag vermelden welk)',
  'pages.organisation.elements.respondent_role.title': 'Wat is uw rol in de organisatie?',
  'pages.organisation.elements.respondent_role.choices.management.text': 'Directeur of leidinggevende',
  'pages.organisation.elements.respondent_role.choices.evaluation_staff.text': 'Medewerker belast met evaluatie',
  'pages.organisation.elements.respondent_role.choices.other_staff.text': 'Andere medewerker',
  'pages.organisation.elements.respondent_role.choices.board.text': 'Bestuurslid',
  'pages.organisation.elements.respondent_role.choices.volunteer.text': 'Vrijwilliger of lid',
  'pages.organisation.elements.respondent_role.otherText': 'Een andere rol (graag vermelden welke)',
  'pages.evaluation.title': 'De evaluatie van uw impact',
  'pages.evaluation.elements.evaluates_impact.title': 'Evalueert uw organisatie de impact van haar activiteiten?',
  'pages.evaluation.elements.evaluates_impact.description':
    'Elke bewuste blik op wat er verandert door uw werk telt, hoe eenvoudig ook.',
  'pages.evaluation.elements.evaluates_impact.choices.yes.text': 'Ja',
  'pages.evaluation.elements.evaluates_impact.choices.planned.text': 'Nog niet, maar het is gepland',
  'pages.evaluation.elements.evaluates_impact.choices.no.text': 'Nee',
  'pages.evaluation.elements.planned_start.title': 'Wanneer verwacht u te beginnen?',
  'pages.evaluation.elements.planned_start.choices.six_months.text': 'Binnen zes maanden',
  'pages.evaluation.elements.planned_start.choices.one_year.text': 'Binnen een jaar',
  'pages.evaluation.elements.planned_start.choices.later.text': 'Later',
  'pages.evaluation.elements.planned_start.choices.unknown.text': 'Dat weten we nog niet',
  'pages.evaluation.elements.evaluation_practice.title': 'Uw evaluatie tot nu toe',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.title':
    'Sinds welk jaar evalueert u uw impact?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_since.description':
    'Een jaartal bij benadering volstaat.',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.title':
    'Hoe vaak kijkt u naar uw impact op…',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.never.text': 'Nooit',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.sometimes.text': 'Soms',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.columns.regularly.text': 'Regelmatig',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.territory.text': 'uw regio',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.beneficiaries.text': 'uw begunstigden',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_scope.rows.society.text':
    'de samenleving als geheel',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.title':
    'Wie neemt deel aan de evaluatie?',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.staff.text': 'Medewerkers',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.board.text': 'Bestuursleden',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.volunteers.text':
    'Vrijwilligers en leden',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.beneficiaries.text':
    'Begunstigden of gebruikers',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.partners.text':
    'Partners en financiers',
  'pages.evaluation.elements.evaluation_practice.elements.evaluation_participants.choices.external.text':
    'Een externe evaluator',
  'pages.evaluation.elements.importance.title':
    'Hoe belangrijk is het voor uw organisatie om haar impact te laten zien?',
  'pages.evaluation.elements.importance.description': '1 betekent niet belangrijk, 5 betekent onmisbaar.',
  'pages.methods_and_tools.title': 'Methoden en instrumenten',
  'pages.methods_and_tools.elements.methods.title': 'Welke methoden gebruikt u?',
  'pages.methods_and_tools.elements.methods.description': 'Vink alles aan wat van toepassing is.',
  'pages.methods_and_tools.elements.methods.choices.indicators.text': 'Indicatoren die in de tijd worden gevolgd',
  'pages.methods_and_tools.elements.methods.choices.beneficiary_surveys.text': 'Enquêtes bij begunstigden',
  'pages.methods_and_tools.elements.methods.choices.interviews.text': 'Interviews',
  'pages.methods_and_tools.elements.methods.choices.focus_groups.text': 'Focusgroepen',
  'pages.methods_and_tools.elements.methods.choices.case_studies.text': 'Casestudy’s',
  'pages.methods_and_tools.elements.methods.choices.monetisation.text':
    'Kosten-batenanalyse of het uitdrukken van impact in geld',
  'pages.methods_and_tools.elements.methods.choices.participatory.text': 'Participatieve evaluatie met belanghebbenden',
  'pages.methods_and_tools.elements.methods.choices.external.text': 'Een externe evaluatie',
  'pages.methods_and_tools.elements.methods.otherText': 'Een andere methode (graag vermelden welke)',
  'pages.methods_and_tools.elements.indicator_count.title': 'Hoeveel indicatoren volgt u ongeveer?',
  'pages.methods_and_tools.elements.frameworks.title':
    'Baseert u zich op een gepubliceerd referentiekader of een gepubliceerde handleiding?',
  'pages.methods_and_tools.elements.frameworks.choices.social_utility_guides.text':
    'Een Franse handleiding voor zelfevaluatie van maatschappelijk nut (Avise, COORACE…)',
  'pages.methods_and_tools.elements.frameworks.choices.vises.text': 'De VISES-aanpak',
  'pages.methods_and_tools.elements.frameworks.choices.social_value_principles.text':
    'De principes van Social Value International',
  'pages.methods_and_tools.elements.frameworks.choices.impact_management_project.text':
    'De vijf dimensies van het Impact Management Project',
  'pages.methods_and_tools.elements.frameworks.choices.own_grid.text': 'Een zelf ontwikkeld rooster',
  'pages.methods_and_tools.elements.purposes.title':
    'Waarom evalueert u, of waarom zou u het doen? Zet de redenen in volgorde, de belangrijkste eerst.',
  'pages.methods_and_tools.elements.purposes.choices.improve.text': 'Om onze activiteiten te verbeteren',
  'pages.methods_and_tools.elements.purposes.choices.report.text': 'Om verantwoording af te leggen aan onze financiers',
  'pages.methods_and_tools.elements.purposes.choices.communicate.text': 'Om over ons werk te communiceren',
  'pages.methods_and_tools.elements.purposes.choices.involve.text': 'Om onze leden te betrekken',
  'pages.methods_and_tools.elements.purposes.choices.policy.text': 'Om het overheidsbeleid te beïnvloeden',
  'pages.obstacles_and_usefulness.title': 'Obstakels en nut',
  'pages.obstacles_and_usefulness.elements.obstacles.title':
    'Wat maakt evaluatie moeilijk voor u, of houdt u tegen om te beginnen?',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.time.text': 'Gebrek aan tijd',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.money.text': 'Gebrek aan geld',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.skills.text': 'Gebrek aan vaardigheden',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.unsuited_methods.text':
    'Methoden die niet passen bij de waarden van de sociale en solidaire economie',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.data.text':
    'Gegevens die ontbreken of moeilijk te verzamelen zijn',
  'pages.obstacles_and_usefulness.elements.obstacles.choices.fear_of_results.text':
    'Angst voor wat de resultaten zouden kunnen laten zien',
  'pages.obstacles_and_usefulness.elements.usefulness.title':
    'Hoe nuttig is evaluatie tot nu toe voor uw organisatie geweest?',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.1.text': 'Niet nuttig',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.2.text': 'Een beetje nuttig',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.3.text': 'Tamelijk nuttig',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.4.text': 'Zeer nuttig',
  'pages.obstacles_and_usefulness.elements.usefulness.rateValues.5.text': 'Onmisbaar',
  'pages.obstacles_and_usefulness.elements.changed_activity.title':
    'Heeft een evaluatie u ooit ertoe gebracht een van uw activiteiten te veranderen?',
  'pages.obstacles_and_usefulness.elements.change_description.title': 'Wat hebt u veranderd?',
  'pages.support.title': 'Begeleiding, opleiding en uitwisseling',
  'pages.support.elements.support_needs.title': 'Welke ondersteuning zou u helpen uw impact te evalueren?',
  'pages.support.elements.support_needs.choices.training.text': 'Opleiding',
  'pages.support.elements.support_needs.choices.coaching.text': 'Begeleiding door een ervaren persoon',
  'pages.support.elements.support_needs.choices.tools.text': 'Eenvoudige methoden en instrumenten',
  'pages.support.elements.support_needs.choices.peer_exchange.text':
    'Uitwisseling met andere organisaties van de sociale en solidaire economie',
  'pages.support.elements.support_needs.choices.funding.text': 'Financiering voor evaluatie',
  'pages.support.elements.support_needs.choices.data_help.text': 'Hulp bij het verzamelen en analyseren van gegevens',
  'pages.support.elements.support_needs.choices.communication.text': 'Hulp bij het presenteren van de resultaten',
  'pages.support.elements.training_format.title': 'Welke opleidingsvorm zou het best bij u passen?',
  'pages.support.elements.training_format.choices.in_person.text': 'Fysiek',
  'pages.support.elements.training_format.choices.online.text': 'Online',
  'pages.support.elements.training_format.choices.mixed.text': 'Een combinatie van beide',
  'pages.support.elements.training_format.choices.no_preference.text': 'Geen voorkeur',
  'pages.support.elements.support_details.title': 'Vertel ons meer over wat u zou helpen.',
  'pages.support.elements.share_practice.title':
    'Zou u bereid zijn een van uw evaluatiepraktijken te delen met andere organisaties van de sociale en solidaire economie?',
  'pages.support.elements.contact_email.title': 'Op welk e-mailadres kunnen we u bereiken?',
  'pages.support.elements.contact_email.description':
    'Wordt alleen gebruikt om met u te overleggen over het delen van uw praktijk.',
  'pages.support.elements.practice_link.title': 'Is er een webpagina die deze praktijk voorstelt? (facultatief)',
  'pages.support.elements.final_comment.title': 'Wilt u ons nog iets anders vertellen? (facultatief)',
} satisfies Translation;

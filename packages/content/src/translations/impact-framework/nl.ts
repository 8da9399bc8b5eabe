import type { Translation } from '../../translate.js';

// Machine-assisted Dutch translation from the English and French reference texts, not yet reviewed by a native speaker.
export default {
  title: 'DEVISUS-rooster voor zelfevaluatie van maatschappelijk nut',
  description:
    'Een startrooster om het maatschappelijk nut en de maatschappelijke impact van een organisatie van de sociale en solidaire economie te evalueren. Het is geen officiële norm en geen keurmerk: in de Franse traditie van zelfevaluatie van maatschappelijk nut past elke organisatie het aan door dimensies (registres), criteria (critères) en indicatoren (indicateurs) te behouden, te herformuleren of toe te voegen. De beginwaarden en streefwaarden van de cijfers zijn neutrale voorbeelden, geen gegevens over een bestaande organisatie: stel uw eigen waarden vast.',
  'dimensions.territorial.title': 'Territoriale verankering en samenhang',
  'dimensions.territorial.description':
    'Hoe de organisatie geworteld is in haar regio, samenwerkt met lokale actoren en bijdraagt aan de samenhang van de regio.',
  'dimensions.territorial.sources.0.label':
    'Zelfevaluatie van maatschappelijk nut: de Avise-handleiding van Hélène Duclos (2007) en de synthese van COORACE (2013)',
  'dimensions.territorial.sources.1.label':
    'De dimensies die de Franse regionale kamers van de sociale en solidaire economie hanteren',
  'dimensions.territorial.sources.2.label':
    'De criteria van maatschappelijk nut in de Franse wet van 2014 op de sociale en solidaire economie',
  'dimensions.territorial.criteria.territorial-anchoring.title': 'Lokale verankering',
  'dimensions.territorial.criteria.territorial-anchoring.description':
    'De activiteit beantwoordt aan behoeften in de regio en steunt op de hulpbronnen ervan.',
  'dimensions.territorial.criteria.territorial-anchoring.guidance':
    'Vraag het de directie en wie de aankopen doet; gebruik de boekhouding, de lijst van leveranciers en eventuele studies van lokale behoeften.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-study.title':
    'Hebt u in de afgelopen drie jaar een studie van lokale behoeften uitgevoerd of eraan bijgedragen?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.title':
    'Onze activiteiten beantwoorden aan behoeften die mensen in de regio hebben geuit.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.label':
    'Nog niet',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.label':
    'Beginnend',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.label':
    'Ingeburgerd',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.label':
    'Voorbeeldig',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-needs-response.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.title':
    'Welk deel van uw aankopen gaat naar leveranciers die in uw regio gevestigd zijn?',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.description':
    'Uitgaven bij lokale leveranciers gedeeld door de totale aankopen, over het laatste boekjaar.',
  'dimensions.territorial.criteria.territorial-anchoring.indicators.territorial-anchoring-local-purchasing.unit': '%',
  'dimensions.territorial.criteria.territorial-cooperation.title': 'Samenwerking met lokale actoren',
  'dimensions.territorial.criteria.territorial-cooperation.description':
    'De organisatie werkt samen met andere organisaties, bedrijven en overheidsinstanties in haar regio.',
  'dimensions.territorial.criteria.territorial-cooperation.guidance':
    'Maak met het team een lijst van uw partners; tel alleen partnerschappen die in de afgelopen twaalf maanden tot een gezamenlijke actie hebben geleid, zoals een overeenkomst of een gedeeld project.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.title':
    'Hoeveel actieve partnerschappen hebt u met lokale organisaties?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-partnerships.unit':
    'partnerschappen',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-network.title':
    'Bent u lid van een lokaal of regionaal netwerk van de sociale en solidaire economie?',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.title':
    'We delen middelen zoals ruimtes, uitrusting of vaardigheden met andere lokale organisaties.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.label':
    'Nog niet',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.label':
    'Beginnend',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.label':
    'Ingeburgerd',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.label':
    'Voorbeeldig',
  'dimensions.territorial.criteria.territorial-cooperation.indicators.territorial-cooperation-pooling.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.territorial.criteria.territorial-cohesion.title': 'Territoriale samenhang',
  'dimensions.territorial.criteria.territorial-cohesion.description':
    'De activiteit helpt mensen in de hele regio, ook op plaatsen met weinig voorzieningen, toegang te krijgen tot wat ze nodig hebben.',
  'dimensions.territorial.criteria.territorial-cohesion.guidance':
    'Vraag het de mensen die de dienst verlenen en enkele gebruikers; gebruik bezoekcijfers per woonplaats en wat gebruikers u vertellen.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-underserved-areas.title':
    'Bereikt uw activiteit landelijke gebieden of wijken met weinig voorzieningen?',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.title':
    'Onze diensten zijn goed bereikbaar: openingstijden, vervoer, prijzen en ruimtes.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.label':
    'Nog niet',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.label':
    'Beginnend',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.label':
    'Ingeburgerd',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.label':
    'Voorbeeldig',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-accessibility.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.territorial.criteria.territorial-cohesion.indicators.territorial-cohesion-example.title':
    'Beschrijf een manier waarop uw activiteit het dagelijks leven in uw regio heeft veranderd.',
  'dimensions.economic.title': 'Economisch nut',
  'dimensions.economic.description':
    'Hoe de organisatie economische waarde creëert en deelt, haar middelen veiligstelt en goede banen biedt.',
  'dimensions.economic.sources.0.label':
    'De dimensies die de Franse regionale kamers van de sociale en solidaire economie hanteren',
  'dimensions.economic.sources.1.label':
    'Zelfevaluatie van maatschappelijk nut: de Avise-handleiding van Hélène Duclos (2007) en de synthese van COORACE (2013)',
  'dimensions.economic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016–2019)',
  'dimensions.economic.sources.3.label': 'De vijf dimensies van impact van het Impact Management Project',
  'dimensions.economic.sources.4.label': 'De acht principes van maatschappelijke waarde van Social Value International',
  'dimensions.economic.criteria.economic-resources.title': 'Gevarieerde en gezonde middelen',
  'dimensions.economic.criteria.economic-resources.description':
    'De organisatie combineert verschillende soorten inkomsten en kan vooruitplannen.',
  'dimensions.economic.criteria.economic-resources.guidance':
    'Werk samen met wie de boekhouding bijhoudt; gebruik de laatste twee boekjaren en de begroting.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.title':
    'Hoeveel soorten inkomsten hebt u (verkoop, overheidsfinanciering, giften, lidmaatschapsbijdragen, andere)?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-income-types.unit':
    'soorten inkomsten',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-volunteer-time.title':
    'Houdt u de tijd bij die vrijwilligers aan de organisatie geven?',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.title':
    'Onze financiële situatie stelt ons in staat minstens een jaar vooruit te plannen.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.label': 'Nog niet',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.label': 'Beginnend',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.label':
    'Ingeburgerd',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.label':
    'Voorbeeldig',
  'dimensions.economic.criteria.economic-resources.indicators.economic-resources-planning.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.economic.criteria.economic-jobs.title': 'Banen van goede kwaliteit',
  'dimensions.economic.criteria.economic-jobs.description':
    'De organisatie biedt stabiele banen, opleiding en goede arbeidsomstandigheden.',
  'dimensions.economic.criteria.economic-jobs.guidance':
    'Gebruik het personeelsregister en het opleidingsplan; houd voor de stelling een korte anonieme enquête onder het personeel.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.title':
    'Welk deel van uw personeel heeft een contract van onbepaalde duur?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-permanent-contracts.unit': '%',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.title':
    'Hoeveel uur opleiding krijgt elke werknemer gemiddeld per jaar?',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-training-hours.unit':
    'uur per werknemer per jaar',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.title':
    'Het personeel is tevreden over de arbeidsomstandigheden.',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.1.label':
    'Helemaal niet mee eens',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.2.label':
    'Niet mee eens',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.3.label':
    'Niet mee eens en niet mee oneens',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.4.label': 'Mee eens',
  'dimensions.economic.criteria.economic-jobs.indicators.economic-jobs-working-conditions.levels.5.label':
    'Helemaal mee eens',
  'dimensions.economic.criteria.economic-value.title': 'Gecreëerde en gedeelde waarde',
  'dimensions.economic.criteria.economic-value.description':
    'Wat de activiteit bijdraagt aan de lokale economie, en waarvoor het overschot wordt gebruikt.',
  'dimensions.economic.criteria.economic-value.guidance':
    'Bespreek het met het bestuur en het team; eis geen veranderingen op die toch zouden zijn gebeurd of die anderen tot stand hebben gebracht.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-surplus-reinvested.title':
    'Wordt een eventueel overschot opnieuw in het project geïnvesteerd in plaats van als winst te worden uitgekeerd?',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.title':
    'We kunnen aangeven welk deel van de waargenomen veranderingen aan ons eigen handelen te danken is.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.label': 'Nog niet',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.label': 'Beginnend',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.label': 'Ingeburgerd',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.label': 'Voorbeeldig',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-contribution.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.economic.criteria.economic-value.indicators.economic-value-new-activity.title':
    'Beschrijf een product, dienst of baan die zonder u niet zou bestaan in uw regio.',
  'dimensions.social.title': 'Sociale cohesie en menselijke ontwikkeling',
  'dimensions.social.description':
    'Hoe de organisatie mensen in kwetsbare situaties ondersteunt, ongelijkheden vermindert, sociale banden versterkt en mensen helpt zich te ontplooien.',
  'dimensions.social.sources.0.label': 'De definitie van maatschappelijk nut van Jean Gadrey',
  'dimensions.social.sources.1.label':
    'De criteria van maatschappelijk nut in de Franse wet van 2014 op de sociale en solidaire economie',
  'dimensions.social.sources.2.label': 'De vijf dimensies van impact van het Impact Management Project',
  'dimensions.social.sources.3.label': 'De acht principes van maatschappelijke waarde van Social Value International',
  'dimensions.social.criteria.social-inclusion.title': 'Ondersteuning van kwetsbare mensen',
  'dimensions.social.criteria.social-inclusion.description':
    'De activiteit bereikt mensen die het moeilijk hebben en helpt hen op duurzame wijze.',
  'dimensions.social.criteria.social-inclusion.guidance':
    'Vraag het de medewerkers die met begunstigden werken; gebruik geanonimiseerde begeleidingsgegevens, nooit persoonlijke dossiers.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.title':
    'Welk deel van de mensen die u ondersteunt, heeft te maken met economische of sociale moeilijkheden?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-reach.unit': '%',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-affordable.title':
    'Past u prijzen of voorwaarden aan zodat mensen met een laag inkomen kunnen deelnemen?',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.title':
    'De ondersteuning die we bieden leidt tot blijvende resultaten, zoals een baan, huisvesting of een opleiding.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.label': 'Nog niet',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.label':
    'Beginnend',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.label':
    'Ingeburgerd',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.label':
    'Voorbeeldig',
  'dimensions.social.criteria.social-inclusion.indicators.social-inclusion-lasting-outcomes.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.social.criteria.social-ties.title': 'Sociale banden en gezelligheid',
  'dimensions.social.criteria.social-ties.description': 'De activiteit brengt mensen samen en doorbreekt isolement.',
  'dimensions.social.criteria.social-ties.guidance':
    'Vraag het de deelnemers rechtstreeks, in een korte enquête of een groepsgesprek, en noteer wat ze zeggen in hun eigen woorden.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-meeting-places.title':
    'Biedt u plaatsen of momenten waar mensen samenkomen die elkaar anders niet zouden ontmoeten?',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.title':
    'Deelnemers voelen zich minder geïsoleerd sinds ze aan onze activiteiten deelnemen.',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.1.label': 'Helemaal niet mee eens',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.2.label': 'Niet mee eens',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.3.label':
    'Niet mee eens en niet mee oneens',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.4.label': 'Mee eens',
  'dimensions.social.criteria.social-ties.indicators.social-ties-isolation.levels.5.label': 'Helemaal mee eens',
  'dimensions.social.criteria.social-ties.indicators.social-ties-reported-change.title':
    'Beschrijf een verandering waarover uw begunstigden vertellen.',
  'dimensions.social.criteria.social-development.title': 'Menselijke ontwikkeling',
  'dimensions.social.criteria.social-development.description':
    'De activiteit helpt mensen te leren, voor hun gezondheid te zorgen en zelfstandiger te worden.',
  'dimensions.social.criteria.social-development.guidance':
    'Gebruik opleidings- en aanwezigheidsregistraties; vraag begunstigden hoe zij hun eigen vooruitgang zien, idealiter bij hun aankomst en bij hun vertrek.',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.title':
    'Hoeveel mensen hebben dit jaar dankzij uw activiteit een vaardigheid of een kwalificatie verworven?',
  'dimensions.social.criteria.social-development.indicators.social-development-skills.unit': 'personen',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.title':
    'Begunstigden zeggen dat de activiteit hun gezondheid of welzijn heeft verbeterd.',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.1.label':
    'Helemaal niet mee eens',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.2.label':
    'Niet mee eens',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.3.label':
    'Niet mee eens en niet mee oneens',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.4.label': 'Mee eens',
  'dimensions.social.criteria.social-development.indicators.social-development-wellbeing.levels.5.label':
    'Helemaal mee eens',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.title':
    'De mensen die we ondersteunen, worden beter in staat om zelf te handelen.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.label': 'Nog niet',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.label': 'Beginnend',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.label': 'Ingeburgerd',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.label': 'Voorbeeldig',
  'dimensions.social.criteria.social-development.indicators.social-development-autonomy.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.democratic.title': 'Democratie en burgerschap',
  'dimensions.democratic.description':
    'Hoe de organisatie macht deelt, actief burgerschap aanmoedigt en met anderen samenwerkt aan het algemeen belang.',
  'dimensions.democratic.sources.0.label':
    'De dimensies die de Franse regionale kamers van de sociale en solidaire economie hanteren',
  'dimensions.democratic.sources.1.label':
    'De criteria van maatschappelijk nut in de Franse wet van 2014 op de sociale en solidaire economie',
  'dimensions.democratic.sources.2.label': 'VISES (Interreg France-Wallonie-Vlaanderen, 2016–2019)',
  'dimensions.democratic.sources.3.label':
    'De acht principes van maatschappelijke waarde van Social Value International',
  'dimensions.democratic.criteria.democratic-governance.title': 'Gedeeld bestuur',
  'dimensions.democratic.criteria.democratic-governance.description':
    'Beslissingen worden collectief genomen, en de betrokkenen hebben inspraak.',
  'dimensions.democratic.criteria.democratic-governance.guidance':
    'Gebruik de statuten, de notulen van vergaderingen en de aanwezigheidslijsten; vraag bestuursleden en medewerkers hoe beslissingen in de praktijk worden genomen.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-voting-rule.title':
    'Heeft elk lid één stem, ongeacht zijn financiële inbreng?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.title':
    'Begunstigden, medewerkers, vrijwilligers en partners hebben een plaats in de organen waar beslissingen worden genomen.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.label':
    'Nog niet',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.label':
    'Beginnend',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.label':
    'Ingeburgerd',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.label':
    'Voorbeeldig',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-stakeholders.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.title':
    'Welk deel van de leden was aanwezig op uw laatste algemene vergadering?',
  'dimensions.democratic.criteria.democratic-governance.indicators.democratic-governance-attendance.unit': '%',
  'dimensions.democratic.criteria.democratic-citizenship.title': 'Actief burgerschap',
  'dimensions.democratic.criteria.democratic-citizenship.description':
    'De organisatie biedt mensen manieren om zich in te zetten en het openbare leven te begrijpen.',
  'dimensions.democratic.criteria.democratic-citizenship.guidance':
    'Tel de vrijwilligers die in de afgelopen drie maanden minstens één keer hebben meegedaan; vraag deelnemers of ze zich gehoord voelen.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.title':
    'Hoeveel vrijwilligers zijn actief in uw organisatie?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-volunteers.unit': 'personen',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-education.title':
    'Organiseert u activiteiten die mensen helpen het openbare leven te begrijpen en eraan deel te nemen?',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.title':
    'Deelnemers hebben het gevoel dat hun mening telt in de organisatie.',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.1.label':
    'Helemaal niet mee eens',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.2.label':
    'Niet mee eens',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.3.label':
    'Niet mee eens en niet mee oneens',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.4.label':
    'Mee eens',
  'dimensions.democratic.criteria.democratic-citizenship.indicators.democratic-citizenship-voice.levels.5.label':
    'Helemaal mee eens',
  'dimensions.democratic.criteria.democratic-general-interest.title': 'Samen het algemeen belang vormgeven',
  'dimensions.democratic.criteria.democratic-general-interest.description':
    'De organisatie neemt deel aan het publieke debat en aan de vormgeving van lokaal beleid, en is open over wat ze doet.',
  'dimensions.democratic.criteria.democratic-general-interest.guidance':
    'Maak met het bestuur een lijst van de inspraakmomenten, werkgroepen en publieke debatten waaraan u dit jaar hebt deelgenomen; bewaar notulen of brieven als bewijs.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.title':
    'We dragen bij aan lokaal overheidsbeleid via inspraakprocedures, werkgroepen of voorstellen.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.label':
    'Nog niet',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.label':
    'Beginnend',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.label':
    'Ingeburgerd',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.label':
    'Voorbeeldig',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-public-policy.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-transparency.title':
    'Kan iedereen die erom vraagt uw jaarrekening en uw activiteitenverslag inzien?',
  'dimensions.democratic.criteria.democratic-general-interest.indicators.democratic-general-interest-example.title':
    'Beschrijf een publiek debat of een beslissing die u mee hebt helpen vormgeven.',
  'dimensions.democratic.criteria.democratic-evaluation.title': 'Evaluatie met belanghebbenden',
  'dimensions.democratic.criteria.democratic-evaluation.description':
    'De mensen die door de activiteit worden geraakt, beslissen mee over wat wordt geëvalueerd en krijgen de resultaten te horen.',
  'dimensions.democratic.criteria.democratic-evaluation.guidance':
    'Blik terug op uw laatste evaluatie: wie koos de vragen, wie werd geïnterviewd en wie ontving de resultaten.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.title':
    'Begunstigden en partners helpen kiezen wat we evalueren en hoe.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.label':
    'Nog niet',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.label':
    'Beginnend',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.label':
    'Ingeburgerd',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.label':
    'Voorbeeldig',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-involvement.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.democratic.criteria.democratic-evaluation.indicators.democratic-evaluation-feedback.title':
    'Deelt u de resultaten van uw evaluaties met de mensen die eraan hebben deelgenomen?',
  'dimensions.ecological.title': 'Ecologische transitie',
  'dimensions.ecological.description':
    'Hoe de organisatie haar effecten op het milieu beperkt en anderen helpt hetzelfde te doen.',
  'dimensions.ecological.sources.0.label':
    'De dimensies die de Franse regionale kamers van de sociale en solidaire economie hanteren',
  'dimensions.ecological.sources.1.label': 'De definitie van maatschappelijk nut van Jean Gadrey',
  'dimensions.ecological.sources.2.label':
    'De criteria van maatschappelijk nut in de Franse wet van 2014 op de sociale en solidaire economie',
  'dimensions.ecological.sources.3.label': 'De vijf dimensies van impact van het Impact Management Project',
  'dimensions.ecological.criteria.ecological-resources.title': 'Zuinig gebruik van hulpbronnen',
  'dimensions.ecological.criteria.ecological-resources.description':
    'De organisatie gebruikt minder energie en materiaal, en hergebruikt wat ze kan.',
  'dimensions.ecological.criteria.ecological-resources.guidance':
    'Gebruik energiefacturen, gegevens over de afvalinzameling en de inventaris van de uitrusting; vraag het de persoon die verantwoordelijk is voor de gebouwen.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.title':
    'Welk deel van uw afval wordt gescheiden, hergebruikt of gerecycled?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-waste-sorted.unit': '%',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-reuse.title':
    'Herstelt, deelt of koopt u tweedehands voordat u nieuwe uitrusting koopt?',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.title':
    'We houden ons energieverbruik bij en ondernemen actie om het te verminderen.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.label':
    'Nog niet',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.label':
    'Beginnend',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.label':
    'Ingeburgerd',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.label':
    'Voorbeeldig',
  'dimensions.ecological.criteria.ecological-resources.indicators.ecological-resources-energy.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.ecological.criteria.ecological-practices.title': 'Verantwoorde praktijken',
  'dimensions.ecological.criteria.ecological-practices.description':
    'Bij aankopen, dienstreizen en bewustwording wordt rekening gehouden met het milieu.',
  'dimensions.ecological.criteria.ecological-practices.guidance':
    'Vraag medewerkers hun dienstreizen gedurende een typische maand te noteren; neem de aankoopregels door met wie ze toepast.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.title':
    'Welk deel van de dienstreizen gebeurt te voet, met de fiets, met het openbaar vervoer of via carpooling?',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-low-carbon-travel.unit': '%',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.title':
    'Onze aankoopkeuzes houden rekening met milieucriteria.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.label':
    'Nog niet',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.label':
    'Beginnend',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.label':
    'Ingeburgerd',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.label':
    'Voorbeeldig',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-purchasing.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.ecological.criteria.ecological-practices.indicators.ecological-practices-awareness.title':
    'Maakt u medewerkers, vrijwilligers of het publiek bewust van milieuvraagstukken?',
  'dimensions.ecological.criteria.ecological-effects.title': 'Milieueffecten van de activiteit',
  'dimensions.ecological.criteria.ecological-effects.description':
    'De organisatie kent de schade die haar activiteit aan het milieu kan toebrengen, en het goede dat ze doet.',
  'dimensions.ecological.criteria.ecological-effects.guidance':
    'Loop de activiteit stap voor stap door met het team; maak onderscheid tussen wat gemeten en wat alleen geschat wordt.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.title':
    'We kennen de belangrijkste risico’s van onze activiteit voor het milieu en ondernemen actie om ze te beperken.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.label': 'Nog niet',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.0.description':
    'Er is nog niets ingevoerd.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.label': 'Beginnend',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.1.description':
    'Er zijn eerste stappen gezet, maar niet op regelmatige basis.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.label': 'Ingeburgerd',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.2.description':
    'Deel van de dagelijkse praktijk en in de tijd gevolgd.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.label': 'Voorbeeldig',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-risks.levels.3.description':
    'Volledig ingevoerd, regelmatig herzien en met anderen gedeeld.',
  'dimensions.ecological.criteria.ecological-effects.indicators.ecological-effects-benefit.title':
    'Beschrijf een voordeel van uw activiteit voor het milieu.',
} satisfies Translation;

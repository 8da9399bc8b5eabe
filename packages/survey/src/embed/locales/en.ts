// English strings of <devisus-survey-embed>: the source of every other locale.
// {{provider}} is the service's name (or the site's host when unknown); {{receiver}} is who gets the
// visitor's data: the service, or the server that runs its software; {{host}} is the survey's host.
export default {
  title: 'Survey on {{provider}}',
  consent: {
    hosted: 'This survey is hosted by {{provider}} ({{host}}).',
    selfHosted: 'This survey runs on {{provider}}, on the server {{host}}.',
    unknown: 'This survey is on another site: {{host}}.',
    shares:
      'If you load it here, {{receiver}} will receive your IP address and may set cookies in your browser. Nothing is loaded from it until you choose.',
    privacy: 'Read the privacy policy of {{provider}}',
    website: 'Visit the website of {{provider}}',
    remember:
      'If you load it, this browser will remember your choice and load surveys from {{receiver}} straight away next time.',
    load: 'Load the survey',
    newTab: 'Open in a new tab',
  },
  frame: {
    newTab: 'Open the survey in a new tab',
    forget: 'Forget my choice for {{receiver}}',
    notSaved: 'Your choice could not be saved in this browser: you will be asked again next time.',
  },
  error: {
    noSrc: 'The survey cannot be shown: its address is missing (the src attribute).',
    unsafe: 'The survey cannot be shown: “{{src}}” is not a web address starting with https:// or http://.',
  },
};

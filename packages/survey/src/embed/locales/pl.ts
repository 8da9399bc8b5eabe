export default {
  title: 'Ankieta w serwisie {{provider}}',
  consent: {
    hosted: 'Ta ankieta jest hostowana przez {{provider}} ({{host}}).',
    selfHosted: 'Ta ankieta działa na {{provider}}, na serwerze {{host}}.',
    unknown: 'Ta ankieta znajduje się w innej witrynie: {{host}}.',
    shares:
      'Jeśli wczytasz ją tutaj, {{receiver}} otrzyma Twój adres IP i może zapisać pliki cookie w Twojej przeglądarce. Nic nie zostanie z niej wczytane, dopóki nie zdecydujesz.',
    privacy: 'Przeczytaj politykę prywatności {{provider}}',
    website: 'Odwiedź stronę internetową {{provider}}',
    remember:
      'Jeśli ją wczytasz, ta przeglądarka zapamięta Twój wybór i następnym razem od razu wczyta ankiety z {{receiver}}.',
    load: 'Wczytaj ankietę',
    newTab: 'Otwórz w nowej karcie',
  },
  frame: {
    newTab: 'Otwórz ankietę w nowej karcie',
    forget: 'Zapomnij mój wybór dla {{receiver}}',
    notSaved: 'Nie udało się zapisać Twojego wyboru w tej przeglądarce: następnym razem pytanie pojawi się ponownie.',
  },
  error: {
    noSrc: 'Nie można wyświetlić ankiety: brak jej adresu (atrybut src).',
    unsafe:
      'Nie można wyświetlić ankiety: „{{src}}” nie jest adresem internetowym zaczynającym się od https:// lub http://.',
  },
};

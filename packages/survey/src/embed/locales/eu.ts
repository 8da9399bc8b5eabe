export default {
  title: 'Inkesta: {{provider}}',
  consent: {
    hosted: 'Inkesta honen ostatatzailea: {{provider}} ({{host}}).',
    selfHosted: 'Inkesta hau {{provider}} softwarearekin dabil, zerbitzari honetan: {{host}}.',
    unknown: 'Inkesta hau beste webgune batean dago: {{host}}.',
    shares:
      'Hemen kargatzen baduzu, hartzaile honek zure IP helbidea jasoko du eta cookieak jar ditzake zure nabigatzailean: {{receiver}}. Ez da handik ezer kargatzen zuk aukeratu arte.',
    privacy: 'Irakurri pribatutasun-politika: {{provider}}',
    website: 'Bisitatu webgunea: {{provider}}',
    remember:
      'Kargatzen baduzu, nabigatzaile honek zure aukera gogoratuko du, eta hurrengoan zuzenean kargatuko ditu hemengo inkestak: {{receiver}}.',
    load: 'Kargatu inkesta',
    newTab: 'Ireki fitxa berri batean',
  },
  frame: {
    newTab: 'Ireki inkesta fitxa berri batean',
    forget: 'Ahaztu nire aukera: {{receiver}}',
    notSaved: 'Ezin izan da zure aukera gorde nabigatzaile honetan: hurrengoan berriro galdetuko zaizu.',
  },
  error: {
    noSrc: 'Ezin da inkesta erakutsi: helbidea falta da (src atributua).',
    unsafe: 'Ezin da inkesta erakutsi: «{{src}}» ez da https:// edo http:// hasiera duen web-helbide bat.',
  },
};

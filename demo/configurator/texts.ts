/**
 * Every text of the snippet configurator, in Dutch (its default) and English: the page's
 * own words (filled into `data-text` elements), its messages, and the comments it writes
 * into the snippet. One table, so a test can check that every key has both languages and
 * that an English page shows no Dutch. `{0}`, `{1}` are filled in by `text()`.
 */
export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const TEXTS = {
  // ---- the page ----
  'page.title': {
    nl: 'Fragmentmaker · Rugwijzer',
    en: 'Snippet configurator · Rugwijzer',
  },
  'page.description': {
    nl: 'Kies Rugwijzer-elementen en hun instellingen, bekijk ze op telefoon- en computerbreedte en kopieer de HTML voor uw site.',
    en: 'Choose Rugwijzer elements and their settings, see them at phone and desktop width and copy the HTML for your site.',
  },
  'page.heading': { nl: 'Fragmentmaker', en: 'Snippet configurator' },
  'page.intro': {
    nl: 'Kies de elementen voor uw pagina en vul hun instellingen in. Het voorbeeld toont ze zoals uw bezoekers ze zien; kopieer het fragment naar uw webpagina (in uw CMS: een HTML-blok).',
    en: 'Choose the elements for your page and fill in their settings. The preview shows them as your visitors will see them; copy the snippet into your web page (in your CMS, an HTML block).',
  },
  'page.guide': {
    nl: 'Handleiding voor webredacteuren: WordPress, Wix, Google Sites en Squarespace',
    en: 'Guide for web editors (in Dutch): WordPress, Wix, Google Sites and Squarespace',
  },
  'page.nav': { nl: 'Deze pagina', en: 'This page' },
  'page.toSnippet': { nl: 'Naar het fragment', en: 'To the snippet' },
  'page.toPreview': { nl: 'Naar het voorbeeld', en: 'To the preview' },
  'page.toDemo': { nl: 'Terug naar de demo', en: 'Back to the demo' },
  'page.language': { nl: 'Taal van deze pagina', en: 'Language of this page' },

  // ---- the elements ----
  'settings.heading': { nl: 'Instellingen', en: 'Settings' },
  'elements.legend': { nl: 'Elementen', en: 'Elements' },
  'elements.hint': {
    nl: 'Kies er één of meer. Ze komen in het fragment in de volgorde waarin u ze aanvinkt.',
    en: 'Choose one or more. They are in the snippet in the order you tick them.',
  },
  'elements.order': { nl: 'Volgorde op de pagina: {0}.', en: 'Order on the page: {0}.' },
  'elements.none': {
    nl: 'Kies minstens één element; zonder keuze is er geen fragment.',
    en: 'Choose at least one element; without one there is no snippet.',
  },
  'element.rug-contact-card': { nl: 'Contactkaart', en: 'Contact card' },
  'element.rug-info-accordion': { nl: 'Patiëntinformatie', en: 'Patient information' },
  'element.rug-course-checker': { nl: 'Herstelcheck', en: 'Recovery check' },

  // ---- the contact card ----
  'card.legend': { nl: 'Contactkaart: de praktijk', en: 'Contact card: the clinic' },
  'card.hint': {
    nl: 'Laat alle velden leeg voor de standaardpraktijk (Fysio Cura Plaza, Hoofddorp). Zodra u er één invult, toont de kaart alleen wat u invult.',
    en: 'Leave every field empty for the default clinic (Fysio Cura Plaza, Hoofddorp). Once you fill in one, the card shows only what you fill in.',
  },
  'card.name': { nl: 'Naam', en: 'Name' },
  'card.phone': { nl: 'Telefoon', en: 'Phone' },
  'card.phone.hint': {
    nl: 'Zoals mensen het lezen, bijvoorbeeld 088-3270000.',
    en: 'As people read it, such as 088-3270000.',
  },
  'card.email': { nl: 'E-mail', en: 'Email' },
  'card.website': { nl: 'Website', en: 'Website' },
  'card.website.hint': {
    nl: 'Bijvoorbeeld www.voorbeeld.nl of https://voorbeeld.nl.',
    en: 'Such as www.example.nl or https://example.nl.',
  },
  'card.address': { nl: 'Adres', en: 'Address' },
  'card.booking': { nl: 'Adres voor online afspraken', en: 'Booking URL' },
  'card.booking.hint': {
    nl: 'Waar mensen online een afspraak maken: https://… of een pad op uw site, zoals /afspraak.',
    en: 'Where people make an appointment online: https://… or a path on your site, such as /afspraak.',
  },
  'card.hours': { nl: 'Openingstijden', en: 'Opening hours' },
  'card.hours.hint': {
    nl: 'Dagen Mo Tu We Th Fr Sa Su (Engelse afkortingen), gescheiden door puntkomma’s: Mo-Fr 08:00-18:00; Sa 09:00-12:00. De kaart toont de dagnamen in de taal van de pagina.',
    en: 'Days Mo Tu We Th Fr Sa Su, separated by semicolons: Mo-Fr 08:00-18:00; Sa 09:00-12:00. The card shows the day names in the page’s language.',
  },
  'therapists.legend': { nl: 'Therapeuten', en: 'Therapists' },
  'therapists.add': { nl: 'Therapeut toevoegen', en: 'Add a therapist' },
  'therapist.legend': { nl: 'Therapeut {0}', en: 'Therapist {0}' },
  'therapist.name': { nl: 'Naam', en: 'Name' },
  'therapist.role': { nl: 'Functie', en: 'Role' },
  'therapist.remove': { nl: 'Verwijderen', en: 'Remove' },
  'therapist.which': { nl: ' therapeut {0}', en: ' therapist {0}' },
  'card.structuredData': {
    nl: 'Gestructureerde gegevens voor zoekmachines',
    en: 'Structured data for search engines',
  },
  'card.structuredData.hint': {
    nl: 'Voegt de gegevens van de praktijk toe als schema.org-gegevens, voor lokale zoekresultaten.',
    en: 'Adds the clinic’s details as schema.org data, for local search results.',
  },

  // ---- the accordion ----
  'accordion.legend': { nl: 'Patiëntinformatie', en: 'Patient information' },
  'accordion.sections': {
    nl: 'Onderdelen (in deze volgorde getoond)',
    en: 'Sections (shown in this order)',
  },
  'accordion.open': { nl: 'Open bij het laden van de pagina', en: 'Open when the page loads' },
  'accordion.exclusive': {
    nl: 'Eén onderdeel tegelijk open',
    en: 'One section open at a time',
  },
  'accordion.exclusive.hint': {
    nl: 'Een onderdeel openen sluit het andere; van de onderdelen die bij het laden open zijn, opent alleen het eerste.',
    en: 'Opening a section closes the other one; of the sections open when the page loads, only the first opens.',
  },
  'accordion.headingLevel': {
    nl: 'Kopniveau van de onderdelen',
    en: 'Heading level of the sections',
  },
  'accordion.headingLevel.hint': {
    nl: 'Eén lager dan de kop boven de uitklaplijst op uw pagina: onder een h2 kiest u 3.',
    en: 'One below the heading above the accordion on your page: under an h2, choose 3.',
  },
  'section.what': { nl: 'Wat is lage rugpijn?', en: 'What is low back pain?' },
  'section.spine': { nl: 'De lage rug', en: 'The lower back' },
  'section.specific': { nl: 'Specifieke lage rugpijn', en: 'Specific low back pain' },
  'section.aspecific': { nl: 'Aspecifieke lage rugpijn', en: 'Non-specific low back pain' },
  'section.normal-course': {
    nl: 'Normaal beloop van aspecifieke lage rugpijn',
    en: 'Normal course of non-specific low back pain',
  },
  'section.deviant-course': {
    nl: 'Afwijkend beloop van aspecifieke lage rugpijn',
    en: 'Abnormal course of non-specific low back pain',
  },
  'section.treatment': { nl: 'Behandeling: blijf in beweging', en: 'Treatment: keep moving' },
  'section.origene': { nl: 'OriGENE Rugtherapie', en: 'OriGENE back therapy' },
  'section.more-info': { nl: 'Meer informatie?', en: 'More information?' },

  // ---- the course checker ----
  'checker.legend': { nl: 'Herstelcheck', en: 'Recovery check' },
  'checker.contactUrl': { nl: 'Adres voor contact', en: 'Contact URL' },
  'checker.contactUrl.hint': {
    nl: 'Waar het advies om contact op te nemen met een fysiotherapeut naar linkt: https://… of een pad op uw site. Laat het leeg om naar een contactkaart op dezelfde pagina te wijzen.',
    en: 'Where the advice to contact a physiotherapist links to: https://… or a path on your site. Leave it empty to point to a contact card on the same page.',
  },

  // ---- language, colours ----
  'lang.legend': { nl: 'Taal van de elementen', en: 'Language of the elements' },
  'lang.hint': {
    nl: 'De taal waarin uw bezoekers de elementen zien, los van de taal van deze pagina. Alle elementen op één pagina hebben dezelfde taal.',
    en: 'The language your visitors see the elements in, apart from the language of this page. All elements on one page share one language.',
  },
  'colours.legend': { nl: 'Kleuren', en: 'Colours' },
  'colours.hint': {
    nl: 'Alleen de kleuren die u wijzigt komen in het fragment, voor alle gekozen elementen; de andere blijven die van de elementen zelf.',
    en: 'Only the colours you change go into the snippet, for all chosen elements; the others stay the elements’ own.',
  },
  'colours.failed': {
    nl: 'De kleuren konden niet geladen worden ({0}).',
    en: 'The colours could not be loaded ({0}).',
  },
  'facts.failed': {
    nl: 'De gegevens van de build konden niet geladen worden ({0}): voer eerst npm run build uit.',
    en: 'The build’s figures could not be loaded ({0}): run npm run build first.',
  },
  'colour.reset': { nl: 'Terugzetten', en: 'Reset' },
  'colour.changed': { nl: '{0}: {1}, gewijzigd', en: '{0}: {1}, changed' },
  'colour.default': { nl: '{0}: {1}, de standaard', en: '{0}: {1}, the default' },
  'colour.--rug-color-text': { nl: 'Tekst', en: 'Text' },
  'colour.--rug-color-text.hint': { nl: 'De kleur van de tekst.', en: 'Text colour.' },
  'colour.--rug-color-heading': { nl: 'Koppen', en: 'Heading' },
  'colour.--rug-color-heading.hint': {
    nl: 'Naam van de praktijk, koppen van de onderdelen.',
    en: 'The clinic’s name, the section headers.',
  },
  'colour.--rug-color-muted': { nl: 'Gedempt', en: 'Muted' },
  'colour.--rug-color-muted.hint': {
    nl: 'Functies van therapeuten, toelichtingen.',
    en: 'Therapists’ roles, hints.',
  },
  'colour.--rug-color-accent': { nl: 'Accent', en: 'Accent' },
  'colour.--rug-color-accent.hint': {
    nl: 'Knoppen, pijltjes, het vinkje en de activiteitenlijn.',
    en: 'Buttons, chevrons, the checkbox and the activity line.',
  },
  'colour.--rug-color-on-accent': { nl: 'Tekst op accent', en: 'On accent' },
  'colour.--rug-color-on-accent.hint': {
    nl: 'Tekst op de hoofdknoppen.',
    en: 'Text on the main buttons.',
  },
  'colour.--rug-color-border': { nl: 'Randen', en: 'Border' },
  'colour.--rug-color-border.hint': {
    nl: 'Randen van de kaart en de vakken, lijnen tussen onderdelen.',
    en: 'Borders of the card and the boxes, lines between sections.',
  },
  'colour.--rug-color-background': { nl: 'Achtergrond', en: 'Background' },
  'colour.--rug-color-background.hint': {
    nl: 'Achtergrond van de kaart, velden, vakken en knoppen.',
    en: 'Background of the card, fields, boxes and buttons.',
  },
  'colour.--rug-color-focus': { nl: 'Focus', en: 'Focus' },
  'colour.--rug-color-focus.hint': {
    nl: 'De focusrand bij bediening met het toetsenbord.',
    en: 'The focus ring when using the keyboard.',
  },
  'colour.--rug-color-link': { nl: 'Links', en: 'Link' },
  'colour.--rug-color-link.hint': { nl: 'Links.', en: 'Links.' },
  'colour.--rug-color-hover': { nl: 'Aanwijzen', en: 'Hover' },
  'colour.--rug-color-hover.hint': {
    nl: 'Achtergrond van een kop onder de muisaanwijzer.',
    en: 'Background of a header under the pointer.',
  },
  'colour.--rug-color-error': { nl: 'Fout', en: 'Error' },
  'colour.--rug-color-error.hint': {
    nl: 'Foutmeldingen en ongeldige velden.',
    en: 'Error messages and invalid fields.',
  },
  'colour.--rug-color-urgent': { nl: 'Dringend', en: 'Urgent' },
  'colour.--rug-color-urgent.hint': {
    nl: 'Rand van het dringende advies.',
    en: 'The urgent advice’s border.',
  },
  'colour.--rug-color-warning': { nl: 'Waarschuwing', en: 'Warning' },
  'colour.--rug-color-warning.hint': {
    nl: 'Rand van het advies om naar een arts of fysiotherapeut te gaan.',
    en: 'Border of the advice to see a doctor or a physiotherapist.',
  },
  'colour.--rug-color-success': { nl: 'Normaal beloop', en: 'Success' },
  'colour.--rug-color-success.hint': {
    nl: 'Rand van de uitkomst bij een normaal beloop.',
    en: 'Border of a normal course’s result.',
  },
  'colour.--rug-color-pain': { nl: 'Pijnlijn', en: 'Pain' },
  'colour.--rug-color-pain.hint': { nl: 'De pijnlijn in de grafiek.', en: 'The pain line.' },
  'colour.--rug-color-window': { nl: 'Periode van 3 weken', en: 'Window' },
  'colour.--rug-color-window.hint': {
    nl: 'De periode van 3 weken in de grafiek.',
    en: 'The 3-week window in the chart.',
  },

  // ---- where the files come from ----
  'source.legend': { nl: 'Waar de bestanden vandaan komen', en: 'Where the files come from' },
  'source.site': { nl: 'Op onze eigen site', en: 'On our own site' },
  'source.sitePath': { nl: 'Map op uw site', en: 'Folder on your site' },
  'source.sitePath.hint': {
    nl: 'Een pad zoals /rugwijzer/, of een volledig adres dat met https:// begint.',
    en: 'A path such as /rugwijzer/, or a full address starting with https://.',
  },
  'source.upload': {
    nl: 'Zet uit de map dist/ van het pakket rugwijzer {0} deze bestanden samen in {1}: {2}.',
    en: 'From the dist/ folder of the rugwijzer {0} package, put these files together in {1}: {2}.',
  },
  'source.cdn': {
    nl: 'Van een openbare npm-CDN (jsDelivr)',
    en: 'From a public npm CDN (jsDelivr)',
  },
  'source.cdn.hint': {
    nl: 'Het pakket {0} in precies versie {1}, zoals gepubliceerd op npm; een nieuwere versie komt pas op uw site als u een nieuw fragment plakt.',
    en: 'The {0} package at exactly version {1}, as published on npm; a newer version reaches your site only when you paste a new snippet.',
  },
  'source.and': { nl: 'en', en: 'and' },
  'source.english': { nl: '{0} (de Engelse teksten)', en: '{0} (the English texts)' },
  'reserve.label': {
    nl: 'Ruimte vasthouden terwijl het script laadt',
    en: 'Reserve the space while the script loads',
  },
  'reserve.hint': {
    nl: 'Zodat de pagina niet verspringt als de elementen verschijnen (geen layout shift).',
    en: 'So the page does not jump when the elements appear (no layout shift).',
  },
  'styleIn.legend': { nl: 'Waar de stijl komt', en: 'Where the style goes' },
  'styleIn.snippet': {
    nl: 'In het fragment, als <style>-element',
    en: 'In the snippet, as a <style> element',
  },
  'styleIn.stylesheet': {
    nl: 'In het stijlblad van mijn site, als apart blok',
    en: 'In my site’s stylesheet, as a separate block',
  },
  'styleIn.stylesheet.hint': {
    nl: 'Nodig als uw site een strikt Content-Security-Policy heeft, dat een <style> in de pagina blokkeert.',
    en: 'Needed when your site has a strict Content-Security-Policy, which blocks a <style> in the page.',
  },

  // ---- the snippet and the previews ----
  'snippet.heading': { nl: 'Fragment', en: 'Snippet' },
  'snippet.label': { nl: 'HTML voor uw pagina', en: 'HTML for your page' },
  'snippet.scripts': {
    nl: 'Het fragment laadt {0} ({1} KB): het kleinste voor deze elementen.',
    en: 'The snippet loads {0} ({1} KB): the smallest for these elements.',
  },
  'stylesheet.label': {
    nl: 'CSS voor het stijlblad van uw site',
    en: 'CSS for your site’s stylesheet',
  },
  'copy.button': { nl: 'Kopiëren', en: 'Copy' },
  'copy.done': { nl: 'Gekopieerd.', en: 'Copied.' },
  'copy.selected': {
    nl: 'Geselecteerd: druk op Ctrl+C (⌘C op een Mac) om te kopiëren.',
    en: 'Selected: press Ctrl+C (⌘C on a Mac) to copy.',
  },
  'preview.heading': { nl: 'Voorbeeld', en: 'Preview' },
  'preview.hint': {
    nl: 'Elk voorbeeld is een eigen pagina met het fragment erin, zodat u het kunt proberen: onderdelen openen, met het toetsenbord werken, de knoppen gebruiken.',
    en: 'Each preview is a page of its own with the snippet in it, so you can try it: open sections, follow the keyboard, use the buttons.',
  },
  'preview.sameFiles': {
    nl: 'Het voorbeeld laadt dezelfde bestanden als het fragment, uit {0}.',
    en: 'The preview loads the same files as the snippet, from {0}.',
  },
  'preview.localFiles': {
    nl: 'Het voorbeeld laadt bestanden met dezelfde namen uit de map dist/ van deze server; op uw site komen ze van {0}.',
    en: 'The preview loads files of the same names from the dist/ folder of this server; on your site they come from {0}.',
  },
  'preview.phone': { nl: 'Telefoon, 375 px breed', en: 'Phone, 375 px wide' },
  'preview.phone.title': {
    nl: 'Voorbeeld op telefoonbreedte (375 px)',
    en: 'Preview at phone width (375 px)',
  },
  'preview.desktop': { nl: 'Computer, 1024 px breed', en: 'Desktop, 1024 px wide' },
  'preview.desktop.title': {
    nl: 'Voorbeeld op computerbreedte (1024 px)',
    en: 'Preview at desktop width (1024 px)',
  },
  'preview.page': { nl: 'Voorbeeld', en: 'Preview' },

  // ---- messages ----
  'problems.intro': {
    nl: 'Niet in het fragment opgenomen, zie de melding bij het veld: ',
    en: 'Left out of the snippet, see the message at the field: ',
  },
  'problem.url': {
    nl: 'Gebruik een adres dat met https:// begint, een domein zoals www.voorbeeld.nl of een pad op uw site zoals /afspraak. Andere soorten links worden geweigerd, dus deze staat niet in het fragment.',
    en: 'Use an address that starts with https://, a host such as www.example.nl or a path on your site such as /afspraak. Other kinds of links are refused, so this one is left out of the snippet.',
  },
  'problem.sections': {
    nl: 'Kies minstens één onderdeel. Zonder keuze toont de uitklaplijst ze allemaal.',
    en: 'Choose at least one section. Without a choice the accordion shows all of them.',
  },
  'problem.phone': {
    nl: 'Dit nummer kan niet gebeld worden. Schrijf het zoals mensen het lezen, bijvoorbeeld 088-3270000 of +31 20 123 4567. Het staat niet in het fragment.',
    en: 'This number cannot be dialled. Write it as people read it, such as 088-3270000 or +31 20 123 4567. It is left out of the snippet.',
  },
  'problem.email': {
    nl: 'Dit is geen e-mailadres zoals info@voorbeeld.nl. Het staat niet in het fragment.',
    en: 'This is not an email address such as info@example.nl. It is left out of the snippet.',
  },
  'problem.hours': {
    nl: 'Niet begrepen: {0}. Schrijf dagen en tijden zoals Mo-Fr 08:00-18:00; Sa 09:00-12:00 (dagen Mo Tu We Th Fr Sa Su).',
    en: 'Not understood: {0}. Write days and times such as Mo-Fr 08:00-18:00; Sa 09:00-12:00 (days Mo Tu We Th Fr Sa Su).',
  },
  'problem.hours.rest': {
    nl: 'Alleen de rest staat in het fragment.',
    en: 'Only the rest is in the snippet.',
  },
  'problem.hours.none': {
    nl: 'Ze staan niet in het fragment.',
    en: 'They are left out of the snippet.',
  },
  'problem.therapist': {
    nl: 'Geef de naam van deze therapeut, of verwijder de rij. Hij staat niet in het fragment.',
    en: 'Give this therapist’s name, or remove the row. It is left out of the snippet.',
  },
  'problem.sitePath': {
    nl: 'Geef de map op uw site waar de bestanden staan: een pad dat met / begint, zoals /rugwijzer/, of een adres dat met https:// begint, zonder ? of #. Zonder geldige map staat er geen script in het fragment.',
    en: 'Give the folder on your site where the files are: a path starting with /, such as /rugwijzer/, or an address starting with https://, without ? or #. Without a valid folder the snippet has no script.',
  },

  // ---- comments written into the snippet's CSS ----
  'css.accordion': {
    nl: 'Dicht: "alles tonen", dan per onderdeel een lijn en een kop van 3.15em; {0} onderdelen.',
    en: 'Closed: "show all", then per section a line and a 3.15em header; {0} sections.',
  },
  'css.accordion.one': {
    nl: 'Dicht: "alles tonen", dan per onderdeel een lijn en een kop van 3.15em; 1 onderdeel.',
    en: 'Closed: "show all", then per section a line and a 3.15em header; 1 section.',
  },
  'css.accordion.exclusive': {
    nl: 'Dicht, één tegelijk (geen "alles tonen"): per onderdeel een lijn en een kop van 3.15em; {0} onderdelen.',
    en: 'Closed, one at a time (no "show all"): per section a line and a 3.15em header; {0} sections.',
  },
  'css.accordion.exclusive.one': {
    nl: 'Dicht, één tegelijk (geen "alles tonen"): per onderdeel een lijn en een kop van 3.15em; 1 onderdeel.',
    en: 'Closed, one at a time (no "show all"): per section a line and a 3.15em header; 1 section.',
  },
  'css.accordion.narrow': {
    nl: 'In een smalle kolom lopen lange koppen over twee regels: meet daar de hoogte één keer (README, "Embedding").',
    en: 'In a narrow column long headers wrap to two lines: measure the height there once (README, "Embedding").',
  },
  'css.space': {
    nl: 'Ruimte tot het script gelopen heeft (geen layout shift).',
    en: 'Space until the script has run (no layout shift).',
  },
  'css.card.own': {
    nl: 'Ruimte tot het script gelopen heeft (geen layout shift), gemeten voor de standaardkaart: met meer of minder gegevens meet u de uwe één keer (README, "Embedding").',
    en: 'Space until the script has run (no layout shift), measured for the default card: with more or fewer details, measure yours once (README, "Embedding").',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXTS;

/** The text for `key` in `lang`, with `{0}`, `{1}`… replaced by `values`. */
export function text(lang: Lang, key: TextKey, ...values: Array<string | number>): string {
  return TEXTS[key][lang].replace(/\{(\d+)\}/g, (_, index: string) =>
    String(values[Number(index)] ?? ''),
  );
}

/** `a`, `a en b`, `a, b en c` (`and` in English). */
export function list(lang: Lang, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${text(lang, 'source.and')} ${items.at(-1)}`;
}

import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The clinic's patient information (`seed/lage-rugpijn.txt`), one `msg()` per paragraph
 * or list item so translators see whole sentences and markup stays in the templates.
 * Spelling slips of the seed are fixed; its meaning is kept.
 */
export interface ContentSection {
  title: string;
  body: TemplateResult;
}

/** The built-in sections' ids, in their default order. */
export const SECTION_IDS = [
  'what',
  'spine',
  'specific',
  'aspecific',
  'normal-course',
  'deviant-course',
  'treatment',
  'origene',
  'more-info',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** Each section's title and body in the active locale; `moreInfo` ends the last one. */
export function sectionContent(
  id: SectionId,
  moreInfo: TemplateResult | typeof nothing,
): ContentSection {
  switch (id) {
    case 'what':
      return {
        title: msg('Wat is lage rugpijn?', {
          id: 'what.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Lage rugpijn is een van de meest voorkomende lichamelijke klachten. Zo’n 60 tot 80% van de mensen krijgt een of meer keren in het leven te maken met pijn in de rug, of met meer specifieke rugklachten zoals herniaklachten.',
              { id: 'what.common' },
            )}
          </p>
          <p>
            ${msg(
              'Rugklachten bestaan meestal uit pijn in de rug (scherp, stekend en/of zeurend), stijfheid en minder goed kunnen bewegen, soms met uitstraling naar de benen (pijn of tintelingen).',
              { id: 'what.symptoms' },
            )}
          </p>
          <p>
            ${msg(
              'De pijn kan erger worden bij plotselinge bewegingen of bij activiteiten die de rug zwaarder belasten, zoals tillen of bukken. Soms is de pijn zo hevig dat iemand daardoor flink beperkt wordt in het dagelijks functioneren.',
              { id: 'what.worse' },
            )}
          </p>
        `,
      };
    case 'spine':
      return {
        title: msg('De lage rug', {
          id: 'spine.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'De lage rug (lumbale wervelkolom) is een ingenieus geheel van wervels, gewrichten, tussenwervelschijven, banden, zenuwen en spieren, die samen zorgen voor stabiliteit en beweging. Omdat dit geheel zo complex is, is er ook een zeker risico op een blessure.',
              { id: 'spine.structure' },
            )}
          </p>
          <p>
            ${msg(
              'In de wetenschap is nog veel onduidelijk over de precieze oorzaken en het ontstaan van lage rugpijn. Slechts in enkele gevallen spreken we van een specifieke aandoening.',
              { id: 'spine.science' },
            )}
          </p>
        `,
      };
    case 'specific':
      return {
        title: msg('Specifieke lage rugpijn', {
          id: 'specific.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'We spreken van specifieke lage rugpijn als er een duidelijke afwijking (pathologie) aanwezig is. Denk aan afwijkingen van de wervelkolom (zoals de ziekte van Bechterew of spondylolisthesis), botbreuken, of aandoeningen die tot zenuwproblemen leiden (zoals een hernia of kanaalstenose).',
              { id: 'specific.definition' },
            )}
          </p>
          <p>
            ${msg(
              'Wel is herhaaldelijk aangetoond dat deze afwijkingen ook voorkomen bij mensen zonder rugpijn. Dat maakt het stellen van een goede diagnose behoorlijk lastig.',
              { id: 'specific.diagnosis-hard' },
            )}
          </p>
          <p>
            ${msg(
              'Voor specifieke rugpijn zijn veel behandelingen bekend: van (gedoseerde) rust en specifieke oefenprogramma’s tot een operatie. Helaas is de kans op succes moeilijk te voorspellen, en er is niet één behandeling die succes garandeert.',
              { id: 'specific.treatments' },
            )}
          </p>
          <p>
            ${msg(
              'Een goede diagnose is daarom essentieel, en de keuze voor een behandeling hangt sterk af van de persoonlijke situatie. Soms herstelt iemand gewoon door rust te houden, soms door onder begeleiding van de fysiotherapeut de belasting op te bouwen, en soms is een operatie nodig.',
              { id: 'specific.choice' },
            )}
          </p>
        `,
      };
    case 'aspecific':
      return {
        title: msg('Aspecifieke lage rugpijn', {
          id: 'aspecific.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Het grootste deel van de rugpijn (meer dan 90%) heet ‘aspecifiek’: er is geen duidelijke oorzaak aan te wijzen. Het gaat om pijn en/of stijfheid in de rug, soms met uitstraling naar de bil of het bovenbeen.',
              { id: 'aspecific.definition' },
            )}
          </p>
          <p>
            ${msg(
              'Deze rugklachten lijken voort te komen uit overbelasting van de rug. Die kan ontstaan door een minder goede (werk)houding, minder goede (sportspecifieke) stabiliteit of vermoeidheid, en hangt ook vaak samen met meer stress en minder gezonde leefgewoonten.',
              { id: 'aspecific.overload' },
            )}
          </p>
          <p>
            ${msg(
              'In de sport zien we regelmatig overbelasting doordat oefeningen (krachttraining) verkeerd worden uitgevoerd, of doordat oefenvormen verkeerd gekozen zijn, bijvoorbeeld te eenzijdig trainen, waardoor een disbalans ontstaat.',
              { id: 'aspecific.sport' },
            )}
          </p>
        `,
      };
    case 'normal-course':
      return {
        title: msg('Normaal beloop van aspecifieke lage rugpijn', {
          id: 'normal-course.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Er is sprake van een ‘normaal beloop’ wanneer uw activiteiten en participatie (werk, sport en sociale leven) in de loop van de tijd geleidelijk toenemen, tot het niveau van voor de klachten. Vaak neemt ook de pijn af.',
              { id: 'normal-course.definition' },
            )}
          </p>
          <p>
            ${msg(
              'Dat betekent niet dat de lage rugpijn altijd helemaal verdwijnt, wel dat de rugpijn uw activiteiten en participatie niet (meer) in de weg staat.',
              { id: 'normal-course.meaning' },
            )}
          </p>
        `,
      };
    case 'deviant-course':
      return {
        title: msg('Afwijkend beloop van aspecifieke lage rugpijn', {
          id: 'deviant-course.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Er is sprake van een ‘afwijkend beloop’ als de beperkingen en participatieproblemen in de loop van de tijd niet afnemen, maar gelijk blijven of zelfs toenemen.',
              { id: 'deviant-course.definition' },
            )}
          </p>
          <p>
            ${msg(
              'We spreken van een afwijkend beloop en een vertraagd herstel als er gedurende 3 weken geen duidelijke toename van activiteiten en geen duidelijke afname van participatieproblemen is geweest.',
              { id: 'deviant-course.delayed' },
            )}
          </p>
        `,
      };
    case 'treatment':
      return {
        title: msg('Behandeling: blijf in beweging', {
          id: 'treatment.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Aspecifieke lage rugklachten herstellen meestal vanzelf, binnen enkele dagen tot weken. Het belangrijkste is (gedoseerd) te blijven bewegen: vaststaat dat stoppen met bewegen de rugpijn alleen maar erger maakt.',
              { id: 'treatment.keep-moving' },
            )}
          </p>
          <p>
            ${msg(
              'De fysiotherapeut of manueel therapeut richt de behandeling in eerste instantie op:',
              { id: 'treatment.therapist-intro' },
            )}
          </p>
          <ul>
            <li>
              ${msg('adviezen over bewegen, bijvoorbeeld specifieke rugoefeningen;', { id: 'treatment.advice' })}
            </li>
            <li>
              ${msg('het verbeteren van de beweeglijkheid van de wervelkolom;', { id: 'treatment.mobility' })}
            </li>
            <li>
              ${msg('het verminderen van de pijn, zodat bewegen en functioneren beter gaan.', {
                id: 'treatment.pain',
              })}
            </li>
          </ul>
          <p>
            ${msg(
              'Als functie en beweeglijkheid (grotendeels) hersteld zijn, is het vaak zinvol om de belastbaarheid (‘getraindheid’) van de rug te verbeteren. Voor sporters betekent dit meestal specifieke oefeningen die aansluiten bij de bewegingen van hun sport.',
              { id: 'treatment.load-capacity' },
            )}
          </p>
          <p>
            ${msg(
              'In sommige gevallen kan de fysiotherapeut een zinvolle bijdrage leveren aan het herstel van rugpijn of aan het voorkomen dat die terugkomt.',
              { id: 'treatment.contribution' },
            )}
          </p>
        `,
      };
    case 'origene':
      return {
        title: msg('OriGENE Rugtherapie', {
          id: 'origene.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Ondanks alle kennis en ervaring blijkt dat veel rugklachten niet (volledig) verdwijnen met de ‘gewone’ aanpak van lokale behandeling en oefeningen. Een bijzondere behandelmethode voor aspecifieke lage rugklachten is OriGENE Rugtherapie.',
              { id: 'origene.intro' },
            )}
          </p>
          <p>
            ${msg(
              'OriGENE Rugtherapie is een specifieke training die de beweeglijkheid van de wervelkolom verbetert en tegelijk de strekfunctie van de rug versterkt. Deze vernieuwende therapie geeft zeer goede resultaten, vaak met duidelijk minder pijn en beter functioneren, juist bij mensen die al veel behandelingen hebben gehad.',
              { id: 'origene.method' },
            )}
          </p>
          <p>
            ${msg(
              'Een behandeltraject wordt meestal gecombineerd met lokale behandeling en andere (specifieke) oefeningen, zodat de aanpak breed én gericht is. Ook veel (top)sporters hebben met succes gebruikgemaakt van OriGENE Rugtherapie.',
              { id: 'origene.combined' },
            )}
          </p>
        `,
      };
    case 'more-info':
      return {
        title: msg('Meer informatie?', {
          id: 'more-info.title',
          desc: 'Title of a section of the patient information: the button that opens it',
        }),
        body: html`
          <p>
            ${msg(
              'Wilt u meer informatie of wilt u een afspraak maken? Neem dan contact met ons op.',
              {
                id: 'more-info.invitation',
              },
            )}
          </p>
          ${moreInfo}
        `,
      };
  }
}

import { msg, str } from '@lit/localize';
import type { RedFlag } from './thresholds.js';
import type { CourseReason, Status } from './classify.js';
import type { ValidationCode } from './validate.js';

/**
 * The checker's wording, in plain language (B1), action first. Functions, so each call
 * reads the active locale. The red-flag questions are our own wording of CLINICAL.md.
 */

export function flagQuestion(flag: RedFlag): string {
  switch (flag) {
    case 'bladder-bowel':
      return msg(
        'Heeft u sinds de rugpijn moeite met plassen, of kunt u uw plas of ontlasting niet goed ophouden?',
        { id: 'checker.flag.bladder-bowel' },
      );
    case 'saddle-numbness':
      return msg(
        'Voelt u een doof of tintelend gevoel rond de anus, de geslachtsdelen of aan de binnenkant van de bovenbenen?',
        { id: 'checker.flag.saddle-numbness' },
      );
    case 'leg-weakness':
      return msg('Wordt een been of voet steeds zwakker, of zijn beide benen zwak?', {
        id: 'checker.flag.leg-weakness',
      });
    case 'trauma':
      return msg('Begon de pijn na een val of een ongeluk?', { id: 'checker.flag.trauma' });
    case 'fever':
      return msg('Heeft u koorts of voelt u zich erg ziek, naast de rugpijn?', {
        id: 'checker.flag.fever',
      });
    case 'weight-loss':
      return msg('Valt u af zonder dat u dat probeert?', { id: 'checker.flag.weight-loss' });
    case 'cancer-history':
      return msg('Heeft u kanker, of heeft u eerder kanker gehad?', {
        id: 'checker.flag.cancer-history',
      });
    case 'night-pain':
      return msg(
        'Heeft u constant pijn, ook in rust en ’s nachts, die in geen enkele houding minder wordt?',
        { id: 'checker.flag.night-pain' },
      );
    case 'age-onset':
      return msg(
        'Heeft u voor het eerst van uw leven rugpijn, en bent u jonger dan 20 of ouder dan 55?',
        { id: 'checker.flag.age-onset' },
      );
    case 'steroids':
      return msg(
        'Gebruikt u al lange tijd prednison of een vergelijkbaar medicijn (corticosteroïden)?',
        {
          id: 'checker.flag.steroids',
        },
      );
    case 'inflammatory':
      return msg(
        'Was u jonger dan 40 toen de pijn begon, bent u ’s ochtends langer dan een half uur stijf, en wordt het beter als u beweegt?',
        { id: 'checker.flag.inflammatory' },
      );
  }
}

export function statusTitle(status: Status): string {
  switch (status) {
    case 'urgent':
      return msg('Dringend: neem nu contact op met een arts', { id: 'checker.status.urgent' });
    case 'see-doctor':
      return msg('Maak binnenkort een afspraak met uw huisarts', {
        id: 'checker.status.see-doctor',
      });
    case 'too-early':
      return msg('Nog te vroeg om iets te zeggen', { id: 'checker.status.too-early' });
    case 'normal':
      return msg('Uw herstel verloopt normaal', { id: 'checker.status.normal' });
    case 'deviant':
      return msg('Uw herstel gaat langzamer dan verwacht', { id: 'checker.status.deviant' });
    case 'persistent':
      return msg('Uw klachten duren langer dan 12 weken', { id: 'checker.status.persistent' });
  }
}

/** What to do, per status. */
export function statusAdvice(status: Status): string {
  switch (status) {
    case 'urgent':
      return msg(
        'Bel nu uw huisarts; buiten kantoortijden de huisartsenpost. Wacht niet op een volgende meting.',
        { id: 'checker.advice.urgent' },
      );
    case 'see-doctor':
      return msg(
        'Maak binnen een paar dagen een afspraak met uw huisarts om een specifieke oorzaak uit te sluiten.',
        { id: 'checker.advice.see-doctor' },
      );
    case 'too-early':
      return msg('Blijf in beweging: lage rugpijn gaat meestal vanzelf over.', {
        id: 'checker.advice.too-early',
      });
    case 'normal':
      return msg('Ga zo door en blijf in beweging.', { id: 'checker.advice.normal' });
    case 'deviant':
      return msg(
        'Neem contact op met een fysiotherapeut: die kan u helpen weer vooruit te komen.',
        {
          id: 'checker.advice.deviant',
        },
      );
    case 'persistent':
      return msg(
        'Neem contact op met een fysiotherapeut of uw huisarts, als u dat nog niet gedaan heeft.',
        { id: 'checker.advice.persistent' },
      );
  }
}

export function reasonText(reason: CourseReason): string {
  switch (reason) {
    case 'no-data':
      return msg('Vul in wanneer de klachten begonnen en doe uw eerste meting.', {
        id: 'checker.reason.no-data',
      });
    case 'recovered':
      return msg(
        'U bent terug op het niveau van voor de klachten: uw activiteiten gaan weer (bijna) als vroeger en u bent (bijna) niet meer beperkt.',
        { id: 'checker.reason.recovered' },
      );
    case 'over-12-weeks':
      return msg('Uw klachten duren nu langer dan 12 weken.', {
        id: 'checker.reason.over-12-weeks',
      });
    case 'window-not-reached':
      return msg(
        'Uw metingen beslaan nog geen 3 weken. Doe elke week een meting, dan ziet u hoe het gaat.',
        { id: 'checker.reason.window-not-reached' },
      );
    case 'improving':
      return msg(
        'In 3 weken zijn uw activiteiten duidelijk toegenomen of uw beperkingen duidelijk afgenomen (2 punten of meer).',
        { id: 'checker.reason.improving' },
      );
    case 'no-clear-improvement':
      return msg(
        'In 3 weken zijn uw activiteiten niet duidelijk toegenomen en uw beperkingen niet duidelijk afgenomen.',
        { id: 'checker.reason.no-clear-improvement' },
      );
    case 'worsening':
      return msg(
        'Uw activiteiten zijn afgenomen of uw beperkingen toegenomen (2 punten of meer).',
        {
          id: 'checker.reason.worsening',
        },
      );
    case 'pain-increasing':
      return msg('Uw pijn is toegenomen (2 punten of meer).', {
        id: 'checker.reason.pain-increasing',
      });
  }
}

export function validationText(code: ValidationCode): string {
  switch (code) {
    case 'date-missing':
      return msg('Vul een datum in.', { id: 'checker.invalid.date-missing' });
    case 'date-invalid':
      return msg('Vul een bestaande datum in.', { id: 'checker.invalid.date-invalid' });
    case 'date-future':
      return msg('Deze datum ligt in de toekomst.', { id: 'checker.invalid.date-future' });
    case 'date-before-start':
      return msg('Deze datum ligt vóór het begin van de klachten.', {
        id: 'checker.invalid.date-before-start',
      });
    case 'score-missing':
      return msg('Vul een getal van 0 tot en met 10 in.', { id: 'checker.invalid.score-missing' });
    case 'score-invalid':
      return msg('Vul een heel getal van 0 tot en met 10 in.', {
        id: 'checker.invalid.score-invalid',
      });
  }
}

export const scoreLabel = {
  pain: () => msg('Pijn', { id: 'checker.score.pain' }),
  activity: () => msg('Activiteiten', { id: 'checker.score.activity' }),
  limitation: () => msg('Beperking', { id: 'checker.score.limitation' }),
};

/** The question and the words for both ends of each 0–10 scale. */
export const scoreQuestion = {
  pain: () =>
    msg('Hoeveel rugpijn had u de afgelopen dagen gemiddeld?', { id: 'checker.question.pain' }),
  activity: () =>
    msg('Hoe goed gaan uw gewone dagelijkse activiteiten?', { id: 'checker.question.activity' }),
  limitation: () =>
    msg('Hoeveel bent u beperkt in werk, sport en sociale leven?', {
      id: 'checker.question.limitation',
    }),
};

export const scoreEnds = {
  pain: () =>
    msg('0 = geen pijn, 10 = de ergste pijn die u zich kunt voorstellen', {
      id: 'checker.ends.pain',
    }),
  activity: () =>
    msg('0 = lukt helemaal niet, 10 = gaat zoals voor de klachten', {
      id: 'checker.ends.activity',
    }),
  limitation: () =>
    msg('0 = helemaal niet beperkt, 10 = volledig beperkt', { id: 'checker.ends.limitation' }),
};

export const weeksText = (weeks: number) =>
  msg(str`Week ${weeks} sinds het begin van de klachten`, { id: 'checker.weeks' });

export const changeSinceText = (date: string) =>
  msg(str`Verandering sinds ${date}`, { id: 'checker.change-since' });

export const importedText = (count: number) =>
  msg(str`Bestand ingelezen: ${count} metingen.`, { id: 'checker.storage.imported' });

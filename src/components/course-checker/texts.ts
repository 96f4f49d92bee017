import { msg, str } from '@lit/localize';
import { THRESHOLDS, type RedFlag, type Urgency } from './thresholds.js';
import type { CourseReason, CourseResult, Status } from './classify.js';
import type { ValidationCode } from './validate.js';

// By name, as the questions' placeholders in locales/en.xlf and the review sheet know them.
const AGE_ONSET_UNDER = THRESHOLDS.AGE_ONSET_UNDER;
const AGE_ONSET_OVER = THRESHOLDS.AGE_ONSET_OVER;
const INFLAMMATORY_ONSET_UNDER = THRESHOLDS.INFLAMMATORY_ONSET_UNDER;
const MORNING_STIFFNESS_MINUTES = THRESHOLDS.MORNING_STIFFNESS_MINUTES;

/**
 * The checker's wording, in plain language (B1), action first. Functions, so each call
 * reads the active locale. The red-flag questions are our own wording of the clinical rules;
 * the clinical review sheet (docs/clinical-review.md) prints every text in both languages.
 */

/** The statuses of a course result (no red flag answered yes). */
export type CourseStatus = Exclude<Status, 'urgent' | 'see-doctor'>;

export function flagQuestion(flag: RedFlag): string {
  switch (flag) {
    case 'bladder-bowel':
      return msg(
        'Heeft u sinds de rugpijn begon moeite met plassen, of kunt u uw plas of ontlasting niet ophouden?',
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
        str`Is dit de eerste keer in uw leven dat u rugpijn heeft, én bent u jonger dan ${AGE_ONSET_UNDER} of ouder dan ${AGE_ONSET_OVER}?`,
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
        str`Geldt dit alle drie voor u: jonger dan ${INFLAMMATORY_ONSET_UNDER} toen de pijn begon, ’s ochtends langer dan ${MORNING_STIFFNESS_MINUTES} minuten stijf, en beter als u beweegt?`,
        { id: 'checker.flag.inflammatory' },
      );
  }
}

/** The urgent signs' advice: what to do, and how to undo a "yes" given by mistake. */
export const urgentChangeText = () =>
  msg(
    'Heeft een arts dit al onderzocht en is het niet veranderd? Verander dan uw antwoord. Wordt het erger, bel dan meteen.',
    { id: 'checker.urgent-change' },
  );

/** The title of a flagged result, by `result.urgency`. */
export function urgencyTitle(urgency: Urgency): string {
  switch (urgency) {
    case 'now':
      return msg('Dringend: neem nu contact op met een arts', { id: 'checker.status.urgent' });
    case 'today':
      return msg('Bel vandaag uw huisarts', { id: 'checker.status.today' });
    case 'days':
      return msg('Maak binnenkort een afspraak met uw huisarts', {
        id: 'checker.status.see-doctor',
      });
    case 'routine':
      return msg('Bespreek dit met uw huisarts', { id: 'checker.status.routine' });
  }
}

/** The advice of a flagged result, by `result.urgency` (the clinical rules' tier sentences). */
export function urgencyAdvice(urgency: Urgency): string {
  switch (urgency) {
    case 'now':
      return msg(
        'Bel nu uw huisarts; buiten kantoortijden de huisartsenpost. Wacht niet op een meting.',
        { id: 'checker.advice.urgent' },
      );
    case 'today':
      return msg('Bel vandaag uw huisarts; buiten kantoortijden de huisartsenpost.', {
        id: 'checker.advice.today',
      });
    case 'days':
      return msg(
        'Maak binnen een paar dagen een afspraak met uw huisarts om een specifieke oorzaak uit te sluiten.',
        { id: 'checker.advice.see-doctor' },
      );
    case 'routine':
      return msg('Maak een gewone afspraak met uw huisarts om hiernaar te vragen.', {
        id: 'checker.advice.routine',
      });
  }
}

/**
 * A `too-early` result by case: `no-data`; `early` while the complaints are under 3 weeks
 * old; `missing` once they are 3 weeks old or the start is unknown (a check-in is missing:
 * nothing says "too early" or "by itself").
 */
export type TooEarlyCase = 'no-data' | 'early' | 'missing';

export function tooEarlyCase({ reasons, weeks }: CourseResult): TooEarlyCase {
  if (reasons[0] === 'no-data') return 'no-data';
  // Whole weeks of 3 or more: the complaints are at least 21 days old at the latest check-in.
  return weeks === null || weeks * 7 >= THRESHOLDS.WINDOW_DAYS ? 'missing' : 'early';
}

/** The title of a course result; `too-early` by its case. */
export function statusTitle(status: CourseStatus, tooEarly: TooEarlyCase): string {
  switch (status) {
    case 'too-early':
      return tooEarly === 'no-data'
        ? msg('Nog geen metingen', { id: 'checker.status.no-data' })
        : tooEarly === 'early'
          ? msg('Nog te vroeg om iets te zeggen', { id: 'checker.status.too-early' })
          : msg('Nog geen uitslag', { id: 'checker.status.missing' });
    case 'normal':
      return msg('Uw herstel verloopt normaal', { id: 'checker.status.normal' });
    case 'deviant':
      return msg('Uw herstel gaat langzamer dan verwacht', { id: 'checker.status.deviant' });
    case 'persistent':
      return msg('Uw klachten duren langer dan 12 weken', { id: 'checker.status.persistent' });
  }
}

/** What to do, per course status; `too-early` by its case. */
export function statusAdvice(status: CourseStatus, tooEarly: TooEarlyCase): string {
  switch (status) {
    case 'too-early':
      return tooEarly === 'no-data'
        ? msg('Doe hieronder uw eerste meting.', { id: 'checker.advice.no-data' })
        : tooEarly === 'early'
          ? msg('Blijf in beweging: lage rugpijn gaat meestal vanzelf over.', {
              id: 'checker.advice.too-early',
            })
          : msg('Er mist nog een meting: uw metingen beslaan nog geen 3 weken.', {
              id: 'checker.advice.missing',
            });
    case 'normal':
      return msg('Ga zo door en blijf in beweging.', { id: 'checker.advice.normal' });
    case 'deviant':
      return msg(
        'Neem contact op met een fysiotherapeut: die kan u helpen weer vooruit te komen.',
        { id: 'checker.advice.deviant' },
      );
    case 'persistent':
      return msg(
        'Neem contact op met een fysiotherapeut of uw huisarts, als u dat nog niet gedaan heeft.',
        { id: 'checker.advice.persistent' },
      );
  }
}

/**
 * A course reason in words. `since` is the reference check-in's date and `from` the
 * `resultFrom` date, both as shown. In the mixed case (progress on one scale, worsening on
 * the other) `no-clear-improvement` becomes `mixedText` and `worsening` is not shown.
 */
export function reasonText(reason: CourseReason, since: string, from: string): string {
  switch (reason) {
    case 'no-data':
      return msg('Met één meting per week ziet u hier hoe uw herstel gaat.', {
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
      return msg(str`Een meting op of na ${from} geeft een uitslag.`, {
        id: 'checker.reason.window-not-reached',
      });
    case 'improving':
      return msg(
        str`Sinds ${since} zijn uw activiteiten duidelijk toegenomen of uw beperking duidelijk afgenomen (2 punten of meer).`,
        { id: 'checker.reason.improving' },
      );
    case 'no-clear-improvement':
      return msg(
        str`Sinds ${since} zijn uw activiteiten niet duidelijk toegenomen en uw beperking niet duidelijk afgenomen.`,
        { id: 'checker.reason.no-clear-improvement' },
      );
    case 'start-unknown':
      return msg(
        'Vul in wanneer de klachten begonnen: de controle na 12 weken heeft die datum nodig.',
        { id: 'checker.reason.start-unknown' },
      );
    case 'worsening':
      return msg(
        'Uw activiteiten zijn afgenomen of uw beperking is toegenomen (2 punten of meer).',
        { id: 'checker.reason.worsening' },
      );
    case 'pain-increasing':
      return msg(
        'Uw pijn is toegenomen (2 punten of meer). Bij meer bewegen kan dat normaal zijn; neemt de pijn verder toe, neem dan contact op met een fysiotherapeut.',
        { id: 'checker.reason.pain-increasing' },
      );
  }
}

/** The mixed case of `deviant`, from `change`: which scale improved and which worsened. */
export function mixedText(activityImproved: boolean, since: string): string {
  return activityImproved
    ? msg(str`Sinds ${since} zijn uw activiteiten duidelijk toegenomen, maar uw beperking ook.`, {
        id: 'checker.reason.mixed-activity',
      })
    : msg(str`Sinds ${since} is uw beperking duidelijk afgenomen, maar uw activiteiten ook.`, {
        id: 'checker.reason.mixed-limitation',
      });
}

/**
 * The safety net: the last line of every result that is not urgent and of the printable
 * summary, the same every time.
 */
export const safetyNetText = () =>
  msg(
    'Bel meteen uw huisarts (buiten kantoortijden de huisartsenpost) als u niet kunt plassen of uw plas of ontlasting niet kunt ophouden, een doof gevoel krijgt rond de anus of geslachtsdelen, of als een been (of beide benen) zwakker wordt.',
    { id: 'checker.safety-net' },
  );

export const disclaimerText = () =>
  msg('Deze check geeft algemene informatie en is geen diagnose.', { id: 'checker.disclaimer' });

export const seenGpText = () =>
  msg('Ik ben hiermee bij de huisarts geweest', {
    id: 'checker.seen-gp',
    desc: 'Button under a red flag answered yes: sets it back to no, remembered as discussed with the GP',
  });

/** The heading of the flags set back with "I have seen my GP" (summary and export). */
export const discussedText = () =>
  msg('Besproken met de huisarts', {
    id: 'checker.discussed',
    desc: 'Heading in the printed summary above the red flags discussed with the GP, followed by a colon',
  });

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
  pain: () =>
    msg('Pijn', {
      id: 'checker.score.pain',
      desc: 'A score’s name: table column header, chart legend and the result’s list of changes',
    }),
  activity: () =>
    msg('Activiteiten', {
      id: 'checker.score.activity',
      desc: 'A score’s name: table column header, chart legend and the result’s list of changes',
    }),
  limitation: () =>
    msg('Beperking', {
      id: 'checker.score.limitation',
      desc: 'A score’s name: table column header, chart legend and the result’s list of changes',
    }),
};

/** The question and the words for both ends of each 0–10 scale. */
export const scoreQuestion = {
  pain: () =>
    msg('Hoeveel rugpijn had u de afgelopen dagen gemiddeld?', { id: 'checker.question.pain' }),
  activity: () =>
    msg('Hoe goed gaan uw gewone dagelijkse activiteiten?', { id: 'checker.question.activity' }),
  limitation: () =>
    msg('Hoeveel bent u beperkt in werk, sport en sociaal leven?', {
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

/** Whole weeks since the start, rounded down: "N weeks since the complaints began". */
export const weeksText = (weeks: number) =>
  weeks === 0
    ? msg('Minder dan een week sinds het begin van de klachten', { id: 'checker.weeks.none' })
    : weeks === 1
      ? msg('1 week sinds het begin van de klachten', { id: 'checker.weeks.one' })
      : msg(str`${weeks} weken sinds het begin van de klachten`, { id: 'checker.weeks' });

export const changeSinceText = (date: string) =>
  msg(str`Verandering sinds ${date}`, {
    id: 'checker.change-since',
    desc: 'Before the list of score changes in the result, followed by a colon; the date is the check-in compared with',
  });

/** A line about storage, export or import shown to the person. */
export type Notice =
  | 'storage-unavailable'
  | 'storage-corrupt'
  | 'storage-newer'
  | 'deleted'
  | 'import-failed'
  | { imported: number };

export function noticeText(notice: Notice | null): string {
  if (notice === null) return '';
  if (typeof notice === 'object') {
    return msg(str`Bestand ingelezen: ${notice.imported} metingen.`, {
      id: 'checker.storage.imported',
    });
  }
  switch (notice) {
    case 'storage-unavailable':
      return msg(
        'Onthouden lukt niet op dit apparaat. Uw gegevens blijven alleen op deze pagina.',
        {
          id: 'checker.storage.unavailable',
        },
      );
    case 'storage-corrupt':
      return msg(
        'De gegevens op dit apparaat zijn beschadigd. Ze worden niet gebruikt en niet overschreven, tot u ze verwijdert.',
        { id: 'checker.storage.corrupt' },
      );
    case 'storage-newer':
      return msg(
        'De gegevens op dit apparaat komen van een nieuwere versie. Ze worden niet gebruikt en niet overschreven.',
        { id: 'checker.storage.newer' },
      );
    case 'deleted':
      return msg('Uw gegevens zijn verwijderd.', { id: 'checker.storage.deleted' });
    case 'import-failed':
      return msg('Dit bestand kan niet worden ingelezen. Er is niets veranderd.', {
        id: 'checker.storage.import-failed',
      });
  }
}

// The red-flag questions' frame.
export const yesText = () =>
  msg('Ja', {
    id: 'checker.yes',
    desc: 'Answer to a red-flag question: a radio button, and after a question answered yes in the result',
  });
export const noText = () =>
  msg('Nee', { id: 'checker.no', desc: 'Answer to a red-flag question: a radio button' });
export const flagsHeadingText = () =>
  msg('Alarmsignalen', {
    id: 'checker.flags.heading',
    desc: 'Heading of the red-flag questions once all are answered',
  });
export const flagsDoneText = () =>
  msg('U heeft de vragen over alarmsignalen beantwoord.', { id: 'checker.flags.done' });
export const flagsChangeText = () =>
  msg('Antwoorden bekijken of wijzigen', {
    id: 'checker.flags.change',
    desc: 'Button that opens the answered red-flag questions again',
  });
export const flagsFirstText = () =>
  msg('Eerst: alarmsignalen', {
    id: 'checker.flags.first',
    desc: 'Heading above the red-flag questions, asked before anything else',
  });
export const flagsIntroText = () =>
  msg('Beantwoord eerst deze vragen. Bij sommige klachten is het beter niet af te wachten.', {
    id: 'checker.flags.intro',
  });
export const flagsCloseText = () =>
  msg('Klaar', {
    id: 'checker.flags.close',
    desc: 'Button below the red-flag questions that closes them',
  });

// The start and the check-in form.
export const startText = () =>
  msg('Wanneer begonnen de klachten?', {
    id: 'checker.start',
    desc: 'Label of the date field for when the complaints started',
  });
export const formHeadingText = (editing: boolean) =>
  editing
    ? msg('Meting wijzigen', {
        id: 'checker.form.edit-heading',
        desc: 'Heading of the check-in form while a check-in is edited',
      })
    : msg('Nieuwe meting', { id: 'checker.form.heading', desc: 'Heading of the check-in form' });
export const weeklyText = () =>
  msg('Doe één keer per week een meting; vaker mag ook.', { id: 'checker.form.weekly' });
export const dateText = () =>
  msg('Datum', {
    id: 'checker.form.date',
    desc: 'Label of a check-in’s date field; also the date column’s header in the table',
  });
export const submitText = (editing: boolean) =>
  editing
    ? msg('Wijziging opslaan', {
        id: 'checker.form.save',
        desc: 'Submit button of the check-in form while a check-in is edited',
      })
    : msg('Meting toevoegen', {
        id: 'checker.form.add',
        desc: 'Submit button of the check-in form',
      });
export const deleteCheckInText = () =>
  msg('Meting verwijderen', {
    id: 'checker.form.delete',
    desc: 'Button in the check-in form that deletes the check-in being edited',
  });
export const cancelText = () =>
  msg('Annuleren', {
    id: 'checker.form.cancel',
    desc: 'Button in the check-in form that stops editing',
  });

// The check-ins' table and chart.
export const historyHeadingText = () =>
  msg('Uw metingen', {
    id: 'checker.history.heading',
    desc: 'Heading above the chart and the table of check-ins',
  });
export const chartLabelText = () =>
  msg('Grafiek van uw metingen; de tabel hieronder geeft dezelfde cijfers.', {
    id: 'checker.chart.label',
  });
export const chartWindowText = () =>
  msg('De 3 weken vóór de laatste meting', {
    id: 'checker.chart.window',
    desc: 'Chart legend: the shaded 3 weeks before the latest check-in',
  });
export const historyCaptionText = () =>
  msg(
    'Uw metingen, van oud naar nieuw (scores van 0 tot en met 10). Kies een datum om die meting te wijzigen of te verwijderen.',
    { id: 'checker.history.caption' },
  );
export const editText = () =>
  msg('Wijzigen', {
    id: 'checker.history.edit',
    desc: 'Read by screen readers before a check-in’s date in the table: the date is a button that opens it for editing',
  });

// The advice to contact a physiotherapist.
export const contactText = () =>
  msg('Neem contact op met een fysiotherapeut', {
    id: 'checker.contact',
    desc: 'Button or link in the result that leads to the clinic',
  });

// The data panel.
export const dataHeadingText = () =>
  msg('Uw gegevens', {
    id: 'checker.data.heading',
    desc: 'Heading of the panel with remembering, export, import, print and delete',
  });
export const privacyText = () =>
  msg('Uw antwoorden blijven in deze browser en worden nergens naartoe gestuurd.', {
    id: 'checker.data.privacy',
  });
export const rememberText = () =>
  msg('Onthouden op dit apparaat', {
    id: 'checker.data.remember',
    desc: 'Checkbox label: keep the data in this browser',
  });
export const exportText = () =>
  msg('Exporteren als bestand', {
    id: 'checker.data.export',
    desc: 'Button that downloads the data as a JSON file',
  });
export const importText = () =>
  msg('Bestand importeren', {
    id: 'checker.data.import',
    desc: 'Button that reads an exported file',
  });
export const printText = () =>
  msg('Samenvatting afdrukken', { id: 'checker.data.print', desc: 'Button that prints a summary' });
export const deleteDataText = () =>
  msg('Mijn gegevens verwijderen', {
    id: 'checker.data.delete',
    desc: 'Button that deletes every answer and check-in',
  });

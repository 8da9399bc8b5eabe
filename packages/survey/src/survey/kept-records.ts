import { download } from '@devisus/core/files';
import type { SetAsideRecord, Store } from '@devisus/core';
import type { SurveyResponse } from '../outbox/outbox.js';
import type { DeliveryView } from './survey-completed.view.js';

// What a respondent can take away from this device: a response (refused by the server, or kept
// because nothing was configured to receive it), and records set aside because they could not be
// read back, with the way to forget them once downloaded.

/** A response as a JSON file, named after its survey and the day it was completed. */
export function downloadResponse(response: SurveyResponse): void {
  download(
    `${response.surveyId}-${response.completedAt.slice(0, 10)}.json`,
    [JSON.stringify(response, null, 2)],
    'application/json',
  );
}

/** A record that could not be read, as it was stored (JSON, unless it was not even that). */
export function downloadSetAside(surveyId: string, record: SetAsideRecord): void {
  download(`${surveyId}-kept-${record.setAsideAt.slice(0, 10)}.json`, [record.text], 'application/json');
}

/** What `store` set aside under `key`, each with the way to forget it (then `changed` is called). */
export function keptRecords(store: Store<unknown>, key: string, changed: () => void): DeliveryView['setAside'] {
  return store.setAsideRecords(key).map((record) => ({
    record,
    forget: () => {
      store.forgetSetAside(record.id);
      changed();
    },
  }));
}

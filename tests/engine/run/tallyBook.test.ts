import { test, expect } from '@playwright/test';
import { createTallyBook } from '../../../engine/run/tallyBook.ts';
import { failed, makeFailure, passed } from '../../../engine/checks/result.ts';

test('a result with warnings only counts as passed; one error among them counts as failed', () => {
  const warning = makeFailure('documented_ambiguity', 'mfaUpdateSetting', {
    title: 'w',
    message: 'w',
    essence: ['w'],
    severity: 'warning',
  });
  const error = makeFailure('documented_ambiguity', 'mfaUpdateSetting', { title: 'e', message: 'e', essence: ['e'] });
  const book = createTallyBook();
  book.add('mfaUpdateSetting', new Map([['documented_ambiguity', failed([warning])]]));
  book.add('mfaUpdateSetting', new Map([['documented_ambiguity', failed([warning, error])]]));
  book.add('mfaUpdateSetting', new Map([['documented_ambiguity', passed()]]));
  expect(book.tallies()).toEqual([{ operationId: 'mfaUpdateSetting', check: 'documented_ambiguity', passed: 2, failed: 1, skipped: 0 }]);
});

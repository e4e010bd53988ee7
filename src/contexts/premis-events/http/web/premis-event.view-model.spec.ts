import type { PremisEventViewRow } from '../../application/premis-event.read-model.js';
import { OUTCOME_CHOICES, outcomeBadge, toEventViewModel } from './premis-event.view-model.js';

describe(outcomeBadge.name, () => {
  it('marks successes and both spellings of failure', () => {
    expect(outcomeBadge('Success').tone).toBe('ok');
    expect(outcomeBadge('Failed').tone).toBe('bad');
    expect(outcomeBadge('Failure').tone).toBe('bad');
    expect(OUTCOME_CHOICES.map((o) => o.value)).toEqual(['Success', 'Failed', 'Failure']);
  });
});

describe(toEventViewModel.name, () => {
  it('links the object and, for file events, the file', () => {
    expect(toEventViewModel({ id: 3, intellectual_object_id: 1, generic_file_id: null, outcome: 'Success' } as PremisEventViewRow)).toMatchObject({
      href: '/events/show/3', objectHref: '/objects/show/1', fileHref: null,
    });
  });
});

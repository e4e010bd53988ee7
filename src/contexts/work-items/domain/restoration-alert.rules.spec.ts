import { isSpotTestRestoration, restorationUrlFromNote, restoredItemName, triggersRestorationAlert } from './restoration-alert.rules.js';

describe(triggersRestorationAlert.name, () => {
  it('fires when a restore item becomes Success', () => {
    expect(triggersRestorationAlert('Started', { action: 'Restore Object', status: 'Success' })).toBe(true);
    expect(triggersRestorationAlert(null, { action: 'Restore File', status: 'Success' })).toBe(true);
  });

  it('does not fire again for an item that already was Success (the reference did)', () => {
    expect(triggersRestorationAlert('Success', { action: 'Restore Object', status: 'Success' })).toBe(false);
  });

  it('never fires for Glacier Restore, other actions or other statuses', () => {
    expect(triggersRestorationAlert('Started', { action: 'Glacier Restore', status: 'Success' })).toBe(false);
    expect(triggersRestorationAlert('Started', { action: 'Delete', status: 'Success' })).toBe(false);
    expect(triggersRestorationAlert('Started', { action: 'Restore Object', status: 'Failed' })).toBe(false);
  });
});

describe(restorationUrlFromNote.name, () => {
  it('takes the text after " restored to " without the final dot', () => {
    expect(restorationUrlFromNote('Object institution1.edu/photos restored to https://s3.amazonaws.com/aptrust.restore.test.institution1.edu/photos.tar.'))
      .toBe('https://s3.amazonaws.com/aptrust.restore.test.institution1.edu/photos.tar');
  });

  it('returns null when the note has no URL', () => {
    expect(restorationUrlFromNote('Not started')).toBeNull();
    expect(restorationUrlFromNote(null)).toBeNull();
    expect(restorationUrlFromNote('Object x restored to .')).toBeNull();
  });
});

describe(isSpotTestRestoration.name, () => {
  it('holds only for object restorations an institution tracks as its last spot test', () => {
    expect(isSpotTestRestoration({ action: 'Restore Object' }, true)).toBe(true);
    expect(isSpotTestRestoration({ action: 'Restore Object' }, false)).toBe(false);
    expect(isSpotTestRestoration({ action: 'Restore File' }, true)).toBe(false);
    expect(isSpotTestRestoration({ action: 'Glacier Restore' }, true)).toBe(false);
  });
});

describe(restoredItemName.name, () => {
  it('is the file identifier for a file restoration, else the object identifier', () => {
    expect(restoredItemName({ genericFileId: 5, genericFileIdentifier: 'inst.edu/bag/a.txt', objectIdentifier: 'inst.edu/bag' })).toBe('inst.edu/bag/a.txt');
    expect(restoredItemName({ genericFileId: null, genericFileIdentifier: null, objectIdentifier: 'inst.edu/bag' })).toBe('inst.edu/bag');
    expect(restoredItemName({ genericFileId: 5, genericFileIdentifier: null, objectIdentifier: 'inst.edu/bag' })).toBe('inst.edu/bag');
  });
});

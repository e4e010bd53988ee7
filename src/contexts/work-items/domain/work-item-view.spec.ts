import { ingestObjectLinkIsMissing, objIdentifier } from './work-item-view.js';

describe(objIdentifier.name, () => {
  it("prefers the linked object's identifier", () => {
    expect(objIdentifier({ objectIdentifier: 'institution1.edu/photos', institutionIdentifier: 'institution1.edu', name: 'other.tar' }))
      .toBe('institution1.edu/photos');
  });

  it('derives it from the institution and the tar name otherwise', () => {
    expect(objIdentifier({ objectIdentifier: null, institutionIdentifier: 'institution1.edu', name: 'photos.tar' })).toBe('institution1.edu/photos');
    expect(objIdentifier({ objectIdentifier: '', institutionIdentifier: 'institution1.edu', name: 'photos' })).toBe('institution1.edu/photos');
  });

  it('removes only a trailing .tar', () => {
    expect(objIdentifier({ objectIdentifier: null, institutionIdentifier: 'i.edu', name: 'a.tar.b.tar' })).toBe('i.edu/a.tar.b');
  });
});

describe(ingestObjectLinkIsMissing.name, () => {
  it('is true for a successful ingest without an object id', () => {
    expect(ingestObjectLinkIsMissing({ action: 'Ingest', status: 'Success', intellectualObjectId: null })).toBe(true);
    expect(ingestObjectLinkIsMissing({ action: 'Ingest', status: 'Success', intellectualObjectId: 0 })).toBe(true);
  });

  it('is false when linked, unfinished or not an ingest', () => {
    expect(ingestObjectLinkIsMissing({ action: 'Ingest', status: 'Success', intellectualObjectId: 10 })).toBe(false);
    expect(ingestObjectLinkIsMissing({ action: 'Ingest', status: 'Started', intellectualObjectId: null })).toBe(false);
    expect(ingestObjectLinkIsMissing({ action: 'Restore Object', status: 'Success', intellectualObjectId: null })).toBe(false);
  });
});

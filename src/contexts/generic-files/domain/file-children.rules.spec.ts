import { bindEventToFile, bindToFile, childrenToInsert } from './file-children.rules.js';

describe(childrenToInsert.name, () => {
  it('keeps only children without an id', () => {
    const children = [{ id: 0, n: 1 }, { id: 7, n: 2 }, { n: 3 }, { id: null, n: 4 }];
    expect(childrenToInsert(children).map((c) => c.n)).toEqual([1, 3, 4]);
  });

  it('treats a missing list as empty', () => {
    expect(childrenToInsert(null)).toEqual([]);
  });
});

describe(bindEventToFile.name, () => {
  it("forces the event's owner ids from the file", () => {
    const event = { eventType: 'ingestion', institutionId: 99, intellectualObjectId: 98, genericFileId: null };
    expect(bindEventToFile(event, { id: 20, institutionId: 2, intellectualObjectId: 10 })).toEqual({
      eventType: 'ingestion', institutionId: 2, intellectualObjectId: 10, genericFileId: 20,
    });
  });
});

describe(bindToFile.name, () => {
  it("sets the child's file id", () => {
    expect(bindToFile({ url: 'https://x.org/a', genericFileId: 0 }, { id: 20 })).toEqual({ url: 'https://x.org/a', genericFileId: 20 });
  });
});

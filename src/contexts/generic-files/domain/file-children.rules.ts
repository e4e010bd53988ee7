/** Children nested in a file save (checksums, storage records, events) are insert-only. */
export interface NestedChild {
  readonly id?: number | null;
}

/** Attached children that already have an id are skipped, never updated. */
export const isNewChild = (child: NestedChild): boolean => child.id == null || child.id <= 0;

export function childrenToInsert<T extends NestedChild>(children: readonly T[] | null | undefined): T[] {
  return (children ?? []).filter(isNewChild);
}

export interface FileOwnership {
  readonly id: number;
  readonly institutionId: number | null;
  readonly intellectualObjectId: number | null;
}

/** Nested events always take their owner ids from the file they were saved with. */
export function bindEventToFile<T extends object>(event: T, file: FileOwnership) {
  return { ...event, institutionId: file.institutionId, intellectualObjectId: file.intellectualObjectId, genericFileId: file.id };
}

/** Nested checksums and storage records take the file's id. */
export function bindToFile<T extends object>(child: T, file: Pick<FileOwnership, 'id'>) {
  return { ...child, genericFileId: file.id };
}

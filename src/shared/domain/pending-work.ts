/** The reference's one refusal for a restore or deletion while work on the object (or file) is unfinished. */
export const PENDING_WORK_ITEMS_MESSAGE = 'task cannot be completed because this object has pending work items';

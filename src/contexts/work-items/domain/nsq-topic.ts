/** Topic of Preserv's fixity workers; its messages carry GenericFile ids, every other topic carries WorkItem ids. */
export const FIXITY_CHECK_TOPIC = 'fixity_check';

/** Topics only Preserv's end-to-end tests use. */
export const E2E_TOPICS = [
  'e2e_deletion_post_test',
  'e2e_fixity_post_test',
  'e2e_ingest_post_test',
  'e2e_reingest_post_test',
  'e2e_restoration_post_test',
] as const;

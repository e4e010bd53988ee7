/** Written into `bagit_profile_identifier` when a saved object has none. */
export const DEFAULT_BAGIT_PROFILE_IDENTIFIER =
  'https://raw.githubusercontent.com/APTrust/preservation-services/master/profiles/aptrust-v2.2.json';

/** The Beyond the Repository profile; the UI labels it "BTR". */
export const BTR_BAGIT_PROFILE_IDENTIFIER =
  'https://github.com/dpscollaborative/btr_bagit_profile/releases/download/1.0/btr-bagit-profile.json';

package vn.dvc.contracts.quality;

/**
 * The seven parts a published procedure must have (Decree 63/2010, art. 8(2)): its name, steps, channels, components
 * of the dossier, time limit, who may apply, the agency that decides.
 */
public enum ContentPart {
    NAME, STEPS, CHANNELS, COMPONENTS, TIME_LIMIT, APPLICANTS, AGENCY
}

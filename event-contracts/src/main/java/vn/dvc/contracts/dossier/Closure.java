package vn.dvc.contracts.dossier;

/** How a received dossier ended (docs/counting-rules.md, "End of processing"): resolved, or ended without it. */
public enum Closure {
    RESOLVED, WITHDRAWN, STOPPED, REJECTED
}

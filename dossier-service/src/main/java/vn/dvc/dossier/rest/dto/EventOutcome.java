package vn.dvc.dossier.rest.dto;

/** What became of one portal event. */
public record EventOutcome(String eventId, String dossierId, Outcome outcome) {

    public enum Outcome {
        ACCEPTED, DUPLICATE, REJECTED
    }
}

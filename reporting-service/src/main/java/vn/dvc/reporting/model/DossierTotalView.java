package vn.dvc.reporting.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A unit's self-reported total as stored, with the outcome of the request that sent it (on a POST). */
public record DossierTotalView(String unitCode, LocalDate from, LocalDate to, long total, String source, long version,
                               OffsetDateTime reportedAt, Outcome outcome) {

    public enum Outcome {
        ACCEPTED, UPDATED, DUPLICATE
    }
}

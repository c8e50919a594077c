package vn.dvc.contracts.quality;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;

/**
 * What dossier-service announces on {@code quality-events} of the inputs only the Decision 766 score reads; the
 * {@code type} property names the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FeedbackItemChanged.class, name = "FeedbackItemChanged"),
    @JsonSubTypes.Type(value = ProcedurePublicationChanged.class, name = "ProcedurePublicationChanged")
})
public sealed interface QualityEvent permits FeedbackItemChanged, ProcedurePublicationChanged {

    String eventId();

    Instant occurredAt();

    /** The Kafka key: {@code feedback/<item id>} or {@code publication/<publication id>}. */
    String key();
}

package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One accepted portal event, kept whole: the intake's inbox (unique event id) and the dossier's event log. */
@Entity
@Table(name = "dossier_event")
public class DossierEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "dossier_id")
    public String dossierId;
    public String status;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    public String payload;
}

package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A dossier's current state, as its events say when sorted by their own time. */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @Column(name = "dossier_id")
    public String dossierId;
    public long version;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "service_code")
    public String serviceCode;
    public String channel;
    public String status;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

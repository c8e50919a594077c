package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.contracts.dossier.Channel;
import vn.dvc.contracts.dossier.DossierStatus;
import vn.dvc.contracts.dossier.Rating;

/** A dossier's current state, as its events say when sorted by their own time (counting rules v1). */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @Column(name = "dossier_id")
    public String dossierId;
    public long version;
    @Column(name = "unit_code")
    public String unitCode;
    @Column(name = "unit_tier")
    @Enumerated(EnumType.STRING)
    public Tier unitTier;
    @Column(name = "received_at_unit_code")
    public String receivedAtUnitCode;
    @Column(name = "service_code")
    public String serviceCode;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    @Enumerated(EnumType.STRING)
    public DossierStatus status;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    @Column(name = "due_at_in_force")
    public Instant dueAtInForce;
    @Column(name = "clock_stopped_since")
    public Instant clockStoppedSince;
    public int extensions;
    @Column(name = "supplement_requests")
    public int supplementRequests;
    public String closure;
    @Column(name = "ended_at")
    public Instant endedAt;
    public String timeliness;
    @Column(name = "apology_issued_at")
    public Instant apologyIssuedAt;
    @Column(name = "apology_new_due_at")
    public Instant apologyNewDueAt;
    @Column(name = "apology_compliant")
    public boolean apologyCompliant;
    @Column(name = "inputs_digitised")
    public boolean inputsDigitised;
    @Column(name = "electronic_result")
    public boolean electronicResult;
    @Column(name = "fee_required")
    public boolean feeRequired;
    @Column(name = "data_reused")
    public boolean dataReused;
    @Column(name = "from_personal_store")
    public boolean fromPersonalStore;
    @Column(name = "resident_data_used")
    public boolean residentDataUsed;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating")
    public Rating rating;
    @Column(name = "feedback_raised")
    public boolean feedbackRaised;
    @Column(name = "electronic_certified_copy")
    public boolean electronicCertifiedCopy;
    @Column(name = "open_now")
    public boolean openNow;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

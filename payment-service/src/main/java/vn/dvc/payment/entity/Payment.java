package vn.dvc.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One online payment transaction in its latest status. */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @Column(name = "transaction_id")
    public String transactionId;
    public long version;
    @Column(name = "dossier_id")
    public String dossierId;
    @Column(name = "unit_code")
    public String unitCode;
    public String field;
    public String kind;
    @Column(name = "amount_vnd")
    public long amountVnd;
    public String status;
    @Column(name = "paid_at")
    public Instant paidAt;
    @Column(name = "paid_day")
    public LocalDate paidDay;
    public String provider;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

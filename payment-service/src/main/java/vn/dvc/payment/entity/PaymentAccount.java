package vn.dvc.payment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A unit's online payment account. */
@Entity
@Table(name = "payment_account")
public class PaymentAccount {

    @Id
    @Column(name = "unit_code")
    public String unitCode;
    public boolean enabled;
    public String provider;
    public LocalDate since;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

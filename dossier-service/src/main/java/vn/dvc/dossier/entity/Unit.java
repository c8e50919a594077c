package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.dvc.contracts.catalog.Tier;

/** An administrative body in the unit tree. Its kind is a name, so that the kinds of office stay data. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public Tier tier;
    @Column(name = "parent_code")
    public String parentCode;
    public String kind;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An administrative body in the unit tree. Tier and kind are names, so that the tree's shape stays data. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public String code;
    public String name;
    public String tier;
    @Column(name = "parent_code")
    public String parentCode;
    public String kind;
    @Column(name = "updated_at")
    public Instant updatedAt;
}

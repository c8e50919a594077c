package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A service as provided at one tier, with its online mode (Decree 42) and, for provincial ones, its owner. */
@Entity
@Table(name = "offering")
@IdClass(Offering.Key.class)
public class Offering {

    @Id
    @ManyToOne
    @JoinColumn(name = "service_code")
    public CatalogService service;
    @Id
    public String tier;
    public Integer level;
    @Column(name = "online_mode")
    public String onlineMode;
    @Column(name = "owner_unit_code")
    public String ownerUnitCode;

    public static class Key implements Serializable {
        public String service;
        public String tier;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(service, key.service) && Objects.equals(tier, key.tier);
        }

        @Override
        public int hashCode() {
            return Objects.hash(service, tier);
        }
    }
}

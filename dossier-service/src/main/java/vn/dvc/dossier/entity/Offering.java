package vn.dvc.dossier.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import vn.dvc.contracts.catalog.Tier;

/**
 * A service as provided at one tier by one province or by every province, with its online mode (Decree 42) and, for
 * provincial ones, its owner.
 */
@Entity
@Table(name = "offering")
@IdClass(Offering.Key.class)
public class Offering {

    public static final String EVERY_PROVINCE = "";

    @Id
    @ManyToOne
    @JoinColumn(name = "service_code")
    public CatalogService service;
    @Id
    @Enumerated(EnumType.STRING)
    public Tier tier;
    /** The province offering it; '' for every province. */
    @Id
    @Column(name = "province_code")
    public String provinceCode = EVERY_PROVINCE;
    public Integer level;
    @Column(name = "online_mode")
    public String onlineMode;
    @Column(name = "owner_unit_code")
    public String ownerUnitCode;

    public static class Key implements Serializable {
        public String service;
        public Tier tier;
        public String provinceCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(service, key.service) && Objects.equals(tier, key.tier)
                    && Objects.equals(provinceCode, key.provinceCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(service, tier, provinceCode);
        }
    }
}

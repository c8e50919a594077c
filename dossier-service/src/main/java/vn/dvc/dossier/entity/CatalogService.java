package vn.dvc.dossier.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A service (administrative procedure) of the catalogue, with its offerings per tier. */
@Entity
@Table(name = "catalog_service")
public class CatalogService {

    @Id
    public String code;
    public String name;
    public String field;
    @Column(name = "fee_bearing")
    public boolean feeBearing;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @OneToMany(mappedBy = "service", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("tier")
    public List<Offering> offerings = new ArrayList<>();
}

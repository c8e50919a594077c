package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.catalog.UnitChanged;
import vn.dvc.dossier.entity.Unit;
import vn.dvc.dossier.model.UnitRequest;
import vn.dvc.dossier.model.UpsertResult;
import vn.dvc.dossier.repository.UnitRepository;

/** The unit tree: upserts checked as a whole, each change announced on {@code catalog-events}. */
@ApplicationScoped
public class UnitService {

    private final UnitRepository units;
    private final Outbox outbox;
    private final Callers callers;

    public UnitService(UnitRepository units, Outbox outbox, Callers callers) {
        this.units = units;
        this.outbox = outbox;
        this.callers = callers;
    }

    @Transactional
    public UpsertResult upsert(List<UnitRequest> requested) {
        Map<String, String> storedParents = units.parentByCode();
        Map<String, String> parents = UnitTreeRules.check(requested, storedParents);
        Caller caller = callers.current();
        if (caller.unitScoped()) {
            UnitTreeRules.requireWithin(caller.unitCode(), requested, storedParents, parents);
        }
        Map<String, Unit> stored = units.findByCodes(requested.stream().map(UnitRequest::code).toList());
        Instant now = Instant.now();
        int created = 0;
        List<Unit> changed = new ArrayList<>();
        for (UnitRequest request : requested) {
            Unit unit = stored.get(request.code());
            if (unit == null) {
                unit = new Unit();
                unit.code = request.code();
                created++;
            } else if (sameAs(unit, request)) {
                continue;
            }
            unit.name = request.name();
            unit.tier = request.tier();
            unit.parentCode = request.parentCode();
            unit.kind = request.kind() == null ? null : request.kind().name();
            unit.updatedAt = now;
            units.persist(unit);
            changed.add(unit);
        }
        changed.sort(Comparator.comparingInt(unit -> UnitTreeRules.depthOf(unit.code, parents)));
        for (Unit unit : changed) {
            UnitChanged event = new UnitChanged(UUID.randomUUID().toString(), now, unit.code, unit.name, unit.tier,
                    unit.parentCode, unit.kind);
            outbox.append(Topic.CATALOG_EVENTS.name(), event.key(), event);
        }
        return new UpsertResult(created, changed.size() - created, requested.size() - changed.size());
    }

    private static boolean sameAs(Unit unit, UnitRequest request) {
        return Objects.equals(unit.name, request.name()) && unit.tier == request.tier()
                && Objects.equals(unit.parentCode, request.parentCode())
                && Objects.equals(unit.kind, request.kind() == null ? null : request.kind().name());
    }

    public Optional<Unit> find(String code) {
        return units.findByIdOptional(code);
    }

    public List<Unit> childrenOf(String parentCode) {
        return parentCode == null ? units.roots() : units.childrenOf(parentCode);
    }

    public boolean exists(String code) {
        return units.count("code", code) > 0;
    }

    /** Units whose name or code matches what was typed (UnitSearch), within a unit's subtree if one is named. */
    public List<UnitSearch.Hit> search(String typed, String within, int limit) {
        List<UnitSearch.Candidate> candidates = units.listAll().stream()
                .map(unit -> new UnitSearch.Candidate(unit.code, unit.name, unit.tier, unit.parentCode, unit.kind)).toList();
        List<UnitSearch.Hit> hits = UnitSearch.search(candidates, typed, within == null ? limit : Integer.MAX_VALUE);
        if (within == null) {
            return hits;
        }
        java.util.Set<String> subtree = java.util.Set.copyOf(units.subtreeCodes(within));
        return hits.stream().filter(hit -> subtree.contains(hit.unit().code())).limit(limit).toList();
    }

    /** The units of these codes that are known, in the order asked. */
    public List<Unit> byCodes(List<String> codes) {
        Map<String, Unit> byCode = units.findByCodes(codes);
        return codes.stream().distinct().map(byCode::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Parents before children. */
    public List<Unit> subtreeOf(String code) {
        List<String> codes = units.subtreeCodes(code);
        Map<String, Unit> byCode = units.findByCodes(codes);
        return codes.stream().map(byCode::get).toList();
    }
}

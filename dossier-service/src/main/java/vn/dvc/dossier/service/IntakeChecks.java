package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.UnitScope;
import vn.dvc.commons.identity.WriteScope;
import vn.dvc.dossier.model.DossierEventRequest;
import vn.dvc.dossier.repository.CatalogServiceRepository;
import vn.dvc.dossier.repository.UnitRepository;
import vn.dvc.problem.Problem;
import vn.dvc.problem.Violation;

/**
 * The checks of an event against what is stored (each a 422 naming the field): its unit and service are in the
 * reference data, and the event that opens a dossier names the dossier's unit, service and channel (README, "Dossier intake").
 */
@ApplicationScoped
public class IntakeChecks {

    private final UnitRepository units;
    private final CatalogServiceRepository services;
    private final UnitScope tree;

    public IntakeChecks(UnitRepository units, CatalogServiceRepository services, UnitScope tree) {
        this.units = units;
        this.services = services;
        this.tree = tree;
    }

    /**
     * A caller held to a subtree (a province's portal key) writes only dossiers of its units: the unit an event names,
     * the unit it was received at, and the unit its dossier already has (or the one its opening event in the same
     * request names) must be inside; an event of a dossier of no known unit must name one. Each refusal is a 403
     * naming the field, for that event alone.
     */
    void checkWriteScope(Collection<IntakeItem> items, Caller caller, Map<String, String> storedUnits) {
        if (!caller.unitScoped()) {
            return;
        }
        List<IntakeItem> pending = items.stream().filter(IntakeItem::pending).toList();
        Map<String, String> unitOf = new HashMap<>(storedUnits);
        pending.stream().filter(item -> item.request.unitCode() != null && tree.isWithin(item.request.unitCode(), caller.unitCode()))
                .forEach(item -> unitOf.putIfAbsent(item.dossierId(), item.request.unitCode()));
        for (IntakeItem item : pending) {
            List<Violation> outside = new ArrayList<>();
            DossierEventRequest request = item.request;
            if (request.unitCode() != null) {
                WriteScope.check(caller, "unitCode", request.unitCode(), tree).ifPresent(outside::add);
            }
            if (request.receivedAtUnitCode() != null) {
                WriteScope.check(caller, "receivedAtUnitCode", request.receivedAtUnitCode(), tree).ifPresent(outside::add);
            }
            String dossierUnit = storedUnits.get(item.dossierId());
            if (dossierUnit != null && !tree.isWithin(dossierUnit, caller.unitCode())) {
                outside.add(new Violation("dossierId", "the dossier is of a unit outside " + caller.unitCode()
                        + ", the subtree this key may write"));
            } else if (request.unitCode() == null && unitOf.get(item.dossierId()) == null) {
                outside.add(new Violation("unitCode", "the dossier is not known yet: a key held to " + caller.unitCode()
                        + " names its unit on the dossier's first event"));
            }
            if (!outside.isEmpty()) {
                item.reject(Problem.forbidden(outside));
            }
        }
    }

    void checkReferences(Collection<IntakeItem> items) {
        List<IntakeItem> pending = items.stream().filter(IntakeItem::pending).toList();
        Set<String> knownUnits = units.existingCodes(distinct(pending.stream()
                .flatMap(item -> Stream.of(item.request.unitCode(), item.request.receivedAtUnitCode()))));
        Set<String> knownServices = services.existingCodes(distinct(pending.stream()
                .map(item -> item.request.serviceCode())));
        for (IntakeItem item : pending) {
            DossierEventRequest request = item.request;
            List<Violation> unknown = new ArrayList<>();
            if (request.receivedAtUnitCode() != null && !knownUnits.contains(request.receivedAtUnitCode())) {
                unknown.add(new Violation("receivedAtUnitCode", "unit " + request.receivedAtUnitCode() + " is not known"));
            }
            if (request.serviceCode() != null && !knownServices.contains(request.serviceCode())) {
                unknown.add(new Violation("serviceCode", "service " + request.serviceCode() + " is not known"));
            }
            if (request.unitCode() != null && !knownUnits.contains(request.unitCode())) {
                unknown.add(new Violation("unitCode", "unit " + request.unitCode() + " is not known"));
            }
            if (!unknown.isEmpty()) {
                item.reject(Problem.unprocessable(unknown));
            }
        }
    }

    /**
     * @param dossiersWithUnit the dossiers already stored with their unit known
     */
    void checkOpenings(Collection<IntakeItem> items, Set<String> dossiersWithUnit) {
        List<IntakeItem> pending = items.stream().filter(IntakeItem::pending).toList();
        Set<String> opened = new HashSet<>(dossiersWithUnit);
        pending.stream().filter(item -> item.event.status().opensDossier() && missingOpeningFields(item).isEmpty())
                .forEach(item -> opened.add(item.dossierId()));
        for (IntakeItem item : pending) {
            if (item.event.status().opensDossier() && !opened.contains(item.dossierId())) {
                item.reject(Problem.unprocessable(missingOpeningFields(item).stream()
                        .map(field -> new Violation(field, "is required on the event that opens a dossier")).toList()));
            }
        }
    }

    private static List<String> missingOpeningFields(IntakeItem item) {
        List<String> missing = new ArrayList<>();
        if (item.request.channel() == null) {
            missing.add("channel");
        }
        if (item.request.serviceCode() == null) {
            missing.add("serviceCode");
        }
        if (item.request.unitCode() == null) {
            missing.add("unitCode");
        }
        return missing;
    }

    private static Set<String> distinct(Stream<String> codes) {
        Set<String> distinct = new HashSet<>();
        codes.filter(Objects::nonNull).forEach(distinct::add);
        return distinct;
    }
}

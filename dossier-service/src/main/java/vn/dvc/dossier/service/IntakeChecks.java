package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import vn.dvc.commons.problem.Problem;
import vn.dvc.commons.problem.Violation;
import vn.dvc.dossier.repository.CatalogServiceRepository;
import vn.dvc.dossier.repository.UnitRepository;
import vn.dvc.dossier.rest.dto.DossierEventRequest;

/**
 * The checks of an event against what is stored (each a 422 naming the field): its unit and service are in the
 * reference data, and the event that opens a dossier names the dossier's unit, service and channel (README, "Dossier intake").
 */
@ApplicationScoped
public class IntakeChecks {

    private final UnitRepository units;
    private final CatalogServiceRepository services;

    public IntakeChecks(UnitRepository units, CatalogServiceRepository services) {
        this.units = units;
        this.services = services;
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

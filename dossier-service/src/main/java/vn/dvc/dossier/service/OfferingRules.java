package vn.dvc.dossier.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import vn.dvc.dossier.model.OfferingRequest;
import vn.dvc.dossier.model.OnlineMode;
import vn.dvc.dossier.model.ServiceRequest;
import vn.dvc.problem.Violation;

/**
 * The checks of a service's offerings (docs/counting-rules.md, glossary "mức độ" and "cung cấp ở cấp"): each tier once per
 * service and province, and a tier offered by every province not offered again by one; a level or a mode, and when
 * both, they agree (level 4 ≡ FULL, 3 ≡ PARTIAL, 1–2 ≡ NONE); an owner that is a known unit; a province that is a
 * root unit.
 */
public final class OfferingRules {

    private OfferingRules() {
    }

    public static List<Violation> violationsOf(int index, ServiceRequest service, Predicate<String> unitExists,
                                               Predicate<String> isProvince) {
        List<Violation> violations = new ArrayList<>();
        Set<String> tiersAndProvinces = new HashSet<>();
        Set<String> tiersOfEveryProvince = new HashSet<>();
        service.offerings().stream().filter(offering -> offering.province() == null)
                .forEach(offering -> tiersOfEveryProvince.add(offering.tier().name()));
        for (int j = 0; j < service.offerings().size(); j++) {
            OfferingRequest offering = service.offerings().get(j);
            String field = "[" + index + "].offerings[" + j + "]";
            if (!tiersAndProvinces.add(offering.tier().name() + "|" + offering.province())) {
                violations.add(new Violation(field + ".tier", "service " + service.code() + " is offered at tier "
                        + offering.tier() + (offering.province() == null ? "" : " by " + offering.province())
                        + " more than once"));
            } else if (offering.province() != null && tiersOfEveryProvince.contains(offering.tier().name())) {
                violations.add(new Violation(field + ".province", "service " + service.code() + " is offered at tier "
                        + offering.tier() + " by every province already"));
            }
            if (offering.province() != null && !isProvince.test(offering.province())) {
                violations.add(new Violation(field + ".province", "unit " + offering.province()
                        + " is not a province (a known unit without a parent)"));
            }
            Optional<OnlineMode> byLevel = OnlineMode.ofLevel(offering.level());
            if (byLevel.isEmpty() && offering.onlineMode() == null) {
                violations.add(new Violation(field + ".onlineMode", "give a level (1–4) or an onlineMode"));
            } else if (byLevel.isPresent() && offering.onlineMode() != null && byLevel.get() != offering.onlineMode()) {
                violations.add(new Violation(field + ".onlineMode", "level " + offering.level() + " means "
                        + byLevel.get() + ", not " + offering.onlineMode()));
            }
            if (offering.ownerUnitCode() != null && !unitExists.test(offering.ownerUnitCode())) {
                violations.add(new Violation(field + ".ownerUnitCode", "unit " + offering.ownerUnitCode() + " is not known"));
            }
        }
        return violations;
    }

    /** The mode in force: the one given, else the one the legacy level implies. */
    public static OnlineMode modeOf(OfferingRequest offering) {
        return offering.onlineMode() != null ? offering.onlineMode() : OnlineMode.ofLevel(offering.level()).orElseThrow();
    }
}

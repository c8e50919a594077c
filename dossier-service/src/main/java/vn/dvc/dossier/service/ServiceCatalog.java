package vn.dvc.dossier.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.dvc.access.identity.Caller;
import vn.dvc.commons.identity.Callers;
import vn.dvc.commons.outbox.Outbox;
import vn.dvc.commons.outbox.OutboxMessage;
import vn.dvc.contracts.Topic;
import vn.dvc.contracts.catalog.ServiceChanged;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.dossier.entity.CatalogService;
import vn.dvc.dossier.entity.Offering;
import vn.dvc.dossier.entity.Unit;
import vn.dvc.dossier.model.OfferingRequest;
import vn.dvc.dossier.model.OnlineMode;
import vn.dvc.dossier.model.ServiceRequest;
import vn.dvc.dossier.model.UpsertResult;
import vn.dvc.dossier.repository.CatalogServiceRepository;
import vn.dvc.dossier.repository.UnitRepository;
import vn.dvc.problem.Problem;
import vn.dvc.problem.ProblemException;
import vn.dvc.problem.Violation;

/** The service catalogue: upserts checked as a whole, each change announced on {@code catalog-events}. */
@ApplicationScoped
public class ServiceCatalog {

    private static final Comparator<ServiceChanged.Offering> OFFERING_ORDER = Comparator.comparing(ServiceChanged.Offering::tier)
            .thenComparing(ServiceChanged.Offering::province, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final CatalogServiceRepository services;
    private final UnitRepository units;
    private final Outbox outbox;
    private final Callers callers;

    public ServiceCatalog(CatalogServiceRepository services, UnitRepository units, Outbox outbox, Callers callers) {
        this.services = services;
        this.units = units;
        this.outbox = outbox;
        this.callers = callers;
    }

    @Transactional
    public UpsertResult upsert(List<ServiceRequest> asked) {
        Map<String, CatalogService> stored = services.findByCodes(asked.stream().map(ServiceRequest::code).toList());
        Caller caller = callers.current();
        List<ServiceRequest> requested = caller.unitScoped() ? ofProvince(caller.unitCode(), asked, stored) : asked;
        check(requested);
        Instant now = Instant.now();
        int created = 0;
        List<OutboxMessage> announcements = new ArrayList<>();
        for (ServiceRequest request : requested) {
            CatalogService service = stored.get(request.code());
            List<ServiceChanged.Offering> offerings = offeringsOf(request);
            if (service == null) {
                service = new CatalogService();
                service.code = request.code();
                created++;
            } else if (sameAs(service, request, offerings)) {
                continue;
            }
            apply(service, request, now);
            services.persist(service);
            ServiceChanged event = new ServiceChanged(UUID.randomUUID().toString(), now, service.code, service.name,
                    service.field, service.feeBearing, offerings);
            announcements.add(new OutboxMessage(Topic.CATALOG_EVENTS.name(), event.key(), outbox.toJson(event)));
        }
        outbox.appendAll(announcements);
        return new UpsertResult(created, announcements.size() - created, requested.size() - announcements.size());
    }

    /**
     * A province's key changes only its own offerings: every offering it sends is its province's, the national
     * catalogue's fields of a service that exists stay as they are, and the service's other offerings (every
     * province's, other provinces') are kept beside the ones it sends. Anything else is a 403 naming the field.
     */
    private static List<ServiceRequest> ofProvince(String province, List<ServiceRequest> requested, Map<String, CatalogService> stored) {
        List<Violation> violations = new ArrayList<>();
        List<ServiceRequest> merged = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ServiceRequest request = requested.get(i);
            for (int j = 0; j < request.offerings().size(); j++) {
                if (!province.equals(request.offerings().get(j).province())) {
                    violations.add(new Violation("[" + i + "].offerings[" + j + "].province", "must be " + province
                            + ": a province's key changes its own offerings only"));
                }
            }
            CatalogService service = stored.get(request.code());
            if (service != null && !(Objects.equals(service.name, request.name()) && Objects.equals(service.field, request.field())
                    && service.feeBearing == request.feeBearing())) {
                violations.add(new Violation("[" + i + "].name", "the national catalogue's name, field and fee of a service are "
                        + "changed by a national key; send them as they are"));
            }
            List<OfferingRequest> offerings = new ArrayList<>(request.offerings());
            if (service != null) {
                service.offerings.stream().filter(offering -> !province.equals(provinceOf(offering)))
                        .map(offering -> new OfferingRequest(offering.tier, offering.level,
                                OnlineMode.valueOf(offering.onlineMode), offering.ownerUnitCode, provinceOf(offering)))
                        .forEach(offerings::add);
            }
            merged.add(new ServiceRequest(request.code(), request.name(), request.field(), request.feeBearing(), offerings));
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(Problem.forbidden(violations));
        }
        return merged;
    }

    private void check(List<ServiceRequest> requested) {
        Map<String, Unit> named = units.findByCodes(requested.stream().flatMap(service -> service.offerings().stream())
                .flatMap(offering -> Stream.of(offering.ownerUnitCode(), offering.province()))
                .filter(Objects::nonNull).distinct().toList());
        Predicate<String> isProvince = code -> named.containsKey(code) && named.get(code).parentCode == null;
        List<Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            ServiceRequest service = requested.get(i);
            if (!seen.add(service.code())) {
                violations.add(new Violation("[" + i + "].code", "service " + service.code() + " appears more than once in the request"));
            }
            violations.addAll(OfferingRules.violationsOf(i, service, named::containsKey, isProvince));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable(violations.size() + " problem(s) in the services; nothing was stored",
                    violations);
        }
    }

    private static List<ServiceChanged.Offering> offeringsOf(ServiceRequest request) {
        return request.offerings().stream()
                .map(o -> new ServiceChanged.Offering(o.tier(), o.level(), OfferingRules.modeOf(o).name(), o.ownerUnitCode(),
                        o.province()))
                .sorted(OFFERING_ORDER)
                .toList();
    }

    private static boolean sameAs(CatalogService service, ServiceRequest request, List<ServiceChanged.Offering> offerings) {
        List<ServiceChanged.Offering> storedOfferings = service.offerings.stream()
                .map(o -> new ServiceChanged.Offering(o.tier, o.level, o.onlineMode, o.ownerUnitCode, provinceOf(o)))
                .sorted(OFFERING_ORDER)
                .toList();
        return Objects.equals(service.name, request.name()) && Objects.equals(service.field, request.field())
                && service.feeBearing == request.feeBearing() && storedOfferings.equals(offerings);
    }

    /** The province offering it; null for every province. */
    public static String provinceOf(Offering offering) {
        return Offering.EVERY_PROVINCE.equals(offering.provinceCode) ? null : offering.provinceCode;
    }

    private static String keyOf(Tier tier, String province) {
        return tier + "|" + (province == null ? Offering.EVERY_PROVINCE : province);
    }

    /**
     * Offerings are merged by tier and province: Hibernate inserts before it deletes, so replacing a row by its twin
     * would clash.
     */
    private static void apply(CatalogService service, ServiceRequest request, Instant now) {
        service.name = request.name();
        service.field = request.field();
        service.feeBearing = request.feeBearing();
        service.updatedAt = now;
        Map<String, OfferingRequest> requestedByKey = new HashMap<>();
        request.offerings().forEach(offering -> requestedByKey.put(keyOf(offering.tier(), offering.province()), offering));
        service.offerings.removeIf(offering -> !requestedByKey.containsKey(keyOf(offering.tier, provinceOf(offering))));
        for (OfferingRequest requestedOffering : request.offerings()) {
            String key = keyOf(requestedOffering.tier(), requestedOffering.province());
            Offering offering = service.offerings.stream()
                    .filter(existing -> keyOf(existing.tier, provinceOf(existing)).equals(key))
                    .findFirst()
                    .orElseGet(() -> {
                        Offering added = new Offering();
                        added.service = service;
                        added.tier = requestedOffering.tier();
                        added.provinceCode = requestedOffering.province() == null ? Offering.EVERY_PROVINCE
                                : requestedOffering.province();
                        service.offerings.add(added);
                        return added;
                    });
            offering.level = requestedOffering.level();
            offering.onlineMode = OfferingRules.modeOf(requestedOffering).name();
            offering.ownerUnitCode = requestedOffering.ownerUnitCode();
        }
    }

    public Optional<CatalogService> find(String code) {
        return Optional.ofNullable(services.findByCodes(List.of(code)).get(code));
    }

    public boolean exists(String code) {
        return services.count("code", code) > 0;
    }

    public List<CatalogService> search(String field, Tier tier, OnlineMode onlineMode) {
        return services.search(field, tier, onlineMode == null ? null : onlineMode.name());
    }
}

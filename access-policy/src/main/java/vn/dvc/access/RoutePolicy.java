package vn.dvc.access;

import static vn.dvc.access.Role.MINISTRY;
import static vn.dvc.access.Role.OPS;
import static vn.dvc.access.Role.PORTAL;
import static vn.dvc.access.Role.SERVICE;
import static vn.dvc.access.Role.UNIT;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every endpoint of the suite and who may call it (docs/security.md, "Roles"): the portal pushes events, payments and
 * report submissions; the ministry reads indicators; a unit reads and submits inside its own subtree; ops does
 * everything; a peer service reads the figures reporting-service assembles. A key held to a subtree (a unit key, a
 * province's portal or ops key) names a unit of it in every parameter a rule scopes by, and never calls a national one. An endpoint with no rule here is closed
 * to every caller — deny by default. The gateway decides on it and every back service decides on it again, from this
 * one table.
 */
public final class RoutePolicy {

    private static final Set<Role> EVERYONE = Set.of(PORTAL, MINISTRY, OPS, UNIT);
    private static final Set<Role> READERS = Set.of(MINISTRY, OPS, UNIT);
    private static final Set<Role> READERS_AND_PEERS = Set.of(MINISTRY, OPS, UNIT, SERVICE);
    private static final Set<Role> OPS_ONLY = Set.of(OPS);

    private static final List<RouteRule> RULES = List.of(
            // reference data: public administrative information, readable by every key
            RouteRule.of("PUT", "/units", OPS_ONLY),
            RouteRule.of("GET", "/units", EVERYONE),
            RouteRule.of("GET", "/units/search", EVERYONE),
            RouteRule.of("GET", "/units/{code}", EVERYONE),
            RouteRule.of("GET", "/units/{code}/subtree", EVERYONE),
            RouteRule.of("PUT", "/services", OPS_ONLY),
            RouteRule.of("GET", "/services", EVERYONE),
            RouteRule.of("GET", "/services/{code...}", EVERYONE),
            // dossiers
            RouteRule.of("POST", "/dossier-events", Set.of(PORTAL, OPS)),
            RouteRule.of("POST", "/dossier-events/batch", Set.of(PORTAL, OPS)),
            RouteRule.of("GET", "/dossiers/near-due", Set.of(OPS, UNIT, SERVICE)).scopedBy("unit"),
            RouteRule.of("GET", "/dossiers/overdue", Set.of(OPS, UNIT, SERVICE)).scopedBy("unit"),
            RouteRule.of("GET", "/dossiers/anomalies", Set.of(OPS, UNIT)).scopedBy("unit"),
            // the national portal's sync job, as it is (docs/dvcqg-sync.md)
            RouteRule.of("POST", "/dvcqg/dossiers", Set.of(PORTAL, OPS)).asBatch(),
            RouteRule.of("POST", "/dvcqg/progress", Set.of(PORTAL, OPS)).asBatch(),
            RouteRule.of("PUT", "/dvcqg/unit-codes", OPS_ONLY),
            RouteRule.of("GET", "/dvcqg/unit-codes", Set.of(PORTAL, OPS)),
            // applicants' satisfaction ratings (docs/counting-rules.md, "Decision 766 score")
            RouteRule.of("POST", "/dossier-ratings", Set.of(PORTAL, OPS)).asBatch(),
            RouteRule.of("POST", "/feedback-items", Set.of(PORTAL, OPS)).asBatch(),
            RouteRule.of("POST", "/procedure-publications", Set.of(PORTAL, OPS)).asBatch(),
            // one item by id: dossier-service checks a unit key's subtree (an id says nothing)
            RouteRule.of("GET", "/feedback-items/{id}", Set.of(PORTAL, OPS, UNIT)),
            // history imports (docs/imports.md)
            RouteRule.of("POST", "/imports", Set.of(PORTAL, OPS)).asUpload().asHeavy(),
            // SERVICE: reporting-service tells ops contacts of the imports that failed (docs/operations.md, "Reminders")
            RouteRule.of("GET", "/imports", Set.of(PORTAL, OPS, SERVICE)),
            RouteRule.of("GET", "/imports/{id}", Set.of(PORTAL, OPS)),
            RouteRule.of("GET", "/imports/{id}/rejections", Set.of(PORTAL, OPS)),
            RouteRule.of("DELETE", "/imports/{id}", Set.of(PORTAL, OPS)),
            // one dossier or payment by id: dossier- and payment-service check a unit key's subtree (an id says nothing)
            RouteRule.of("GET", "/dossiers/{id...}", Set.of(PORTAL, OPS, UNIT)),
            // indicators: the catalogue is public, like the reference data
            RouteRule.of("GET", "/indicators", EVERYONE),
            RouteRule.of("GET", "/indicators/{code}", EVERYONE),
            RouteRule.of("GET", "/kpis", READERS_AND_PEERS).scopedBy("unit"),
            RouteRule.of("GET", "/kpis/ranking", READERS_AND_PEERS).scopedBy("within").asHeavy(),
            RouteRule.of("GET", "/kpis/series", READERS).scopedBy("unit"),
            RouteRule.of("GET", "/kpis/unused-offerings", READERS).scopedBy("unit"),
            RouteRule.of("POST", "/kpis/reconcile", OPS_ONLY).scopedBy("unit").withIdempotencyKey().asHeavy(),
            RouteRule.of("GET", "/emc/indicators", READERS_AND_PEERS).scopedBy("unit").asHeavy(),
            RouteRule.of("GET", "/emc/scores/766", READERS).scopedBy("unit").asHeavy(),
            RouteRule.of("GET", "/emc/pushes", Set.of(MINISTRY, OPS, SERVICE)),
            RouteRule.of("POST", "/emc/pushes", OPS_ONLY).scopedBy("unit").withIdempotencyKey().asHeavy(),
            RouteRule.of("GET", "/sources/freshness", READERS_AND_PEERS).scopedBy("unit"),
            RouteRule.of("GET", "/sources/quality", READERS_AND_PEERS).scopedBy("unit").asHeavy(),
            RouteRule.of("GET", "/scores/766", READERS_AND_PEERS).scopedBy("unit"),
            RouteRule.of("GET", "/scores/766/what-if", READERS).scopedBy("unit"),
            RouteRule.of("PUT", "/scores/766/national", OPS_ONLY).scopedBy("unit"),
            RouteRule.of("GET", "/scores/766/compare", READERS).scopedBy("unit"),
            RouteRule.of("GET", "/campaigns", READERS),
            RouteRule.of("GET", "/campaigns/{id}", READERS),
            RouteRule.of("PUT", "/campaigns/{id}", OPS_ONLY),
            RouteRule.of("GET", "/campaigns/{id}/progress", READERS_AND_PEERS).scopedBy("within").asHeavy(),
            // the plan's tasks: ops set them, each assignee reports on its own (kpi-service checks the unit it names)
            RouteRule.of("PUT", "/campaigns/{id}/tasks", OPS_ONLY),
            RouteRule.of("GET", "/campaigns/{id}/tasks", READERS_AND_PEERS).scopedBy("unit"),
            RouteRule.of("POST", "/campaigns/{id}/tasks/{code}/reports", Set.of(OPS, UNIT)),
            RouteRule.of("PUT", "/campaigns/{id}/online-only", OPS_ONLY),
            RouteRule.of("GET", "/campaigns/{id}/online-only", READERS_AND_PEERS).scopedBy("unit"),
            RouteRule.of("GET", "/campaigns/{id}/online-only/dossiers", Set.of(OPS, UNIT)).scopedBy("unit").asHeavy(),
            // payments
            RouteRule.of("POST", "/payments", Set.of(PORTAL, OPS)),
            // SERVICE: dossier-service sends an imported file's payments on (docs/imports.md)
            RouteRule.of("POST", "/payments/batch", Set.of(PORTAL, OPS, SERVICE)),
            RouteRule.of("GET", "/payments/tally", READERS).scopedBy("unit"),
            RouteRule.of("GET", "/payments/appendix-5", READERS_AND_PEERS).scopedBy("unit").asHeavy(),
            RouteRule.of("GET", "/payments/{id...}", Set.of(PORTAL, OPS, UNIT)),
            RouteRule.of("GET", "/payment-accounts/coverage", READERS).scopedBy("unit"),
            RouteRule.of("GET", "/payment-accounts/{unit}", READERS).scopedByPath("unit"),
            RouteRule.of("PUT", "/payment-accounts/{unit}", OPS_ONLY).scopedByPath("unit"),
            // reports, bulletin, appendices
            RouteRule.of("PUT", "/report-forms", OPS_ONLY).asNational(),
            RouteRule.of("POST", "/report-forms/standard-set", OPS_ONLY).withIdempotencyKey().asNational(),
            RouteRule.of("GET", "/report-forms", EVERYONE),
            RouteRule.of("GET", "/report-forms/{code...}", EVERYONE),
            // a unit submits its own reports and totals: reporting-service checks each body's unit against its subtree
            RouteRule.of("POST", "/report-submissions", Set.of(PORTAL, OPS, UNIT)),
            RouteRule.of("POST", "/report-submissions/batch", Set.of(PORTAL, OPS, UNIT)),
            RouteRule.of("GET", "/reports/completion", READERS).scopedBy("unit"),
            RouteRule.of("POST", "/dossier-totals", Set.of(PORTAL, OPS, UNIT, SERVICE)),
            RouteRule.of("GET", "/dossier-totals", READERS).scopedBy("unit"),
            RouteRule.of("POST", "/bulletins", OPS_ONLY).scopedBy("province").withIdempotencyKey().asHeavy(),
            RouteRule.of("GET", "/bulletins", Set.of(MINISTRY, OPS)),
            RouteRule.of("GET", "/bulletins/{id}", Set.of(MINISTRY, OPS)).asHeavy(),
            RouteRule.of("GET", "/appendices/{number}", READERS).scopedBy("unit").asHeavy(),
            // reminders: a unit subscribes its own office (and its subtree's); ops any unit
            RouteRule.of("PUT", "/reminders/subscriptions/{unit}", Set.of(OPS, UNIT)).scopedByPath("unit"),
            RouteRule.of("GET", "/reminders/subscriptions/{unit}", Set.of(OPS, UNIT)).scopedByPath("unit"),
            RouteRule.of("DELETE", "/reminders/subscriptions/{unit}", Set.of(OPS, UNIT)).scopedByPath("unit"),
            RouteRule.of("GET", "/reminders/deliveries", Set.of(OPS, UNIT)).scopedBy("unit"),
            // the gateway's own
            RouteRule.of("GET", "/api-keys", OPS_ONLY),
            RouteRule.of("POST", "/api-keys", OPS_ONLY),
            RouteRule.of("DELETE", "/api-keys/{id}", OPS_ONLY),
            RouteRule.of("GET", "/audit", OPS_ONLY));

    private RoutePolicy() {
    }

    /** The rule of the endpoint, the first that matches; none = closed. {@code apiPath} is the path after /api/v1. */
    public static Optional<RouteRule> ruleFor(String method, String apiPath) {
        return RULES.stream().filter(rule -> rule.matches(method, apiPath)).findFirst();
    }

    public static List<RouteRule> rules() {
        return RULES;
    }
}

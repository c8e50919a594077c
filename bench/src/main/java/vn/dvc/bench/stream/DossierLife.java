package vn.dvc.bench.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.dvc.bench.province.ServiceSpec;
import vn.dvc.bench.province.UnitProfile;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.Payment;

/**
 * One dossier's whole life, as the portal would report it: submitted online (or at a counter), received with a due
 * time, processed, sometimes sent back for supplements, extended, apologised for, withdrawn or stopped, paid online,
 * resolved (on time or late, by construction) and returned. Times follow one another; the events are made in any
 * order they happen, and the stream sorts them.
 *
 * <p>Proportions (per dossier): 7 % one supplement request and 0.5 % two (late by counting rules v1), 1.5 %
 * extensions (a twentieth of them without a reason), 0.03 % withdrawn, 0.01 % stopped, late at the unit's rate, an
 * apology for 60 % of the late (80 % of those at least a day ahead), an online payment for half the fee-bearing
 * online dossiers and 4 % of the others, and one in a thousand handled again after its result.
 */
final class DossierLife {

    private static final String[] PROVIDERS = {"VNPT Pay", "Payoo", "VietinBank", "Viettel Money"};

    private final SplittableRandom random;
    private final String dossierId;
    private final List<PortalItem> items = new ArrayList<>();
    private int eventNumber;

    private DossierLife(SplittableRandom random, String dossierId) {
        this.random = random;
        this.dossierId = dossierId;
    }

    /**
     * @param receivedAtUnit the counter that takes a dossier handed in in person (null: none named)
     */
    static List<PortalItem> of(SplittableRandom random, String dossierId, Instant receivedAt, ServiceSpec service,
                               UnitProfile unit, String receivedAtUnit) {
        DossierLife life = new DossierLife(random, dossierId);
        life.live(receivedAt, service, unit, receivedAtUnit);
        return life.items;
    }

    private void live(Instant receivedAt, ServiceSpec service, UnitProfile unit, String receivedAtUnit) {
        String channel = channel(service, unit);
        String unitCode = unit.unit().code();
        if (channel.equals("ONLINE")) {
            Instant submitted = receivedAt.minus(LocalClock.minutes(random, 10, 20 * 60));
            add(new DossierEvent(submitted, nextEventId(), dossierId, "SUBMITTED", unitCode, null, service.code(),
                    channel, null, null, null, null, null, null, false));
            if (random.nextDouble() < 0.003) {
                add(new DossierEvent(receivedAt, nextEventId(), dossierId, "REJECTED", null, null, null, null, null,
                        null, null, null, null, "Hồ sơ không đúng thành phần", false));
                return;
            }
        }
        Instant due = LocalClock.dueAfter(receivedAt, service.processingDays());
        boolean digitised = random.nextDouble() < unit.digitisedRate();
        add(new DossierEvent(receivedAt, nextEventId(), dossierId, "RECEIVED", unitCode,
                channel.equals("ONLINE") ? null : receivedAtUnit, service.code(), channel, due, null, digitised,
                service.feeBearing(), null, null, false));
        Instant processing = receivedAt.plus(LocalClock.minutes(random, 5, 180));
        add(event(processing, "PROCESSING"));
        if (!digitised && random.nextDouble() < 0.3) {
            add(event(processing.plusSeconds(300), "DIGITISED"));
        }
        double ending = random.nextDouble();
        if (ending < 0.0004) {
            Instant end = processing.plus(LocalClock.minutes(random, 60, 3 * 24 * 60));
            add(withReason(event(end, ending < 0.0003 ? "WITHDRAWN" : "STOPPED"), "Công dân đề nghị"));
            return;
        }
        Instant last = processing;
        if (random.nextDouble() < 0.015) {
            last = processing.plus(LocalClock.minutes(random, 30, 240));
            due = LocalClock.dueAfter(due, 5);
            add(new DossierEvent(last, nextEventId(), dossierId, "EXTENDED", null, null, null, null, due, null, null,
                    null, null, random.nextDouble() < 0.05 ? null : "Cần xác minh thêm", false));
        }
        double supplementDraw = random.nextDouble();
        int supplements = supplementDraw < 0.005 ? 2 : supplementDraw < 0.075 ? 1 : 0;
        for (int i = 0; i < supplements; i++) {
            Instant requested = LocalClock.between(random, last.plusSeconds(600), last.plus(Duration.between(last, due).dividedBy(2)));
            Duration pause = LocalClock.minutes(random, 24 * 60, 5 * 24 * 60);
            add(withReason(event(requested, "SUPPLEMENT_REQUESTED"), "Bổ sung giấy tờ còn thiếu"));
            last = requested.plus(pause);
            add(event(last, "SUPPLEMENT_RECEIVED"));
            // counting rules v1, "Due time in force": pushed later by the time the clock stood still
            due = due.plus(pause);
        }
        boolean lateByTime = random.nextDouble() < unit.lateRate();
        Instant earliest = last.plusSeconds(600);
        Instant resolved = lateByTime
                ? due.plus(LocalClock.minutes(random, 30, 6 * 24 * 60))
                : onTime(earliest, due);
        if (lateByTime && random.nextDouble() < 0.6) {
            apologise(earliest, due, resolved);
        }
        if (service.feeBearing() && random.nextDouble() < (channel.equals("ONLINE") ? 0.5 : 0.04)) {
            pay(service, unitCode, processing, resolved);
        }
        boolean late = lateByTime || supplements > 1;
        add(new DossierEvent(resolved, nextEventId(), dossierId, "RESOLVED", null, null, null, null, null, null, null,
                null, random.nextDouble() < unit.electronicResultRate(), null, late));
        Instant returned = resolved.plus(LocalClock.minutes(random, 60, 4 * 24 * 60));
        add(event(returned, "RETURNED"));
        if (random.nextDouble() < 0.001) {
            add(event(returned.plusSeconds(3600), "PROCESSING"));
        }
    }

    /** Resolved before the due time, most well before it (many on an earlier day: early). */
    private Instant onTime(Instant earliest, Instant due) {
        Instant latest = due.minusSeconds(60);
        if (!latest.isAfter(earliest)) {
            return earliest.plus(Duration.between(earliest, due).dividedBy(2));
        }
        double fraction = Math.pow(random.nextDouble(), 1.3);
        return earliest.plusSeconds((long) (Duration.between(earliest, latest).toSeconds() * fraction));
    }

    /** An apology letter, mostly at least a day before the due time then in force, promising the time it keeps. */
    private void apologise(Instant earliest, Instant due, Instant resolved) {
        Instant compliantLatest = due.minus(Duration.ofHours(25));
        Instant at;
        if (random.nextDouble() < 0.8 && compliantLatest.isAfter(earliest)) {
            at = LocalClock.between(random, max(earliest, due.minus(Duration.ofHours(72))), compliantLatest);
        } else if (due.minus(Duration.ofHours(1)).isAfter(earliest)) {
            at = LocalClock.between(random, max(earliest, due.minus(Duration.ofHours(20))), due.minus(Duration.ofHours(1)));
        } else {
            return;
        }
        Instant promised = resolved.plus(LocalClock.minutes(random, 0, 12 * 60));
        add(new DossierEvent(at, nextEventId(), dossierId, "APOLOGY_ISSUED", null, null, null, null, null, promised,
                null, null, null, "Hồ sơ cần thêm thời gian thẩm định", false));
    }

    /** Payment requested, sometimes a failed attempt first, then the success; a few are refunded later. */
    private void pay(ServiceSpec service, String unitCode, Instant processing, Instant resolved) {
        Instant requested = processing.plusSeconds(600);
        add(event(requested, "PAYMENT_REQUESTED"));
        Instant paid = LocalClock.between(random, requested.plusSeconds(300),
                requested.plus(Duration.between(requested, resolved).dividedBy(2)));
        boolean land = service.landRelated();
        long amount = land ? roundedThousands(Math.exp(Math.log(2e6) + random.nextDouble() * Math.log(1_500)))
                : roundedThousands(10_000 + random.nextDouble() * 490_000);
        String transaction = dossierId + ".tt1";
        String provider = PROVIDERS[random.nextInt(PROVIDERS.length)];
        String kind = land ? "LAND_OBLIGATION" : "FEE";
        if (random.nextDouble() < 0.05) {
            items.add(new Payment(paid.minus(LocalClock.minutes(random, 1, 30)), transaction, dossierId, unitCode,
                    service.field(), kind, amount, "FAILED", provider));
        }
        items.add(new Payment(paid, transaction, dossierId, unitCode, service.field(), kind, amount, "SUCCESS", provider));
        if (random.nextDouble() < 0.004) {
            items.add(new Payment(paid.plus(LocalClock.minutes(random, 24 * 60, 10 * 24 * 60)), transaction, dossierId,
                    unitCode, service.field(), kind, amount, "REFUNDED", provider));
        }
    }

    private String channel(ServiceSpec service, UnitProfile unit) {
        double draw = random.nextDouble();
        if (service.online() && draw < Math.min(0.95, unit.onlineShare() * 1.3)) {
            return "ONLINE";
        }
        return random.nextDouble() < 0.02 ? "POSTAL" : "DIRECT";
    }

    private DossierEvent event(Instant at, String status) {
        return DossierEvent.of(at, nextEventId(), dossierId, status);
    }

    private static DossierEvent withReason(DossierEvent event, String reason) {
        return new DossierEvent(event.at(), event.eventId(), event.dossierId(), event.status(), null, null, null, null,
                null, null, null, null, null, reason, false);
    }

    private void add(DossierEvent event) {
        items.add(event);
    }

    private String nextEventId() {
        return dossierId + ".e" + (++eventNumber);
    }

    private static long roundedThousands(double amount) {
        return Math.max(1, Math.round(amount / 1_000)) * 1_000;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

package vn.dvc.bench.stream;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import vn.dvc.bench.province.Province;
import vn.dvc.bench.province.ServiceSpec;
import vn.dvc.bench.province.UnitProfile;
import vn.dvc.bench.stream.PortalItem.DossierEvent;
import vn.dvc.bench.stream.PortalItem.DossierTotal;

/**
 * Everything the portal pushes for a generated province over the local days {@code [from, to)}, in the order it
 * happens. Deterministic: the same province, seed and window give the same items, a day's dossiers from that day's
 * own random stream. Dossiers are made a day ahead (an online submission precedes its receipt by up to 20 hours) and
 * their later events wait in a queue sorted by time; what would happen after the window is never emitted, so the
 * last weeks' dossiers stay open. Units report their own monthly totals on the 5th of the next month.
 */
public final class PortalStream implements Iterator<PortalItem> {

    /** Of a province's dossiers, the share handled by each tier. */
    private static final List<String> TIERS = List.of("PROVINCE", "DISTRICT", "COMMUNE");
    private static final double[] TIER_SHARES = {0.30, 0.35, 0.35};
    private static final DateTimeFormatter DAY_CODE = DateTimeFormatter.ofPattern("yyMMdd");

    private record Scheduled(PortalItem item, long sequence) {
    }

    private final Province province;
    private final long seed;
    private final LocalDate from;
    private final LocalDate to;
    private final Instant end;
    private final Map<String, OfferingPicker> offeringsByTier = new HashMap<>();
    private final Map<String, UnitPicker> unitsByTier = new HashMap<>();
    private final Map<String, UnitProfile> departments = new HashMap<>();
    private final PriorityQueue<Scheduled> queue = new PriorityQueue<>((a, b) -> {
        int byTime = a.item().at().compareTo(b.item().at());
        return byTime != 0 ? byTime : Long.compare(a.sequence(), b.sequence());
    });
    private final Map<String, long[]> receivedThisMonth = new HashMap<>();
    private final Map<Integer, Double> yearWeights = new HashMap<>();
    private final Expected expected = new Expected();
    private long sequence;
    private LocalDate nextDay;

    public PortalStream(Province province, long seed, LocalDate from, LocalDate to) {
        this(province, seed, from, to, true);
    }

    /** @param withReports whether units submit the ready-made forms' reports (their forms must be active then) */
    public PortalStream(Province province, long seed, LocalDate from, LocalDate to, boolean withReports) {
        this.province = province;
        this.seed = seed;
        this.from = from;
        this.to = to;
        this.end = LocalClock.startOf(to);
        this.nextDay = from;
        SplittableRandom random = new SplittableRandom(seed);
        for (String tier : TIERS) {
            offeringsByTier.put(tier, OfferingPicker.of(province.services().stream()
                    .filter(service -> service.tier().equals(tier)).toList(), random));
        }
        unitsByTier.put("DISTRICT", new UnitPicker(province.districts()));
        unitsByTier.put("COMMUNE", new UnitPicker(province.communes()));
        province.departments().forEach(profile -> departments.put(profile.unit().code(), profile));
        if (withReports) {
            ReportPlan.of(province, from, to, random.split()).forEach(this::schedule);
        }
    }

    /** What the suite must show once all emitted items are counted; complete when the stream is exhausted. */
    public Expected expected() {
        return expected;
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    @Override
    public boolean hasNext() {
        generateAhead();
        return !queue.isEmpty();
    }

    @Override
    public PortalItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        PortalItem item = queue.poll().item();
        expected.count(item);
        return item;
    }

    /** Makes the days whose first items could come before what the queue holds. */
    private void generateAhead() {
        while (nextDay.isBefore(to) && (queue.isEmpty()
                || !queue.peek().item().at().isBefore(LocalClock.startOf(nextDay).minus(Duration.ofDays(1))))) {
            generateDay(nextDay);
            nextDay = nextDay.plusDays(1);
        }
    }

    private void generateDay(LocalDate day) {
        if (day.getDayOfMonth() == 1 && day.isAfter(from)) {
            reportTotals(YearMonth.from(day.minusDays(1)));
        }
        SplittableRandom random = new SplittableRandom(seed ^ (day.toEpochDay() * 0x9E3779B97F4A7C15L));
        int count = dossiersOn(day);
        String prefix = province.namespace() + "-" + DAY_CODE.format(day) + "-";
        for (int n = 0; n < count; n++) {
            SplittableRandom own = random.split();
            String tier = tierOf(own.nextDouble());
            ServiceSpec service = offeringsByTier.get(tier).pick(own);
            UnitProfile unit = tier.equals("PROVINCE") ? departments.get(service.ownerUnitCode())
                    : unitsByTier.get(tier).pick(own);
            Instant receivedAt = LocalClock.counterTime(own, day);
            String dossierId = prefix + String.format("%06d", n + 1);
            List<PortalItem> life = DossierLife.of(own, dossierId, receivedAt, service, unit, counterOf(tier, unit));
            life.forEach(this::schedule);
            if (life.stream().anyMatch(item -> item instanceof DossierEvent event && event.status().equals("RECEIVED"))) {
                receivedThisMonth.computeIfAbsent(unit.unit().code(), code -> new long[1])[0]++;
            }
        }
    }

    private String counterOf(String tier, UnitProfile unit) {
        return switch (tier) {
            case "PROVINCE" -> province.serviceCentre().code();
            case "DISTRICT" -> province.oneStopShops().get(unit.unit().code()).code();
            default -> null;
        };
    }

    /**
     * Each unit that received dossiers in the month reports its own count on the 5th at 10:00: the portal's count
     * plus the dossiers it never entered (counting rules v1, "Self-reported totals").
     */
    private void reportTotals(YearMonth month) {
        Map<String, UnitProfile> profiles = new HashMap<>();
        List<UnitProfile> all = new ArrayList<>(province.departments());
        all.addAll(province.districts());
        all.addAll(province.communes());
        all.forEach(profile -> profiles.put(profile.unit().code(), profile));
        Instant at = month.plusMonths(1).atDay(5).atTime(LocalTime.of(10, 0)).atZone(LocalClock.ZONE).toInstant();
        LocalDate start = month.atDay(1).isBefore(from) ? from : month.atDay(1);
        receivedThisMonth.forEach((unit, received) -> {
            long total = Math.round(received[0] * (1 + profiles.get(unit).unenteredRate()));
            schedule(new DossierTotal(at, unit, start, month.plusMonths(1).atDay(1), total));
        });
        receivedThisMonth.clear();
    }

    private void schedule(PortalItem item) {
        if (item.at().isBefore(end)) {
            queue.add(new Scheduled(item, sequence++));
        }
    }

    private static String tierOf(double draw) {
        double left = draw;
        for (int i = 0; i < TIERS.size() - 1; i++) {
            left -= TIER_SHARES[i];
            if (left < 0) {
                return TIERS.get(i);
            }
        }
        return TIERS.get(TIERS.size() - 1);
    }

    /**
     * A year's dossiers spread over its days: weekdays in full, Saturday mornings at a fifth, no Sundays, almost none
     * over Tết (late January), a little more in the second half of the year.
     */
    int dossiersOn(LocalDate day) {
        double total = yearWeights.computeIfAbsent(day.getYear(), year -> LocalDate.of(year, 1, 1)
                .datesUntil(LocalDate.of(year + 1, 1, 1)).mapToDouble(PortalStream::weightOf).sum());
        return (int) Math.round(province.shape().dossiersPerYear() * weightOf(day) / total);
    }

    private static double weightOf(LocalDate day) {
        if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return 0;
        }
        MonthDay monthDay = MonthDay.from(day);
        if (!monthDay.isBefore(MonthDay.of(1, 29)) && !monthDay.isAfter(MonthDay.of(2, 6))) {
            return 0.05;
        }
        double season = 1 + 0.15 * Math.sin(2 * Math.PI * (day.getDayOfYear() - 91) / 365.0);
        return (day.getDayOfWeek() == DayOfWeek.SATURDAY ? 0.2 : 1.0) * season;
    }

    /** Picks a unit of a tier in proportion to its weight. */
    private static final class UnitPicker {
        private final List<UnitProfile> units;
        private final double[] cumulative;

        UnitPicker(List<UnitProfile> units) {
            this.units = units;
            this.cumulative = new double[units.size()];
            double sum = 0;
            for (int i = 0; i < units.size(); i++) {
                sum += units.get(i).weight();
                cumulative[i] = sum;
            }
        }

        UnitProfile pick(SplittableRandom random) {
            return units.get(Weighted.index(cumulative, random));
        }
    }
}

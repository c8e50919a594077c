package vn.dvc.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvc.commons.catalog.UnitCopy;
import vn.dvc.commons.inbox.TransactionRetry;
import vn.dvc.commons.web.LocalTime;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.reporting.client.KpiApi;
import vn.dvc.reporting.client.KpiApi.CampaignProgress;
import vn.dvc.reporting.client.KpiApi.Progress;
import vn.dvc.reporting.client.KpiApi.RankedUnit;
import vn.dvc.reporting.client.KpiApi.Ranking;
import vn.dvc.reporting.client.KpiApi.UnitProgress;
import vn.dvc.reporting.client.Peers;
import vn.dvc.reporting.config.BulletinConfig;
import vn.dvc.reporting.model.BulletinSummary;
import vn.dvc.reporting.model.BulletinView.FailedPush;
import vn.dvc.reporting.model.BulletinView.IndicatorLine;
import vn.dvc.reporting.model.BulletinView.QualityFlag;
import vn.dvc.reporting.model.BulletinView.QuietUnit;
import vn.dvc.reporting.model.BulletinView.Section;
import vn.dvc.reporting.model.BulletinView.Sources;
import vn.dvc.reporting.model.BulletinView.UndeliveredReminder;
import vn.dvc.reporting.model.BulletinView.UnitLine;
import vn.dvc.reporting.model.BulletinView;
import vn.dvc.reporting.repository.BulletinStore;
import vn.dvc.reporting.repository.Deliveries;
import vn.dvc.reporting.rules.VietnameseLabels;
import vn.dvc.rules.time.PortalTime;

/**
 * Makes, keeps and serves the steering bulletin. Every figure is read from the peers first; the bulletin is stored
 * whole (table bulletin, as JSON) or not at all.
 */
@ApplicationScoped
public class Bulletins {

    private static final List<Tier> TIERS = List.of(Tier.DEPARTMENT, Tier.DISTRICT);
    private static final Map<Tier, String> SECTION_TITLES = Map.of(Tier.DEPARTMENT, "Sở, ban, ngành",
            Tier.DISTRICT, "UBND các huyện, thị xã, thành phố");

    private final Peers peers;
    private final Completion completion;
    private final BulletinConfig config;
    private final BulletinStore stored;
    private final TransactionRetry retry;
    private final Clock clock;
    private final OverdueTaskSections overdueTasks;
    private final UnitCopy units;
    private final Deliveries reminders;

    public Bulletins(Peers peers, Completion completion, BulletinConfig config, BulletinStore stored,
                     TransactionRetry retry, Clock clock, OverdueTaskSections overdueTasks, UnitCopy units,
                     Deliveries reminders) {
        this.reminders = reminders;
        this.overdueTasks = overdueTasks;
        this.units = units;
        this.peers = peers;
        this.completion = completion;
        this.config = config;
        this.stored = stored;
        this.retry = retry;
        this.clock = clock;
    }

    /**
     * Makes and keeps a bulletin: of the province asked, else of the one configured, else of the whole tree.
     *
     * @param slot the schedule's slot it is made for; empty when made on demand
     */
    public BulletinView make(Optional<Instant> slot, Optional<String> asked) {
        Instant now = clock.instant();
        String province = asked.or(config::province).orElse(null);
        Optional<BulletinView> previous = latest(Optional.ofNullable(province));
        Map<String, BigDecimal> before = previous.map(Bulletins::figuresOf).orElse(Map.of());
        List<Section> sections = new ArrayList<>();
        CampaignProgress campaign = null;
        for (Tier tier : TIERS) {
            CampaignProgress progress = peers.progress(config.campaign(), tier, province);
            campaign = progress;
            LocalDate end = progress.asOf().plusDays(1).isAfter(progress.to()) ? progress.to() : progress.asOf().plusDays(1);
            Map<String, Ranking> rankings = new HashMap<>();
            List<UnitLine> lines = new ArrayList<>();
            for (UnitProgress unit : progress.units()) {
                List<IndicatorLine> indicators = new ArrayList<>();
                for (Progress figure : unit.indicators()) {
                    Ranking ranking = rankings.computeIfAbsent(figure.code(), code -> peers.ranking(code, tier, province, progress.from(), end));
                    Optional<RankedUnit> ranked = ranking.units().stream().filter(r -> r.unit().equals(unit.unit())).findFirst();
                    IndicatorLine line = new IndicatorLine(figure.code(), VietnameseLabels.indicator(figure.code()),
                            figure.numerator(), figure.denominator(), figure.percent(), figure.value(), figure.target(),
                            figure.met(), null, ranked.map(RankedUnit::rank).orElse(null), ranking.units().size());
                    indicators.add(line.since(before.get(unit.unit() + "|" + figure.code())));
                }
                long missing = completion.of(null, null, unit.unit(), null, progress.from(),
                        LocalDate.ofInstant(now, PortalTime.LOCAL_ZONE).plusDays(1), Integer.MAX_VALUE).forms().stream()
                        .flatMap(form -> form.missing().stream()).filter(report -> report.pastDeadline()).count();
                lines.add(new UnitLine(unit.unit(), unit.name(), indicators, peers.overdue(unit.unit()),
                        peers.nearDue(unit.unit(), config.nearDueWithin().toString()), missing));
            }
            sections.add(new Section(tier, SECTION_TITLES.get(tier), lines));
        }
        BulletinView made = new BulletinView(0, LocalTime.of(now), slot.map(LocalTime::of).orElse(null),
                previous.map(BulletinView::id).orElse(null), province, campaign.campaign(), campaign.from(), campaign.to(),
                campaign.asOf(), sections, sources(province, campaign.asOf(), previous.map(BulletinView::madeAt).orElse(null), now),
                overdueTasks.of(config.campaign(), province, now), score766(province, campaign));
        return retry.call("bulletin", 3, () -> stored.save(made, slot, now));
    }

    /** The Decision 766 estimate over the campaign's days so far; none before its first day. */
    private BulletinView.Score766 score766(String province, CampaignProgress campaign) {
        LocalDate end = campaign.asOf().plusDays(1).isAfter(campaign.to()) ? campaign.to() : campaign.asOf().plusDays(1);
        if (!campaign.from().isBefore(end)) {
            return null;
        }
        KpiApi.Score766 score = peers.score766(province, campaign.from(), end);
        return new BulletinView.Score766(score.version(), score.measuredPoints(), score.measuredMax(), score.max(), score.parts().stream()
                .map(part -> new BulletinView.ScorePart(part.code(), part.label(), part.max(), part.numerator(), part.denominator(),
                        part.percent(), part.points(), part.missing())).toList());
    }

    /**
     * What the figures rest on: the quiet units, the quality flags of the two weeks up to {@code asOf}, the pushes
     * given up since the previous bulletin (the last day's when there is none).
     */
    private Sources sources(String province, LocalDate asOf, OffsetDateTime previousMadeAt, Instant now) {
        Instant since = previousMadeAt == null ? now.minus(Duration.ofDays(1)) : previousMadeAt.toInstant();
        List<QuietUnit> quiet = peers.quietUnits(province).stream().map(unit -> new QuietUnit(unit.unitCode(), unit.unitName(),
                unit.latestEventAt() == null ? null : LocalTime.of(unit.latestEventAt()), unit.silentWorkingDays())).toList();
        List<QualityFlag> flags = peers.qualityFlags(province, asOf.minusDays(13), asOf.plusDays(1)).stream().map(flag ->
                new QualityFlag(flag.check(), flag.label(), flag.unitCode(), flag.unitName(), flag.from(), flag.to())).toList();
        List<FailedPush> failed = peers.failedPushes().stream()
                .filter(push -> push.lastAttemptAt() != null && !push.lastAttemptAt().isBefore(since))
                .filter(push -> province == null || units.isWithin(push.unitCode(), province))
                .map(push -> new FailedPush(push.unitCode(), push.from(), push.to(), push.attempts(),
                        LocalTime.of(push.lastAttemptAt()), push.lastHttpStatus())).toList();
        List<UndeliveredReminder> undelivered = reminders.undelivered(since, now).stream()
                .filter(delivery -> province == null || units.isWithin(delivery.unitCode(), province))
                .map(delivery -> new UndeliveredReminder(delivery.unitCode(), delivery.type(), delivery.slot(),
                        delivery.channel(), delivery.attempts(), delivery.lastError())).toList();
        return new Sources(quiet, flags, failed, undelivered);
    }

    /** The newest bulletin of the province, or of the whole tree; empty: the newest of any. */
    public Optional<BulletinView> latest(Optional<String> province) {
        return stored.latest(province);
    }

    /** The newest bulletin, whatever it covers. */
    public Optional<BulletinView> latest() {
        return stored.latest();
    }

    public Optional<BulletinView> byId(long id) {
        return stored.byId(id);
    }

    /** The newest scheduled slot a bulletin was made for. */
    public Optional<Instant> lastScheduledSlot() {
        return stored.lastScheduledSlot();
    }

    /** The bulletins made since {@code since}, oldest first. */
    public List<BulletinStore.Made> madeSince(Instant since) {
        return stored.madeSince(since);
    }

    public List<BulletinSummary> recent(int count) {
        return stored.recent(count);
    }

    private static Map<String, BigDecimal> figuresOf(BulletinView bulletin) {
        Map<String, BigDecimal> figures = new HashMap<>();
        bulletin.sections().forEach(section -> section.units().forEach(unit -> unit.indicators().stream()
                .filter(line -> line.figure() != null)
                .forEach(line -> figures.put(unit.unitCode() + "|" + line.code(), line.figure()))));
        return figures;
    }
}

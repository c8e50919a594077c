package vn.dvc.reporting.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import vn.dvc.contracts.catalog.Tier;
import vn.dvc.rules.IndicatorCatalogue;
import vn.dvc.rules.time.PortalTime;

/** What a Vietnamese reader sees for the suite's codes: indicators (the catalogue's names), tiers, and dates as dd/MM/yyyy. */
public final class VietnameseLabels {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final Map<Tier, String> TIERS = Map.of(Tier.PROVINCE, "Cấp tỉnh", Tier.DEPARTMENT, "Sở, ban, ngành",
            Tier.DISTRICT, "Cấp huyện", Tier.COMMUNE, "Cấp xã");

    private VietnameseLabels() {
    }

    public static String indicator(String code) {
        return IndicatorCatalogue.nameVi(code);
    }

    public static String tier(Tier tier) {
        return tier == null ? "" : TIERS.get(tier);
    }

    /** A reminder's channel: EMAIL, WEBHOOK. */
    public static String reminderChannel(String channel) {
        return "EMAIL".equals(channel) ? "thư điện tử" : "webhook";
    }

    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "16:00 ngày 04/12/2026", local time. */
    public static String moment(Instant at) {
        return MOMENT.format(at.atZone(PortalTime.LOCAL_ZONE));
    }

    /** "Từ ngày 01/06/2022 đến ngày 31/08/2022" for the local days [from, to). */
    public static String period(LocalDate from, LocalDate to) {
        return "Từ ngày " + day(from) + " đến ngày " + day(to.minusDays(1));
    }
}

package vn.dvc.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/** The steering bulletin ({@code reporting.bulletin.*}). */
@ConfigMapping(prefix = "reporting.bulletin")
public interface BulletinConfig {

    /** Made on schedule (off: only on demand). */
    @WithDefault("true")
    boolean scheduled();

    /** Local time (Asia/Ho_Chi_Minh) of each scheduled bulletin; before 17:00. */
    @WithDefault("16:00")
    LocalTime at();

    /** The first scheduled day; then every {@link #everyDays()} days. */
    @WithDefault("2022-06-01")
    LocalDate firstDay();

    @WithDefault("2")
    int everyDays();

    /** The campaign whose targets the bulletin follows (kpi-service). */
    @WithDefault("KH-170-2022")
    String campaign();

    /**
     * The province (a root unit) the scheduled bulletin covers; none: the whole tree (a suite of one province, or the
     * national level). Any province's bulletin is made on demand with {@code POST /bulletins?province=}.
     */
    Optional<String> province();

    /** "Near due": due within this from the bulletin's time. */
    @WithDefault("PT24H")
    Duration nearDueWithin();

    /** The bulletin as an administrative document (Decree 30/2020): who issues it, its symbol, where. */
    Document document();

    interface Document {

        /** The body above the issuer, e.g. "UBND TỈNH BÌNH PHƯỚC"; none: "UBND" and the province's name. */
        Optional<String> parentBody();

        @WithDefault("BAN CHỈ ĐẠO CHIẾN DỊCH DVCTT")
        String issuer();

        /** The symbol after the number: "Số: 12/BC-BCĐ". */
        @WithDefault("BC-BCĐ")
        String symbol();

        /** The place before the date; none: the province's name without "Tỉnh". */
        Optional<String> place();

        /** Who signs for the issuer, under "TM. <issuer>". */
        @WithDefault("TRƯỞNG BAN")
        String signerTitle();

        /** LibreOffice's {@code soffice}, for the bulletin as PDF; none: {@code soffice} on the PATH, if any. */
        Optional<String> pdfConverter();
    }
}

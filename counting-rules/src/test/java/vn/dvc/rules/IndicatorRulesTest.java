package vn.dvc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every dossier rule on the plan's real figures (docs/counting-rules.md, "The seed's figures"). */
class IndicatorRulesTest {

    private static Sums inPeriod(Map<Measure, Long> sums) {
        return new Sums(sums, Map.of());
    }

    @Test
    void uptakeOfThePlanOnTheFifteenthOfMay() {
        Sums sums = inPeriod(Map.of()).withOfferings(new OfferingCounts(1_651, 449, 200));

        IndicatorValue any = IndicatorValue.of(new OnlineServiceUptake(), new OnlineServiceUptake().compute(sums),
                new BigDecimal("80.0"));
        IndicatorValue online = IndicatorValue.of(new OnlineServiceUptakeOnline(),
                new OnlineServiceUptakeOnline().compute(sums), new BigDecimal("80.0"));

        assertThat(any.percent()).isEqualByComparingTo("27.20");
        assertThat(any.met()).isFalse();
        assertThat(online.numerator()).isEqualTo(200);
        assertThat(online.code()).isEqualTo("ONLINE_SERVICE_UPTAKE_ONLINE");
    }

    @Test
    void onlineDossierShareOfThePlan() {
        IndicatorValue value = IndicatorValue.of(new OnlineDossierShare(), new OnlineDossierShare().compute(
                inPeriod(Map.of(Measure.RECEIVED, 141_618L, Measure.RECEIVED_ONLINE, 30_615L))), new BigDecimal("50.0"));

        assertThat(value.numerator()).isEqualTo(30_615);
        assertThat(value.denominator()).isEqualTo(141_618);
        assertThat(value.percent()).isEqualByComparingTo("21.62");
        assertThat(value.met()).isFalse();
    }

    @Test
    void onlineDossierShareAgainstReportedTotalsOfThePlan() {
        Sums sums = inPeriod(Map.of(Measure.RECEIVED, 141_618L, Measure.RECEIVED_ONLINE, 30_615L)).withNotEntered(76_004);

        IndicatorValue reported = IndicatorValue.of(new OnlineDossierShareReported(),
                new OnlineDossierShareReported().compute(sums), new BigDecimal("50.0"));
        IndicatorValue notEntered = IndicatorValue.of(new DossiersNotEntered(), new DossiersNotEntered().compute(sums),
                BigDecimal.ZERO);

        assertThat(reported.denominator()).isEqualTo(217_622);
        assertThat(reported.percent()).isEqualByComparingTo("14.07");
        assertThat(notEntered.value()).isEqualTo(76_004);
        assertThat(ReportedGap.of(100, 60)).isEqualTo(40);
        assertThat(ReportedGap.of(60, 100)).as("a surplus is no gap").isZero();
    }

    @Test
    void reportingRatesOfTheCommunesGrisForms() {
        // GRIS Q1/2022: 111 communes × 3 forms; 75 + 107 + 111 submitted, 150 online, 250 on time.
        Sums sums = inPeriod(Map.of(Measure.REPORTS_EXPECTED, 333L, Measure.REPORTS_SUBMITTED, 293L,
                Measure.REPORTS_ONLINE, 150L, Measure.REPORTS_ON_TIME, 250L));

        assertThat(new ReportCompletion().compute(sums).ratio().percent()).isEqualByComparingTo("87.99");
        assertThat(new OnlineReporting().compute(sums).ratio().percent()).isEqualByComparingTo("45.05");
        assertThat(new ReportTimeliness().compute(sums).ratio().percent()).isEqualByComparingTo("75.08");
    }

    @Test
    void lateEarlyAndOnTimeResolutionOfThePlan() {
        Sums sums = inPeriod(Map.of(Measure.RESOLVED, 242_311L, Measure.RESOLVED_LATE, 9_170L,
                Measure.RESOLVED_EARLY, 200_000L, Measure.RESOLVED_ON_TIME, 33_141L));

        IndicatorValue late = IndicatorValue.of(new LateResolution(), new LateResolution().compute(sums), BigDecimal.ZERO);
        IndicatorValue onTime = IndicatorValue.of(new OnTimeResolution(), new OnTimeResolution().compute(sums),
                new BigDecimal("100.0"));
        IndicatorValue early = IndicatorValue.of(new EarlyResolution(), new EarlyResolution().compute(sums), null);

        assertThat(late.percent()).isEqualByComparingTo("3.78");
        assertThat(late.met()).isFalse();
        assertThat(onTime.numerator()).isEqualTo(233_141);
        assertThat(onTime.percent()).isEqualByComparingTo("96.22");
        assertThat(onTime.breakdown()).containsEntry("early", 200_000L).containsEntry("onTime", 33_141L)
                .containsEntry("late", 9_170L);
        assertThat(early.numerator()).isEqualTo(200_000);
        assertThat(early.denominator()).isEqualTo(242_311);
        assertThat(early.percent()).isEqualByComparingTo("82.54");
    }

    @Test
    void theDigitisationPartsAreSharesOfTheDossiersReceived() {
        Sums sums = inPeriod(Map.of(Measure.RECEIVED, 1_000L, Measure.RECEIVED_DATA_REUSED, 640L,
                Measure.RECEIVED_FROM_PERSONAL_STORE, 125L, Measure.RECEIVED_RESIDENT_DATA, 333L));

        assertThat(new DataReuse().compute(sums).ratio().percent()).isEqualByComparingTo("64.00");
        assertThat(new PersonalStoreLink().compute(sums).ratio().percent()).isEqualByComparingTo("12.50");
        assertThat(new ResidentDataUse().compute(sums).ratio().percent()).isEqualByComparingTo("33.30");
        assertThat(new ResidentDataUse().compute(inPeriod(Map.of())).ratio().percent()).as("nothing received").isNull();
    }

    @Test
    void eCertifiedCopiesAreTheShareOfTheScopesCommunesThatMadeOne() {
        Ratio offer = CertifiedCopyOffer.of(List.of("X1", "X2", "X3", "X4"), List.of("X1", "X1", "X3", "H1", "Y9"));

        assertThat(List.of(offer.numerator(), offer.denominator())).containsExactly(2L, 4L);
        assertThat(CertifiedCopyOffer.of(List.of(), List.of("X1")).denominator()).isZero();
    }

    @Test
    void procedureSatisfactionIsAShareOfTheDossiersResolved() {
        Ratio satisfying = new ProcedureSatisfaction().compute(inPeriod(Map.of(Measure.RESOLVED, 400L,
                Measure.RESOLVED_SATISFYING, 361L, Measure.RECEIVED, 9_999L))).ratio();

        assertThat(satisfying.numerator()).isEqualTo(361);
        assertThat(satisfying.denominator()).isEqualTo(400);
        assertThat(satisfying.percent()).isEqualByComparingTo("90.25");
    }

    @Test
    void openOverdueIsAStockAtThePeriodsEnd() {
        Sums sums = new Sums(Map.of(), Map.of(Measure.RECEIVED, 290_170L, Measure.ENDED, 242_342L,
                Measure.OVERDUE_FROM, 9_198L, Measure.OVERDUE_UNTIL, 9_170L));

        IndicatorValue overdue = IndicatorValue.of(new OpenOverdue(), new OpenOverdue().compute(sums), BigDecimal.ZERO);

        assertThat(overdue.kind()).isEqualTo("COUNT");
        assertThat(overdue.value()).isEqualTo(28);
        assertThat(overdue.breakdown()).containsEntry("open", 47_828L);
        assertThat(overdue.percent()).isNull();
        assertThat(overdue.met()).isFalse();
    }

    @Test
    void apologyComplianceCountsTheResolvedLateAndTheOpenOverdue() {
        Sums sums = new Sums(Map.of(Measure.RESOLVED_LATE, 8L, Measure.RESOLVED_LATE_APOLOGISED, 5L),
                Map.of(Measure.OVERDUE_FROM, 10L, Measure.OVERDUE_UNTIL, 8L, Measure.OVERDUE_FROM_APOLOGISED, 6L,
                        Measure.OVERDUE_UNTIL_APOLOGISED, 5L));

        IndicatorValue value = IndicatorValue.of(new ApologyCompliance(), new ApologyCompliance().compute(sums),
                new BigDecimal("100.0"));

        assertThat(value.numerator()).isEqualTo(6);
        assertThat(value.denominator()).isEqualTo(10);
        assertThat(value.percent()).isEqualByComparingTo("60.00");
    }

    @Test
    void digitisationAndElectronicResultsHaveNoPercentWithoutDossiers() {
        IndicatorValue digitised = IndicatorValue.of(new InputDigitisation(),
                new InputDigitisation().compute(inPeriod(Map.of())), new BigDecimal("100.0"));
        IndicatorValue eResult = IndicatorValue.of(new ElectronicResult(), new ElectronicResult().compute(
                inPeriod(Map.of(Measure.RESOLVED, 5L, Measure.RESOLVED_E_RESULT, 1L))), new BigDecimal("100.0"));

        assertThat(digitised.percent()).isNull();
        assertThat(digitised.met()).isNull();
        assertThat(eResult.percent()).isEqualByComparingTo("20.00");
    }
}

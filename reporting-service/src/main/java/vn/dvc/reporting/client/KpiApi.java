package vn.dvc.reporting.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.dvc.commons.consistency.ForwardedToken;
import vn.dvc.contracts.catalog.Tier;

/** The parts of kpi-service's API the bulletin and the appendices read. */
@RegisterProvider(ServiceIdentity.class)
@RegisterProvider(ForwardedToken.class)
@RegisterRestClient(configKey = "kpi")
@Path("/api/v1")
public interface KpiApi {

    @GET
    @Path("/kpis")
    Indicators indicators(@QueryParam("unit") String unit, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/emc/indicators")
    EmcPage emc(@QueryParam("unit") String unit, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("page") int page,
                @QueryParam("size") int size);

    @GET
    @Path("/kpis/ranking")
    Ranking ranking(@QueryParam("indicator") String indicator, @QueryParam("tier") Tier tier,
                    @QueryParam("within") String within, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/campaigns/{id}/progress")
    CampaignProgress progress(@PathParam("id") String campaign, @QueryParam("tier") Tier tier,
                              @QueryParam("within") String within);

    @GET
    @Path("/campaigns/{id}/tasks")
    TaskBoard tasks(@PathParam("id") String campaign, @QueryParam("unit") String unit, @QueryParam("status") String status,
                    @QueryParam("at") String at);

    @GET
    @Path("/sources/freshness")
    Freshness freshness(@QueryParam("unit") String unit);

    @GET
    @Path("/sources/quality")
    Quality quality(@QueryParam("unit") String unit, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/scores/766")
    Score766 score766(@QueryParam("unit") String unit, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to);

    @GET
    @Path("/emc/pushes")
    List<Push> pushes(@QueryParam("status") String status, @QueryParam("size") int size);

    /** The Decision 766 estimate of a scope and period, as the bulletin shows it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score766(String version, double measuredPoints, int measuredMax, int max, List<ScorePart> parts) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ScorePart(String code, String label, int max, Long numerator, Long denominator, Double percent, Double points,
                     String missing) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Freshness(List<UnitFreshness> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitFreshness(String unitCode, String unitName, java.time.Instant latestEventAt, Integer silentWorkingDays,
                         boolean quiet) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Quality(List<QualityFlag> flags) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record QualityFlag(String check, String label, String unitCode, String unitName, LocalDate from, LocalDate to) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Push(String idempotencyKey, String unitCode, LocalDate from, LocalDate to, int attempts,
                java.time.Instant lastAttemptAt, Integer lastHttpStatus) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Indicators(String unit, LocalDate from, LocalDate to, String rulesVersion, List<Figure> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EmcPage(int page, int size, long totalUnits, List<Figure> rows) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ranking(String indicator, Tier tier, List<RankedUnit> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record RankedUnit(int rank, String unit, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CampaignProgress(String campaign, LocalDate from, LocalDate to, LocalDate asOf, long daysElapsed,
                            long daysRemaining, Tier tier, List<UnitProgress> units) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UnitProgress(String unit, String name, List<Progress> indicators) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Progress(String code, Long numerator, Long denominator, BigDecimal percent, Long value, BigDecimal target,
                    Boolean met, BigDecimal neededPerDay, BigDecimal projectedPercent) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskBoard(List<TaskLine> tasks) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskLine(String code, String title, String deadlineText, int assignees, TaskCounts counts,
                    List<TaskObligation> obligations) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskCounts(long done, long doneLate, long open, long overdue) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TaskObligation(String unit, String name, String occurrence, java.time.OffsetDateTime dueAt, String status) {
    }
}

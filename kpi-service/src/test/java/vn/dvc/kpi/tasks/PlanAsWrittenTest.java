package vn.dvc.kpi.tasks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The built-in campaign KH-170-2022 checked against the plan's own text (docs/plan-170-KH-UBND-2022.txt): for every
 * item of sections IV and V a task with its number, its words, leads the item names and the deadline the item's words
 * say (read from them here: "trước ngày 30/6/2022" is due by the end of 29/6, "tháng 6/2022" by the end of June, "từ
 * ngày 01/6/2022" and "thường xuyên" ongoing from the campaign's start, "02 ngày/1 lần … trước 17h00" every two days at
 * 17:00); and the targets judged on the day section III names, the digitisation target at the service centre and
 * the district one-stop shops. A future edit of the tasks cannot drift from the plan without failing here.
 */
@QuarkusTest
class PlanAsWrittenTest {

    private static final Path PLAN = Path.of("..", "docs", "plan-170-KH-UBND-2022.txt");
    private static final Pattern ITEM = Pattern.compile("^(\\d+)\\. (.*)$");
    private static final Pattern DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Map<String, String> TIER_WORDS = Map.of("DEPARTMENT", "sở, ban, ngành", "DISTRICT", "huyện", "COMMUNE", "xã");
    private static final Map<String, String> KIND_WORDS = Map.of("SERVICE_CENTRE", "trung tâm phục vụ hành chính công");

    /** An item of the plan: its number (IV.3, V.2), its lines. */
    record Item(String code, List<String> lines) {

        String text() {
            return String.join("\n", lines);
        }

        /** The line naming who leads ("Cơ quan chủ trì", "Đơn vị thực hiện", "Cơ quan thực hiện"), or the item itself. */
        String leads() {
            return lines.stream().filter(line -> line.matches("(Cơ quan chủ trì|Đơn vị thực hiện|Cơ quan thực hiện):.*")).findFirst()
                    .orElse(lines.get(0)).toLowerCase(Locale.ROOT);
        }
    }

    static List<Item> itemsOf(List<String> plan) {
        List<Item> items = new ArrayList<>();
        String section = null;
        List<String> current = null;
        for (String line : plan) {
            if (line.startsWith("IV. ")) {
                section = "IV";
                continue;
            }
            if (line.startsWith("V. ")) {
                section = "V";
                continue;
            }
            if (line.startsWith("Trên đây là")) {
                break;
            }
            Matcher item = ITEM.matcher(line);
            if (section != null && item.matches()) {
                current = new ArrayList<>(List.of(item.group(2)));
                items.add(new Item(section + "." + item.group(1), current));
            } else if (current != null && !line.isBlank()) {
                current.add(line);
            }
        }
        return items;
    }

    @Test
    void everyTaskOfSectionsIvAndVIsBuiltInAsThePlanWritesIt() throws IOException {
        List<Item> items = itemsOf(Files.readAllLines(PLAN, StandardCharsets.UTF_8));
        assertThat(items).extracting(Item::code).containsExactly("IV.1", "IV.2", "IV.3", "IV.4", "IV.5", "IV.6", "IV.7", "IV.8",
                "IV.9", "IV.10", "V.1", "V.2", "V.3", "V.4");
        JsonPath board = given().get("/api/v1/campaigns/KH-170-2022/tasks").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> tasks = new LinkedHashMap<>();
        board.getList("tasks", Map.class).forEach(task -> tasks.put((String) task.get("code"), castTask(task)));
        for (Item item : items) {
            List<String> codes = tasks.keySet().stream().filter(code -> code.equals(item.code()) || code.startsWith(item.code() + ".")).toList();
            assertThat(codes).as(item.code() + " is built in").contains(item.code());
            for (String code : codes) {
                Map<String, Object> task = tasks.get(code);
                assertThat(item.text()).as(code + ": the plan's own words").contains((String) task.get("planText"));
                checkLeads(code, item, task);
                checkDeadline(code, item, task);
            }
        }
        assertThat(tasks.keySet()).as("nothing the plan does not have").allMatch(code -> items.stream()
                .anyMatch(item -> code.equals(item.code()) || code.startsWith(item.code() + ".")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castTask(Map<?, ?> task) {
        return (Map<String, Object>) task;
    }

    @SuppressWarnings("unchecked")
    private static void checkLeads(String code, Item item, Map<String, Object> task) {
        Map<String, List<String>> lead = (Map<String, List<String>>) task.get("lead");
        String named = item.leads();
        for (String name : listIn(lead, "names")) {
            assertThat(item.text().toLowerCase(Locale.ROOT)).as(code + " leads " + name).contains(name.replace("Huyện ", "").toLowerCase(Locale.ROOT));
        }
        for (String tier : listIn(lead, "tiers")) {
            assertThat(item.code().startsWith("IV.9") ? item.text().toLowerCase(Locale.ROOT) : named).as(code + " leads every " + tier)
                    .contains(TIER_WORDS.get(tier));
        }
        for (String kind : listIn(lead, "kinds")) {
            assertThat(named).as(code + " leads the " + kind).contains(KIND_WORDS.get(kind));
        }
        assertThat(lead.values().stream().filter(Objects::nonNull).mapToInt(List::size).sum()).as(code + " has a lead").isPositive();
    }

    private static List<String> listIn(Map<String, List<String>> selector, String key) {
        return selector.get(key) == null ? List.of() : selector.get(key);
    }

    @SuppressWarnings("unchecked")
    private static void checkDeadline(String code, Item item, Map<String, Object> task) {
        String words = (String) task.get("planDeadline");
        Map<String, String> deadline = (Map<String, String>) task.get("deadline");
        if (words == null) {
            assertThat(item.text()).as(code + ": the plan gives no time").doesNotContain("Thời gian");
            assertThat(deadline.get("kind")).isEqualTo("ONGOING");
            return;
        }
        assertThat(item.text()).as(code + ": the deadline in the plan's words").contains(words);
        String lower = words.toLowerCase(Locale.ROOT);
        Matcher day = DAY.matcher(words);
        if (lower.contains("ngày/1 lần")) {
            assertThat(deadline).containsEntry("kind", "RECURRING").containsEntry("every", "P2D").containsEntry("time", "17:00");
        } else if (lower.startsWith("trước ngày") && day.find()) {
            assertThat(deadline).containsEntry("kind", "DATE").containsEntry("day", dateOf(day).minusDays(1).toString());
        } else if (lower.startsWith("vào ngày") && day.find()) {
            assertThat(deadline).containsEntry("kind", "DATE").containsEntry("day", dateOf(day).toString());
        } else if (lower.matches("(trong )?tháng \\d{1,2}/\\d{4}")) {
            String[] monthYear = lower.replaceAll("[^0-9/]", "").split("/");
            assertThat(deadline).containsEntry("kind", "DATE").containsEntry("day",
                    YearMonth.of(Integer.parseInt(monthYear[1]), Integer.parseInt(monthYear[0])).atEndOfMonth().toString());
        } else if (lower.startsWith("từ") || lower.equals("thường xuyên")) {
            assertThat(deadline).containsEntry("kind", "ONGOING").containsEntry("from", "2022-06-01");
        } else {
            throw new AssertionError(code + ": a deadline this check cannot read: " + words);
        }
    }

    private static LocalDate dateOf(Matcher day) {
        return LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
    }

    @Test
    void theTargetsAreJudgedOnTheDayAndAtTheUnitsThePlanNames() throws IOException {
        String plan = Files.readString(PLAN, StandardCharsets.UTF_8);
        assertThat(plan).contains("Đến ngày 02/9/2022, toàn tỉnh phải đạt:")
                .contains("đạt 100% tại Trung tâm phục vụ hành chính công tỉnh và Bộ phận một cửa cấp huyện");
        JsonPath campaign = given().get("/api/v1/campaigns/KH-170-2022").then().statusCode(200).extract().jsonPath();
        for (String code : List.of("ONLINE_SERVICE_UPTAKE", "ONLINE_DOSSIER_SHARE", "INPUT_DIGITISATION", "ONLINE_REPORTING", "ON_TIME_RESOLUTION")) {
            assertThat(campaign.getString("targetRules." + code + ".judgedOn")).as(code).isEqualTo("2022-09-02");
        }
        assertThat(campaign.getList("targetRules.INPUT_DIGITISATION.appliesTo.kinds", String.class))
                .containsExactly("SERVICE_CENTRE", "ONE_STOP_SHOP");
        assertThat(campaign.getList("targetRules.INPUT_DIGITISATION.appliesTo.tiers", String.class)).containsExactly("DEPARTMENT", "DISTRICT");
        assertThat(campaign.getString("targetRules.ONLINE_DOSSIER_SHARE.appliesTo")).as("every unit").isNull();
    }
}

package vn.dvc.bench.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fault suite's results as JSON and as Markdown (for {@code docs/reliability.md}). */
public final class FaultReport {

    private final Map<String, Object> machine;
    private final boolean full;
    private final List<FaultSuite.CaseResult> results;

    public FaultReport(Map<String, Object> machine, boolean full, List<FaultSuite.CaseResult> results) {
        this.machine = machine;
        this.full = full;
        this.results = results;
    }

    public boolean passed() {
        return results.stream().allMatch(FaultSuite.CaseResult::passed);
    }

    public String writeTo(Path folder) {
        String markdown = markdown();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("machine", machine);
        json.put("form", full ? "full" : "short");
        json.put("passed", passed());
        json.put("cases", results);
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("report.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(json), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("report.md"), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return markdown;
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Fault suite (" + (full ? "full" : "short") + " form)\n\n");
        md.append(String.format("Machine: %s, %s cores, %s GB, %s. %d of %d cases passed.%n%n", machine.get("cpu"),
                machine.get("cores"), machine.get("memoryGb"), machine.get("jdk"),
                results.stream().filter(FaultSuite.CaseResult::passed).count(), results.size()));
        md.append("| case | fault | result | s |\n|---|---|---|---|\n");
        results.forEach(result -> md.append(String.format("| %s | %s | %s | %d |%n", result.name(), result.fault(),
                result.passed() ? "passed" : "**failed**", result.seconds())));
        for (FaultSuite.CaseResult result : results) {
            md.append("\n### ").append(result.name()).append("\n\n");
            result.checks().forEach(check -> md.append(String.format("- %s %s — %s%n", check.held() ? "✔" : "✘",
                    check.what(), check.seen())));
        }
        return md.toString();
    }
}

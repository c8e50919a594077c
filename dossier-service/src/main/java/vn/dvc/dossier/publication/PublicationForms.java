package vn.dvc.dossier.publication;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.dvc.contracts.quality.ApplicantKind;
import vn.dvc.contracts.quality.ContentPart;
import vn.dvc.contracts.quality.PublicationChange;
import vn.dvc.dossier.imports.HeaderNames;
import vn.dvc.problem.Violation;
import vn.dvc.rules.time.PortalTime;

/**
 * One procedure's publication under one decision, as a procedure-control system tells it (docs/dvcqg-sync.md: no
 * national field names were found for these, so the suite's own): {@code id}, {@code procedureCode},
 * {@code unitCode}, {@code decisionNumber}, {@code decidedOn}, {@code change}, {@code legalBasisEffectiveOn},
 * {@code publishedAt}, {@code contentParts[]}, {@code applicantKinds[]}.
 */
public final class PublicationForms {

    private static final String CODE = "[A-Za-z0-9._\\-/]+";
    private static final Map<String, PublicationChange> CHANGE_WORDS = Map.of("banhanhmoi", PublicationChange.ADDED,
            "congbomoi", PublicationChange.ADDED, "moi", PublicationChange.ADDED, "suadoibosung", PublicationChange.AMENDED,
            "suadoi", PublicationChange.AMENDED, "thaythe", PublicationChange.AMENDED, "baibo", PublicationChange.ABOLISHED);
    private static final Map<String, ApplicantKind> KIND_WORDS = Map.of("congdanvietnam", ApplicantKind.CITIZEN,
            "congdan", ApplicantKind.CITIZEN, "nguoivietnamdinhcuonuocngoai", ApplicantKind.OVERSEAS_VIETNAMESE,
            "nguoinuocngoai", ApplicantKind.FOREIGNER, "tochuc", ApplicantKind.ORGANISATION, "doanhnghiep", ApplicantKind.BUSINESS);

    private PublicationForms() {
    }

    /** The publication, or every violation naming its field. */
    public record Read(PublicationTold publication, List<Violation> violations) {
    }

    public static Read read(JsonNode node) {
        List<Violation> violations = new ArrayList<>();
        String id = code(node, "id", 120, violations);
        String procedure = code(node, "procedureCode", 50, violations);
        String unit = code(node, "unitCode", 50, violations);
        String decision = node.path("decisionNumber").asText("").trim();
        if (decision.isEmpty() || decision.length() > 100) {
            violations.add(new Violation("decisionNumber", "is required: the decision's number, at most 100 characters"));
        }
        LocalDate decidedOn = day(node, "decidedOn", true, violations);
        Optional<PublicationChange> change = named(node.path("change").asText(""), PublicationChange.class, CHANGE_WORDS);
        if (change.isEmpty()) {
            violations.add(new Violation("change", "must be ADDED, AMENDED or ABOLISHED (Ban hành mới, Sửa đổi, bổ sung, Bãi bỏ)"));
        }
        LocalDate effective = day(node, "legalBasisEffectiveOn", false, violations);
        Instant published = null;
        String publishedText = node.path("publishedAt").asText("").trim();
        if (!publishedText.isEmpty()) {
            published = (publishedText.length() > 40 ? Optional.<Instant>empty() : PortalTime.parse(publishedText)).orElse(null);
            if (published == null) {
                violations.add(new Violation("publishedAt", "must be a time: ISO-8601 or yyyyMMddHHmmss"));
            }
        }
        List<ContentPart> parts = list(node, "contentParts", ContentPart.class, Map.of(), violations);
        List<ApplicantKind> kinds = list(node, "applicantKinds", ApplicantKind.class, KIND_WORDS, violations);
        if (!violations.isEmpty()) {
            return new Read(null, List.copyOf(violations));
        }
        return new Read(new PublicationTold(id, procedure, unit, decision, decidedOn, change.get(), effective, published, parts, kinds),
                List.of());
    }

    private static <E extends Enum<E>> List<E> list(JsonNode node, String field, Class<E> type, Map<String, E> words,
                                                    List<Violation> violations) {
        JsonNode values = node.path(field);
        List<E> read = new ArrayList<>();
        if (values.isMissingNode() || values.isNull()) {
            return read;
        }
        // a history file's cell lists them separated by commas or semicolons
        List<String> texts = values.isArray() ? toTexts(values) : Arrays.stream(values.asText("").split("[,;]")).toList();
        for (String text : texts) {
            if (text.isBlank()) {
                continue;
            }
            Optional<E> value = named(text, type, words);
            if (value.isEmpty()) {
                violations.add(new Violation(field, "'" + text.strip() + "' is none of " + Arrays.toString(type.getEnumConstants())));
            } else {
                read.add(value.get());
            }
        }
        return read;
    }

    private static List<String> toTexts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(value -> texts.add(value.asText("")));
        return texts;
    }

    private static <E extends Enum<E>> Optional<E> named(String text, Class<E> type, Map<String, E> words) {
        String value = text.strip();
        Optional<E> byName = Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equalsIgnoreCase(value)).findFirst();
        return byName.isPresent() ? byName : Optional.ofNullable(words.get(HeaderNames.key(value)));
    }

    private static LocalDate day(JsonNode node, String field, boolean required, List<Violation> violations) {
        String text = node.path(field).asText("").trim();
        if (text.isEmpty()) {
            if (required) {
                violations.add(new Violation(field, "is required: yyyy-MM-dd"));
            }
            return null;
        }
        Function<String, LocalDate> parse = value -> LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        try {
            return parse.apply(text);
        } catch (DateTimeParseException notADay) {
            violations.add(new Violation(field, "must be a day: yyyy-MM-dd"));
            return null;
        }
    }

    private static String code(JsonNode node, String field, int max, List<Violation> violations) {
        String value = node.path(field).asText("").trim();
        if (value.isEmpty() || value.length() > max || !value.matches(CODE)) {
            violations.add(new Violation(field, "is required: letters, digits, '.', '_', '-' and '/', at most " + max));
            return null;
        }
        return value;
    }
}

package vn.dvc.access;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call one endpoint ({@code method} and a path template under {@code /api/v1}, {@code {name}} for one id
 * segment, {@code {name...}} for an id of several segments), and which of its parameters name a unit that a unit
 * caller must own: query parameters, or a path variable. A variable matches only what an id may contain (letters,
 * digits, '.', '_', '-'), never an empty or a dot segment.
 */
public record RouteRule(String method, String template, Pattern path, Set<Role> roles, List<String> unitParameters,
                        String unitPathVariable, boolean batch, boolean idempotencyKey, boolean heavy,
                        boolean upload, boolean national) {

    private static final String ID_SEGMENT = "(?!\\.\\.?(?:/|$))[A-Za-z0-9._-]+";

    public static RouteRule of(String method, String template, Set<Role> roles) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = Pattern.compile("\\{(\\w+)(\\.\\.\\.)?}").matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            regex.append("(?<").append(variable.group(1)).append('>').append(ID_SEGMENT)
                    .append(variable.group(2) == null ? "" : "(?:/" + ID_SEGMENT + ")*").append(')');
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new RouteRule(method, template, Pattern.compile(regex.toString()), EnumSet.copyOf(roles), List.of(), null,
                template.endsWith("/batch"), false, false, false, false);
    }

    /** A unit caller must name, in each of these query parameters, a unit of its subtree. */
    public RouteRule scopedBy(String... queryParameters) {
        List<String> parameters = new ArrayList<>(unitParameters);
        parameters.addAll(List.of(queryParameters));
        return new RouteRule(method, template, path, roles, List.copyOf(parameters), unitPathVariable, batch,
                idempotencyKey, heavy, upload, national);
    }

    /** A unit caller may use this endpoint only for a unit of its subtree named by the path variable. */
    public RouteRule scopedByPath(String variable) {
        return new RouteRule(method, template, path, roles, unitParameters, variable, batch, idempotencyKey, heavy, upload, national);
    }

    /** A POST with no natural id: an Idempotency-Key makes a retry return the first answer (IETF draft). */
    public RouteRule withIdempotencyKey() {
        return new RouteRule(method, template, path, roles, unitParameters, unitPathVariable, batch, true, heavy, upload, national);
    }

    /** A body of many items whatever its path (a sync payload): the batch body limit applies. */
    public RouteRule asBatch() {
        return new RouteRule(method, template, path, roles, unitParameters, unitPathVariable, true, idempotencyKey, heavy, upload, national);
    }

    /** Costly to answer (reads every unit, or builds a workbook): a key may run only a few at once. */
    public RouteRule asHeavy() {
        return new RouteRule(method, template, path, roles, unitParameters, unitPathVariable, batch, idempotencyKey, true, upload, national);
    }

    /**
     * A file upload (a history import): its body streams to the service, never held whole in memory, up to the upload
     * limit instead of the body limits.
     */
    public RouteRule asUpload() {
        return new RouteRule(method, template, path, roles, unitParameters, unitPathVariable, batch, idempotencyKey, heavy, true, national);
    }

    /**
     * What belongs to every province at once (the report forms the whole country files, a reconciliation of every
     * figure): only a national key may call it, never one held to a province or a unit.
     */
    public RouteRule asNational() {
        return new RouteRule(method, template, path, roles, unitParameters, unitPathVariable, batch, idempotencyKey, heavy, upload, true);
    }

    /** The value of the path variable naming a unit, if the path matches. */
    public Optional<String> unitInPath(String apiPath) {
        Matcher matcher = path.matcher(apiPath);
        return unitPathVariable != null && matcher.matches() ? Optional.of(matcher.group(unitPathVariable)) : Optional.empty();
    }

    public boolean matches(String method, String apiPath) {
        return this.method.equals(method) && path.matcher(apiPath).matches();
    }

    public boolean allows(Role role) {
        return roles.contains(role);
    }
}

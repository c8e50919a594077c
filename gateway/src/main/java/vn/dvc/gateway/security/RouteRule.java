package vn.dvc.gateway.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who may call one endpoint ({@code method} and a path template under {@code /api/v1}, {@code {name}} for one
 * segment, {@code {name...}} for the rest), and which of its parameters name a unit that a unit key must own: query
 * parameters, or a path variable.
 */
public record RouteRule(String method, String template, Pattern path, Set<Role> roles, List<String> unitParameters,
                        String unitPathVariable, boolean batch, boolean idempotencyKey) {

    public static RouteRule of(String method, String template, Set<Role> roles) {
        StringBuilder regex = new StringBuilder();
        Matcher variable = Pattern.compile("\\{(\\w+)(\\.\\.\\.)?}").matcher(template);
        int last = 0;
        while (variable.find()) {
            regex.append(Pattern.quote(template.substring(last, variable.start())));
            regex.append(variable.group(2) == null ? "(?<" + variable.group(1) + ">[^/]+)" : "(?<" + variable.group(1) + ">.+)");
            last = variable.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new RouteRule(method, template, Pattern.compile(regex.toString()), EnumSet.copyOf(roles), List.of(), null,
                template.endsWith("/batch"), false);
    }

    /** A unit key must name, in each of these query parameters, a unit of its subtree. */
    public RouteRule scopedBy(String... queryParameters) {
        List<String> parameters = new ArrayList<>(unitParameters);
        parameters.addAll(List.of(queryParameters));
        return new RouteRule(method, template, path, roles, List.copyOf(parameters), unitPathVariable, batch, idempotencyKey);
    }

    /** A unit key may use this endpoint only for a unit of its subtree named by the path variable. */
    public RouteRule scopedByPath(String variable) {
        return new RouteRule(method, template, path, roles, unitParameters, variable, batch, idempotencyKey);
    }

    /** A POST with no natural id: an Idempotency-Key makes a retry return the first answer (IETF draft). */
    public RouteRule withIdempotencyKey() {
        return new RouteRule(method, template, path, roles, unitParameters, unitPathVariable, batch, true);
    }

    /** The value of the path variable naming a unit, if the path matches. */
    public Optional<String> unitInPath(String apiPath) {
        Matcher matcher = path.matcher(apiPath);
        return unitPathVariable != null && matcher.matches() ? Optional.of(matcher.group(unitPathVariable)) : Optional.empty();
    }

    public boolean matches(String method, String apiPath) {
        return this.method.equals(method) && path.matcher(apiPath).matches();
    }
}

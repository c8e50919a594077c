package vn.dvc.kpi.rest;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.dvc.rules.IndicatorCatalogue;
import vn.dvc.rules.IndicatorRule;

/** The {@code indicator} parameters' allowed codes in the OpenAPI document, read from the catalogue: no second list. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IndicatorCodesInDocument implements OASFilter {

    private static final List<Object> CODES = new ArrayList<>(IndicatorCatalogue.rules().stream().map(IndicatorRule::code).toList());

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if ("indicator".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY && parameter.getSchema() != null) {
            Schema schema = parameter.getSchema();
            Schema codes = schema.getItems() != null ? schema.getItems() : schema;
            codes.setEnumeration(CODES);
        }
        return parameter;
    }
}

package com.bolti.tenancy.test;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;

/**
 * Rest-assured filters that check each exchange against the committed OpenAPI document, so
 * an undocumented field, status or header fails the test that meets it.
 */
public final class Contract {

    public static final String DOCUMENT = "META-INF/openapi.yaml";

    private static final OpenApiValidationFilter STRICT = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT).build());

    /**
     * For tests that send a broken request on purpose (bad JSON, unknown fields, no token):
     * the request is not checked, the response still is.
     */
    private static final OpenApiValidationFilter RESPONSES_ONLY = new OpenApiValidationFilter(
            OpenApiInteractionValidator.createForSpecificationUrl(DOCUMENT)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private Contract() {
    }

    public static OpenApiValidationFilter strict() {
        return STRICT;
    }

    public static OpenApiValidationFilter responsesOnly() {
        return RESPONSES_ONLY;
    }
}

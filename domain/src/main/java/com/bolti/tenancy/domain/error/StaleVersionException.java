package com.bolti.tenancy.domain.error;

/** The {@code If-Match} condition does not match the stored version. */
public class StaleVersionException extends TenancyException {

    public StaleVersionException(long currentVersion) {
        super("If-Match does not match the current ETag \"" + currentVersion
                + "\"; read the resource again and retry with its ETag");
    }

    @Override
    public String code() {
        return "precondition.failed";
    }
}

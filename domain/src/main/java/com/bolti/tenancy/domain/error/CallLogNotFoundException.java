package com.bolti.tenancy.domain.error;

/** No call log with this id exists in the active workspace. */
public class CallLogNotFoundException extends TenancyException {

    public CallLogNotFoundException(Object id) {
        super("call log " + id + " was not found in this workspace");
    }

    @Override
    public String code() {
        return "call_log.not_found";
    }
}

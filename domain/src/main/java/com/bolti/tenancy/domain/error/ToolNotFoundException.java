package com.bolti.tenancy.domain.error;

/** No tool with this id exists in the active workspace. */
public class ToolNotFoundException extends TenancyException {

    public ToolNotFoundException(Object id) {
        super("tool " + id + " was not found in this workspace");
    }

    @Override
    public String code() {
        return "tool.not_found";
    }
}

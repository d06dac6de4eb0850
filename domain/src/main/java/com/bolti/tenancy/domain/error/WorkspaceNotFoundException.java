package com.bolti.tenancy.domain.error;


/** The workspace does not exist, or the caller may not learn that it exists. */
public class WorkspaceNotFoundException extends TenancyException {

    public WorkspaceNotFoundException(Object workspaceId) {
        super("workspace " + workspaceId + " was not found");
    }

    @Override
    public String code() {
        return "workspace.not_found";
    }
}

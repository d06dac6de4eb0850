package com.bolti.tenancy.domain.error;

/** Deleting the workspace would leave its organization without any workspace. */
public class LastWorkspaceException extends TenancyException {

    public LastWorkspaceException(Object workspaceId) {
        super("workspace " + workspaceId + " is the last one of its organization; create another workspace"
                + " first, or delete the organization");
    }

    @Override
    public String code() {
        return "workspace.last_in_organization";
    }
}

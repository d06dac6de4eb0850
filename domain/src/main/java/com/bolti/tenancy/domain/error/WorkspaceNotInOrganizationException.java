package com.bolti.tenancy.domain.error;

/** A workspace named in the request does not belong to the organization in the path. */
public class WorkspaceNotInOrganizationException extends TenancyException {

    public WorkspaceNotInOrganizationException(Object workspaceId) {
        super("workspace " + workspaceId + " does not belong to this organization");
    }

    @Override
    public String code() {
        return "workspace.not_in_organization";
    }
}

package com.bolti.tenancy.domain.error;

/**
 * An id in the request body names a resource of another workspace. Resources only reference
 * resources of their own workspace.
 */
public class ReferenceInOtherWorkspaceException extends InvalidValueException {

    public ReferenceInOtherWorkspaceException(String field, String kind, Object id) {
        super(field, "names a " + kind + " of another workspace (" + id + "); use one of this workspace");
    }

    @Override
    public String code() {
        return "reference.other_workspace";
    }
}

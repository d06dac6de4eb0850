package com.bolti.tenancy.application.port.out;

import com.bolti.tenancy.domain.access.WorkspaceAccess;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.Collection;
import java.util.Map;

/** Reads what users may do in workspaces, for the service-to-service authorization check. */
public interface AccessChecks {

    /** One user in one workspace. */
    record Subject(UserId userId, WorkspaceId workspaceId) {
    }

    /**
     * Returns the access of each subject, read in one statement. Subjects whose workspace does
     * not exist, or whose user is not a member of its organization, are absent.
     */
    Map<Subject, WorkspaceAccess> accessOf(Collection<Subject> subjects);
}

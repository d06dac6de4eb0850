package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.Organization;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import java.util.List;

/** Shows what deleting an organization would remove, changing nothing (owner only). */
public interface PreviewOrganizationDeletionQuery {

    /**
     * @param invitations pending, unexpired invitations of the organization
     * @param blockers    codes of the problems a deletion would fail with now
     */
    record OrganizationDeletionPreview(Organization organization, List<WorkspaceFootprint> workspaces,
            long members, long invitations, long paymentMethods, long ledgerEntries, long invoices,
            List<String> blockers) {

        public OrganizationDeletionPreview {
            workspaces = List.copyOf(workspaces);
            blockers = List.copyOf(blockers);
        }
    }

    OrganizationDeletionPreview preview(UserId actor, OrganizationId organizationId);
}

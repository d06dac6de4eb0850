package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.PreviewOrganizationDeletionQuery;
import java.util.List;
import java.util.UUID;

/** Preview of an organization deletion: rows per workspace and in total, and the current blockers. */
public record OrganizationDeletionPreviewResponse(UUID organizationId, String slug, Counts counts,
        List<WorkspaceFootprintBody> workspaces, List<String> blockers) {

    /** Organization-level rows a deletion removes; audit events go too and are not counted. */
    public record Counts(long workspaces, long members, long invitations, long paymentMethods, long ledgerEntries,
            long invoices) {
    }

    public static OrganizationDeletionPreviewResponse of(
            PreviewOrganizationDeletionQuery.OrganizationDeletionPreview preview) {
        List<WorkspaceFootprintBody> workspaces = preview.workspaces().stream()
                .map(WorkspaceFootprintBody::of)
                .toList();
        return new OrganizationDeletionPreviewResponse(preview.organization().id().value(),
                preview.organization().slug().value(),
                new Counts(workspaces.size(), preview.members(), preview.invitations(), preview.paymentMethods(),
                        preview.ledgerEntries(), preview.invoices()),
                workspaces, preview.blockers());
    }
}

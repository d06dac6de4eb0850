package com.bolti.tenancy.rest.body;

import com.bolti.tenancy.application.port.in.PreviewWorkspaceDeletionQuery;
import java.util.List;
import java.util.UUID;

/** Preview of a workspace deletion, with the problem codes the deletion would fail with now. */
public record WorkspaceDeletionPreviewResponse(UUID workspaceId, String slug, WorkspaceFootprintBody.Counts counts,
        List<String> phoneNumbers, List<String> blockers) {

    public static WorkspaceDeletionPreviewResponse of(PreviewWorkspaceDeletionQuery.WorkspaceDeletionPreview preview) {
        WorkspaceFootprintBody footprint = WorkspaceFootprintBody.of(preview.footprint());
        return new WorkspaceDeletionPreviewResponse(footprint.workspaceId(), footprint.slug(), footprint.counts(),
                footprint.phoneNumbers(), preview.blockers());
    }
}

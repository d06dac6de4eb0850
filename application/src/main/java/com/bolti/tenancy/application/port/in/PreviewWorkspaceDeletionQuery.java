package com.bolti.tenancy.application.port.in;

import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.List;

/** Shows what deleting a workspace would remove, changing nothing (organization owner and admins). */
public interface PreviewWorkspaceDeletionQuery {

    /** @param blockers codes of the problems a deletion would fail with now, empty when it would succeed */
    record WorkspaceDeletionPreview(WorkspaceFootprint footprint, List<String> blockers) {

        public WorkspaceDeletionPreview {
            blockers = List.copyOf(blockers);
        }
    }

    WorkspaceDeletionPreview preview(UserId actor, WorkspaceId workspaceId);
}

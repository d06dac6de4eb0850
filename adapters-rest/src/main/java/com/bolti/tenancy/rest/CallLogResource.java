package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.GetCallLogQuery;
import com.bolti.tenancy.application.port.in.ListCallLogsQuery;
import com.bolti.tenancy.application.port.in.RecordCallUseCase;
import com.bolti.tenancy.application.port.in.WorkspaceRequest;
import com.bolti.tenancy.domain.error.CallLogNotFoundException;
import com.bolti.tenancy.domain.model.WorkspaceId;
import com.bolti.tenancy.domain.resource.CallLog;
import com.bolti.tenancy.domain.resource.CallLogId;
import com.bolti.tenancy.rest.body.CallLogResponse;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.Paging;
import com.bolti.tenancy.rest.support.ResourcePaths;
import com.bolti.tenancy.rest.support.WorkspaceHeader;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;

/**
 * Call logs of the workspace named by the {@code Bolti-Workspace} header: read by users,
 * written only by the call runtime with a token carrying the {@code calls:write} scope.
 */
@Path("/v1/call-logs")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class CallLogResource {

    private static final Set<String> FIELDS =
            Set.of("agentId", "phoneNumberId", "direction", "startedAt", "durationSeconds", "recordingUrl");

    @Inject
    CurrentUser currentUser;

    @Inject
    WorkspaceHeader workspaceHeader;

    @Inject
    ListCallLogsQuery listCallLogs;

    @Inject
    GetCallLogQuery getCallLog;

    @Inject
    RecordCallUseCase recordCall;

    @GET
    @RequiredAccess("workspace:conversations.read")
    public ListResponse<CallLogResponse> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        WorkspaceRequest request = request();
        return ListResponse.of(listCallLogs.list(request, Paging.request(limit, cursor)), CallLogResponse::of);
    }

    @GET
    @Path("/{callLogId}")
    @RequiredAccess("workspace:conversations.read")
    public CallLogResponse get(@PathParam("callLogId") String callLogId) {
        WorkspaceRequest request = request();
        return CallLogResponse.of(getCallLog.get(request,
                ResourcePaths.id(callLogId, CallLogId::new, CallLogNotFoundException::new)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess(value = "service token of the call runtime", scope = "calls:write")
    public Response record(JsonNode body) {
        WorkspaceId workspaceId = workspaceHeader.workspaceId();
        JsonObjectReader fields = JsonObjectReader.of(body, FIELDS);
        CallLog recorded = recordCall.record(new RecordCallUseCase.RecordCallCommand(workspaceId,
                fields.optionalUuid("agentId"), fields.optionalUuid("phoneNumberId"), fields.rawValue("direction"),
                fields.requiredInstant("startedAt"), fields.requiredLong("durationSeconds"),
                fields.nullableStringUpdate("recordingUrl").value()));
        return Response.created(URI.create("/v1/call-logs/" + recorded.id()))
                .entity(CallLogResponse.of(recorded))
                .build();
    }

    private WorkspaceRequest request() {
        return new WorkspaceRequest(currentUser.id(), workspaceHeader.workspaceId());
    }
}

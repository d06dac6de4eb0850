package com.bolti.tenancy.rest;

import com.bolti.tenancy.application.port.in.AddPaymentMethodUseCase;
import com.bolti.tenancy.application.port.in.ChangePlanUseCase;
import com.bolti.tenancy.application.port.in.GetBillingQuery;
import com.bolti.tenancy.application.port.in.ListInvoicesQuery;
import com.bolti.tenancy.application.port.in.ListLedgerQuery;
import com.bolti.tenancy.application.port.in.RemovePaymentMethodUseCase;
import com.bolti.tenancy.application.port.in.TopUpCreditUseCase;
import com.bolti.tenancy.domain.billing.LedgerEntry;
import com.bolti.tenancy.domain.billing.PaymentMethod;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.rest.body.BillingResponse;
import com.bolti.tenancy.rest.body.InvoiceResponse;
import com.bolti.tenancy.rest.body.LedgerEntryResponse;
import com.bolti.tenancy.rest.body.ListResponse;
import com.bolti.tenancy.rest.body.PaymentMethodResponse;
import com.bolti.tenancy.rest.http.RequiredAccess;
import com.bolti.tenancy.rest.support.CurrentUser;
import com.bolti.tenancy.rest.support.JsonObjectReader;
import com.bolti.tenancy.rest.support.Paging;
import com.bolti.tenancy.rest.support.PathIds;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;

/** An organization's plan, prepaid credit, payment methods and invoices. */
@Path("/v1/organizations/{orgId}/billing")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class BillingResource {

    private static final Set<String> PLAN_FIELDS = Set.of("planTier");
    private static final Set<String> TOP_UP_FIELDS = Set.of("amountMinor", "currency", "paymentMethodId");
    private static final Set<String> PAYMENT_METHOD_FIELDS =
            Set.of("processorToken", "brand", "last4", "expMonth", "expYear");

    @Inject
    CurrentUser currentUser;

    @Inject
    GetBillingQuery getBilling;

    @Inject
    ChangePlanUseCase changePlan;

    @Inject
    TopUpCreditUseCase topUpCredit;

    @Inject
    ListLedgerQuery listLedger;

    @Inject
    ListInvoicesQuery listInvoices;

    @Inject
    AddPaymentMethodUseCase addPaymentMethod;

    @Inject
    RemovePaymentMethodUseCase removePaymentMethod;

    @GET
    @RequiredAccess("organization.billing.read")
    public BillingResponse get(@PathParam("orgId") String orgId) {
        return BillingResponse.of(getBilling.get(currentUser.id(), PathIds.organization(orgId)));
    }

    @PUT
    @Path("/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.billing.manage")
    public BillingResponse changePlan(@PathParam("orgId") String orgId, JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, PLAN_FIELDS);
        return BillingResponse.of(changePlan.changePlan(
                new ChangePlanUseCase.ChangePlanCommand(currentUser.id(), id, fields.requiredString("planTier"))));
    }

    @POST
    @Path("/credit-top-ups")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.billing.manage")
    public Response topUp(@PathParam("orgId") String orgId, JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, TOP_UP_FIELDS);
        LedgerEntry entry = topUpCredit.topUp(new TopUpCreditUseCase.TopUpCreditCommand(currentUser.id(), id,
                fields.requiredInteger("amountMinor"), fields.requiredString("currency"),
                fields.requiredUuid("paymentMethodId")));
        return Response.status(Response.Status.CREATED).entity(LedgerEntryResponse.of(entry)).build();
    }

    @GET
    @Path("/ledger")
    @RequiredAccess("organization.billing.read")
    public ListResponse<LedgerEntryResponse> listLedger(@PathParam("orgId") String orgId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        OrganizationId id = PathIds.organization(orgId);
        return ListResponse.of(listLedger.list(currentUser.id(), id, Paging.request(limit, cursor)),
                LedgerEntryResponse::of);
    }

    @GET
    @Path("/invoices")
    @RequiredAccess("organization.billing.read")
    public ListResponse<InvoiceResponse> listInvoices(@PathParam("orgId") String orgId,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        OrganizationId id = PathIds.organization(orgId);
        return ListResponse.of(listInvoices.list(currentUser.id(), id, Paging.request(limit, cursor)),
                InvoiceResponse::of);
    }

    @POST
    @Path("/payment-methods")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiredAccess("organization.billing.manage")
    public Response addPaymentMethod(@PathParam("orgId") String orgId, JsonNode body) {
        OrganizationId id = PathIds.organization(orgId);
        JsonObjectReader fields = JsonObjectReader.of(body, PAYMENT_METHOD_FIELDS);
        PaymentMethod added = addPaymentMethod.add(new AddPaymentMethodUseCase.AddPaymentMethodCommand(
                currentUser.id(), id, fields.requiredString("processorToken"), fields.requiredString("brand"),
                fields.requiredString("last4"), fields.requiredInteger("expMonth"),
                fields.requiredInteger("expYear")));
        return Response.created(URI.create("/v1/organizations/" + id + "/billing/payment-methods/" + added.id()))
                .entity(PaymentMethodResponse.of(added))
                .build();
    }

    @DELETE
    @Path("/payment-methods/{paymentMethodId}")
    @RequiredAccess("organization.billing.manage")
    public Response removePaymentMethod(@PathParam("orgId") String orgId,
            @PathParam("paymentMethodId") String paymentMethodId) {
        OrganizationId id = PathIds.organization(orgId);
        removePaymentMethod.remove(currentUser.id(), id, PathIds.paymentMethod(paymentMethodId));
        return Response.noContent().build();
    }
}

package com.bolti.tenancy.rest.problem;

import com.bolti.tenancy.domain.error.AccessDeniedException;
import com.bolti.tenancy.domain.error.AgentNotFoundException;
import com.bolti.tenancy.domain.error.CallLogNotFoundException;
import com.bolti.tenancy.domain.error.ContactNotFoundException;
import com.bolti.tenancy.domain.error.KnowledgeBaseNotFoundException;
import com.bolti.tenancy.domain.error.PhoneNumberNotFoundException;
import com.bolti.tenancy.domain.error.PhoneNumberReleasedException;
import com.bolti.tenancy.domain.error.PhoneNumberTakenException;
import com.bolti.tenancy.domain.error.ReferenceInOtherWorkspaceException;
import com.bolti.tenancy.domain.error.ReferenceNotFoundException;
import com.bolti.tenancy.domain.error.ToolNotFoundException;
import com.bolti.tenancy.domain.error.AlreadyMemberException;
import com.bolti.tenancy.domain.error.AlreadyOwnerException;
import com.bolti.tenancy.domain.error.CardNumberRejectedException;
import com.bolti.tenancy.domain.error.ConfirmationMismatchException;
import com.bolti.tenancy.domain.error.CurrencyMismatchException;
import com.bolti.tenancy.domain.error.InvalidRoleException;
import com.bolti.tenancy.domain.error.InvitationEmailMismatchException;
import com.bolti.tenancy.domain.error.InvitationExpiredException;
import com.bolti.tenancy.domain.error.InvitationNotFoundException;
import com.bolti.tenancy.domain.error.LastWorkspaceException;
import com.bolti.tenancy.domain.error.MemberIsOwnerException;
import com.bolti.tenancy.domain.error.MemberNotFoundException;
import com.bolti.tenancy.domain.error.MemberNotInOrganizationException;
import com.bolti.tenancy.domain.error.PaidPlanActiveException;
import com.bolti.tenancy.domain.error.PaymentMethodNotFoundException;
import com.bolti.tenancy.domain.error.PermissionEscalationException;
import com.bolti.tenancy.domain.error.UnknownPaymentMethodException;
import com.bolti.tenancy.domain.error.UnknownPermissionException;
import com.bolti.tenancy.domain.error.WorkspaceNotInOrganizationException;
import com.bolti.tenancy.domain.error.InvalidSlugException;
import com.bolti.tenancy.domain.error.InvalidValueException;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.error.ReservedSlugException;
import com.bolti.tenancy.domain.error.SettingsTooLargeException;
import com.bolti.tenancy.domain.error.SlugTakenException;
import com.bolti.tenancy.domain.error.StaleVersionException;
import com.bolti.tenancy.domain.error.TenancyException;
import com.bolti.tenancy.domain.error.UserAlreadySignedUpException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import java.util.Map;

/**
 * The one table from domain exception to HTTP status. The stable code comes from the
 * exception itself; a titles table gives each code its short human summary.
 */
public final class ProblemCatalog {

    private static final Map<Class<? extends TenancyException>, Integer> STATUS = Map.ofEntries(
            Map.entry(InvalidValueException.class, 422),
            Map.entry(InvalidSlugException.class, 422),
            Map.entry(ReservedSlugException.class, 422),
            Map.entry(SettingsTooLargeException.class, 422),
            Map.entry(SlugTakenException.class, 409),
            Map.entry(UserAlreadySignedUpException.class, 409),
            Map.entry(OrganizationNotFoundException.class, 404),
            Map.entry(WorkspaceNotFoundException.class, 404),
            Map.entry(AccessDeniedException.class, 403),
            Map.entry(StaleVersionException.class, 412),
            Map.entry(MemberNotFoundException.class, 404),
            Map.entry(MemberIsOwnerException.class, 409),
            Map.entry(InvalidRoleException.class, 422),
            Map.entry(UnknownPermissionException.class, 422),
            Map.entry(PermissionEscalationException.class, 403),
            Map.entry(MemberNotInOrganizationException.class, 422),
            Map.entry(AlreadyMemberException.class, 409),
            Map.entry(InvitationNotFoundException.class, 404),
            Map.entry(InvitationExpiredException.class, 410),
            Map.entry(InvitationEmailMismatchException.class, 403),
            Map.entry(WorkspaceNotInOrganizationException.class, 422),
            Map.entry(AlreadyOwnerException.class, 409),
            Map.entry(ConfirmationMismatchException.class, 400),
            Map.entry(LastWorkspaceException.class, 409),
            Map.entry(PaidPlanActiveException.class, 409),
            Map.entry(CardNumberRejectedException.class, 422),
            Map.entry(PaymentMethodNotFoundException.class, 404),
            Map.entry(UnknownPaymentMethodException.class, 422),
            Map.entry(CurrencyMismatchException.class, 422),
            Map.entry(AgentNotFoundException.class, 404),
            Map.entry(ToolNotFoundException.class, 404),
            Map.entry(KnowledgeBaseNotFoundException.class, 404),
            Map.entry(ContactNotFoundException.class, 404),
            Map.entry(PhoneNumberNotFoundException.class, 404),
            Map.entry(CallLogNotFoundException.class, 404),
            Map.entry(ReferenceNotFoundException.class, 422),
            Map.entry(ReferenceInOtherWorkspaceException.class, 422),
            Map.entry(PhoneNumberTakenException.class, 409),
            Map.entry(PhoneNumberReleasedException.class, 409));

    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("validation.failed", "Invalid field value"),
            Map.entry("slug.invalid", "Invalid slug"),
            Map.entry("slug.reserved", "Reserved slug"),
            Map.entry("slug.taken", "Slug already taken"),
            Map.entry("settings.too_large", "Settings too large"),
            Map.entry("user.already_signed_up", "Already signed up"),
            Map.entry("organization.not_found", "Organization not found"),
            Map.entry("workspace.not_found", "Workspace not found"),
            Map.entry("access.denied", "Access denied"),
            Map.entry("precondition.failed", "Precondition failed"),
            Map.entry("auth.unauthenticated", "Authentication required"),
            Map.entry("request.malformed_json", "Malformed JSON"),
            Map.entry("request.body_missing", "Request body missing"),
            Map.entry("request.unknown_field", "Unknown field"),
            Map.entry("request.invalid_parameter", "Invalid query parameter"),
            Map.entry("request.invalid_header", "Invalid header"),
            Map.entry("request.body_too_large", "Request body too large"),
            Map.entry("request.unsupported_media_type", "Unsupported media type"),
            Map.entry("request.not_acceptable", "Not acceptable"),
            Map.entry("route.not_found", "Route not found"),
            Map.entry("method.not_allowed", "Method not allowed"),
            Map.entry("internal.error", "Internal error"),
            Map.entry("member.not_found", "Member not found"),
            Map.entry("member.is_owner", "Member is the owner"),
            Map.entry("role.invalid", "Invalid role"),
            Map.entry("permission.unknown", "Unknown capability"),
            Map.entry("permission.escalation", "Permission escalation"),
            Map.entry("member.not_in_organization", "Not an organization member"),
            Map.entry("member.already_in_organization", "Already a member"),
            Map.entry("invitation.not_found", "Invitation not found"),
            Map.entry("invitation.expired", "Invitation expired"),
            Map.entry("invitation.email_mismatch", "Invitation email mismatch"),
            Map.entry("workspace.not_in_organization", "Workspace of another organization"),
            Map.entry("member.already_owner", "Member is already the owner"),
            Map.entry("confirmation.mismatch", "Confirmation does not match"),
            Map.entry("workspace.last_in_organization", "Last workspace of the organization"),
            Map.entry("organization.paid_plan_active", "Paid plan active"),
            Map.entry("payment_method.card_number_rejected", "Card number rejected"),
            Map.entry("payment_method.not_found", "Payment method not found"),
            Map.entry("billing.currency_mismatch", "Currency mismatch"),
            Map.entry("workspace.header_missing", "Workspace header missing"),
            Map.entry("workspace.header_invalid", "Invalid workspace header"),
            Map.entry("agent.not_found", "Agent not found"),
            Map.entry("tool.not_found", "Tool not found"),
            Map.entry("knowledge_base.not_found", "Knowledge base not found"),
            Map.entry("contact.not_found", "Contact not found"),
            Map.entry("phone_number.not_found", "Phone number not found"),
            Map.entry("call_log.not_found", "Call log not found"),
            Map.entry("reference.not_found", "Referenced resource not found"),
            Map.entry("reference.other_workspace", "Resource of another workspace"),
            Map.entry("phone_number.taken", "Phone number taken"),
            Map.entry("phone_number.released", "Phone number released"));

    private ProblemCatalog() {
    }

    /** Returns the status for a domain exception; an exception missing from the table is a bug (500). */
    public static int statusOf(TenancyException exception) {
        Integer status = STATUS.get(exception.getClass());
        return status == null ? 500 : status;
    }

    /** Returns the title for a code, or a generic one. */
    public static String titleOf(String code) {
        return TITLES.getOrDefault(code, "Request failed");
    }
}

package com.bolti.tenancy.rest.support;

import com.bolti.tenancy.domain.billing.PaymentMethodId;
import com.bolti.tenancy.domain.error.MemberNotFoundException;
import com.bolti.tenancy.domain.error.OrganizationNotFoundException;
import com.bolti.tenancy.domain.error.PaymentMethodNotFoundException;
import com.bolti.tenancy.domain.error.WorkspaceNotFoundException;
import com.bolti.tenancy.domain.model.OrganizationId;
import com.bolti.tenancy.domain.model.UserId;
import com.bolti.tenancy.domain.model.WorkspaceId;
import java.util.UUID;
import java.util.regex.Pattern;

/** Parses ids in paths: a string that is not a UUID names nothing that exists, so it is a 404. */
public final class PathIds {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private PathIds() {
    }

    public static OrganizationId organization(String text) {
        UUID id = parse(text);
        if (id == null) {
            throw new OrganizationNotFoundException(text);
        }
        return new OrganizationId(id);
    }

    public static WorkspaceId workspace(String text) {
        UUID id = parse(text);
        if (id == null) {
            throw new WorkspaceNotFoundException(text);
        }
        return new WorkspaceId(id);
    }

    /** Parses a member's user id; a string that is not a UUID is 404 {@code member.not_found}. */
    public static UserId member(String text, String scope) {
        UUID id = parse(text);
        if (id == null) {
            throw new MemberNotFoundException(text, scope);
        }
        return new UserId(id);
    }

    /** Parses a payment method id; a string that is not a UUID is 404 {@code payment_method.not_found}. */
    public static PaymentMethodId paymentMethod(String text) {
        UUID id = parse(text);
        if (id == null) {
            throw new PaymentMethodNotFoundException(text);
        }
        return new PaymentMethodId(id);
    }

    /** Returns the UUID, or {@code null} when the text is not one. */
    public static UUID parse(String text) {
        return text != null && UUID_TEXT.matcher(text).matches() ? UUID.fromString(text) : null;
    }
}
